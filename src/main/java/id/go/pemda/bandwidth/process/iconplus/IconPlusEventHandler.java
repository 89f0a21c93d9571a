package id.go.pemda.bandwidth.process.iconplus;

import id.go.pemda.bandwidth.complaint.TroubleTicket;
import id.go.pemda.bandwidth.complaint.TroubleTicketService;
import id.go.pemda.bandwidth.connection.ConnectionOrder;
import id.go.pemda.bandwidth.connection.ConnectionService;
import id.go.pemda.bandwidth.iconplus.CallbackOutcome;
import id.go.pemda.bandwidth.iconplus.IconPlusEvents;
import id.go.pemda.bandwidth.process.transition.InstallationCorrelator;
import id.go.pemda.bandwidth.transition.TransitionService;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * What Icon+ reports, carried into the application: the order or ticket is updated and the
 * transition waiting for the installation report moves on (or keeps waiting, with its SLA moved).
 */
@Component
public class IconPlusEventHandler implements IconPlusEvents {

  static final String REPORTER = "Icon+";

  private final ConnectionService connections;
  private final TransitionService transitions;
  private final InstallationCorrelator installations;
  private final TroubleTicketService tickets;

  public IconPlusEventHandler(
      ConnectionService connections,
      TransitionService transitions,
      InstallationCorrelator installations,
      TroubleTicketService tickets) {
    this.connections = connections;
    this.transitions = transitions;
    this.installations = installations;
    this.tickets = tickets;
  }

  @Override
  public CallbackOutcome installed(String orderId, LocalDate installedOn, String circuitId, int installedMbps) {
    return onWaitingOrder(orderId, (order, processInstanceId) -> {
      connections.recordInstallation(order.id(), installedOn, circuitId, installedMbps, REPORTER);
      installations.installationCompleted(processInstanceId);
    });
  }

  @Override
  public CallbackOutcome failed(String orderId, String reason) {
    return onWaitingOrder(orderId, (order, processInstanceId) -> {
      connections.recordFailure(order.id(), reason);
      installations.installationFailed(processInstanceId);
    });
  }

  @Override
  public CallbackOutcome rescheduled(String orderId, Instant dueAt) {
    return onWaitingOrder(orderId, (order, processInstanceId) -> {
      connections.reschedule(order.id(), dueAt);
      installations.moveInstallationDue(processInstanceId, Date.from(dueAt));
    });
  }

  @Override
  public CallbackOutcome repaired(String ticketId) {
    Optional<TroubleTicket> ticket = tickets.findByProviderTicketId(ticketId);
    if (ticket.isEmpty()) {
      return CallbackOutcome.UNKNOWN_REFERENCE;
    }
    if (!TroubleTicket.OPEN.equals(ticket.get().status())) {
      return CallbackOutcome.NOT_WAITING;
    }
    tickets.repaired(ticket.get());
    return CallbackOutcome.ACCEPTED;
  }

  private CallbackOutcome onWaitingOrder(String orderId, Effect effect) {
    Optional<ConnectionOrder> found = connections.findByProviderOrderId(orderId);
    if (found.isEmpty()) {
      return CallbackOutcome.UNKNOWN_REFERENCE;
    }
    String processInstanceId = transitions.require(found.get().transitionId()).processInstanceId();
    if (!installations.isWaiting(processInstanceId)) {
      return CallbackOutcome.NOT_WAITING;
    }
    effect.apply(found.get(), processInstanceId);
    return CallbackOutcome.ACCEPTED;
  }

  private interface Effect {
    void apply(ConnectionOrder order, String processInstanceId);
  }
}
