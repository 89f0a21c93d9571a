package id.go.pemda.bandwidth.process.iconplus;

import id.go.pemda.bandwidth.complaint.ComplaintService;
import id.go.pemda.bandwidth.complaint.TicketStatus;
import id.go.pemda.bandwidth.complaint.TroubleTicket;
import id.go.pemda.bandwidth.complaint.TroubleTicketService;
import id.go.pemda.bandwidth.connection.ConnectionOrder;
import id.go.pemda.bandwidth.connection.ConnectionService;
import id.go.pemda.bandwidth.iconplus.CallbackOutcome;
import id.go.pemda.bandwidth.iconplus.IconPlusEvents;
import id.go.pemda.bandwidth.process.complaint.ComplaintProcesses;
import id.go.pemda.bandwidth.process.escalation.LoopEscalations;
import id.go.pemda.bandwidth.process.transition.InstallationCorrelator;
import id.go.pemda.bandwidth.transition.LoopKind;
import id.go.pemda.bandwidth.transition.TransitionService;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * What Icon+ reports, carried into the application: the order or ticket is updated and the site
 * (or the complaint's case) waiting for it moves on. A report nobody waits for changes nothing.
 */
@Component
public class IconPlusEventHandler implements IconPlusEvents {

  static final String REPORTER = "Icon+";

  private final ConnectionService connections;
  private final TransitionService transitions;
  private final InstallationCorrelator installations;
  private final TroubleTicketService tickets;
  private final ComplaintService complaints;
  private final ComplaintProcesses cases;
  private final LoopEscalations loops;

  public IconPlusEventHandler(
      ConnectionService connections,
      TransitionService transitions,
      InstallationCorrelator installations,
      TroubleTicketService tickets,
      ComplaintService complaints,
      ComplaintProcesses cases,
      LoopEscalations loops) {
    this.connections = connections;
    this.transitions = transitions;
    this.installations = installations;
    this.tickets = tickets;
    this.complaints = complaints;
    this.cases = cases;
    this.loops = loops;
  }

  @Override
  public CallbackOutcome installed(String orderId, LocalDate installedOn, String circuitId, int installedMbps) {
    return onWaitingOrder(orderId, (order, processInstanceId) -> {
      connections.recordInstallation(order.id(), installedOn, circuitId, installedMbps, REPORTER);
      installations.installationCompleted(processInstanceId, order.id());
    });
  }

  @Override
  public CallbackOutcome installedAt(String orderId, Instant installedAt, String circuitId, int installedMbps) {
    return onWaitingOrder(orderId, (order, processInstanceId) -> {
      connections.recordInstallation(order.id(), connections.dayOf(order.id(), installedAt), circuitId, installedMbps,
          REPORTER);
      installations.installationCompleted(processInstanceId, order.id());
    });
  }

  @Override
  public CallbackOutcome failed(String orderId, String reason) {
    return onWaitingOrder(orderId, (order, processInstanceId) -> {
      connections.recordFailure(order.id(), reason);
      installations.installationFailed(processInstanceId, order.id());
    });
  }

  @Override
  public CallbackOutcome rescheduled(String orderId, Instant dueAt) {
    return onWaitingOrder(orderId, (order, processInstanceId) -> {
      connections.reschedule(order.id(), dueAt);
      installations.moveInstallationDue(processInstanceId, order.id(), Date.from(dueAt));
      loops.round(LoopKind.RESCHEDULED, transitions.require(order.transitionId()).opdCode(),
          order.transitionId(), order.siteId());
    });
  }

  @Override
  public CallbackOutcome repaired(String ticketId) {
    Optional<TroubleTicket> ticket = tickets.findByProviderTicketId(ticketId);
    if (ticket.isEmpty()) {
      return CallbackOutcome.UNKNOWN_REFERENCE;
    }
    if (ticket.get().status() != TicketStatus.OPEN || !cases.awaitsRepair(ticket.get().caseProcessInstanceId())) {
      return CallbackOutcome.NOT_WAITING;
    }
    complaints.repaired(ticket.get());
    cases.repairReported(ticket.get().caseProcessInstanceId());
    return CallbackOutcome.ACCEPTED;
  }

  private CallbackOutcome onWaitingOrder(String orderId, Effect effect) {
    Optional<ConnectionOrder> found = connections.findByProviderOrderId(orderId);
    if (found.isEmpty()) {
      return CallbackOutcome.UNKNOWN_REFERENCE;
    }
    String processInstanceId = transitions.require(found.get().transitionId()).processInstanceId();
    if (!installations.isWaiting(processInstanceId, found.get().id())) {
      return CallbackOutcome.NOT_WAITING;
    }
    effect.apply(found.get(), processInstanceId);
    return CallbackOutcome.ACCEPTED;
  }

  private interface Effect {
    void apply(ConnectionOrder order, String processInstanceId);
  }
}
