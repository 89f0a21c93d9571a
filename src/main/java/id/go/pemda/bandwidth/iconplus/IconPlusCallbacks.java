package id.go.pemda.bandwidth.iconplus;

import id.go.pemda.bandwidth.complaint.TroubleTicket;
import id.go.pemda.bandwidth.complaint.TroubleTicketService;
import id.go.pemda.bandwidth.connection.ConnectionOrder;
import id.go.pemda.bandwidth.connection.ConnectionService;
import id.go.pemda.bandwidth.connection.InstallationCorrelator;
import id.go.pemda.bandwidth.transition.TransitionService;
import id.go.pemda.bandwidth.workflow.EngineClock;
import id.go.pemda.bandwidth.workflow.Wita;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Carries out one verified callback in one transaction: its effect on the order, ticket and
 * transition, and the record that it was handled, so a repeat changes nothing.
 */
@Service
public class IconPlusCallbacks {

  static final String REPORTER = "Icon+";

  private final ReceivedCallbackRepository received;
  private final ConnectionService connections;
  private final TransitionService transitions;
  private final InstallationCorrelator installations;
  private final TroubleTicketService tickets;

  public IconPlusCallbacks(
      ReceivedCallbackRepository received,
      ConnectionService connections,
      TransitionService transitions,
      InstallationCorrelator installations,
      TroubleTicketService tickets) {
    this.received = received;
    this.connections = connections;
    this.transitions = transitions;
    this.installations = installations;
    this.tickets = tickets;
  }

  @Transactional
  public CallbackOutcome handle(IconPlusCallback callback) {
    Instant occurredAt = callback.occurredAt().toInstant();
    if (received.existsByReferenceAndStatusAndOccurredAt(callback.reference(), callback.status(), occurredAt)) {
      return CallbackOutcome.DUPLICATE;
    }
    CallbackOutcome outcome =
        callback.status().aboutOrder() ? onOrder(callback) : onTicket(callback);
    // A copy of this callback may have committed since the first check, taking the event with
    // it: then nothing waits any more because of this very callback, and it is a duplicate.
    if (outcome == CallbackOutcome.NOT_WAITING
        && received.existsByReferenceAndStatusAndOccurredAt(callback.reference(), callback.status(), occurredAt)) {
      return CallbackOutcome.DUPLICATE;
    }
    if (outcome == CallbackOutcome.ACCEPTED) {
      received.save(
          new ReceivedCallback(null, callback.reference(), callback.status(), occurredAt, EngineClock.now()));
    }
    return outcome;
  }

  private CallbackOutcome onOrder(IconPlusCallback callback) {
    Optional<ConnectionOrder> found = connections.findByProviderOrderId(callback.orderId());
    if (found.isEmpty()) {
      return CallbackOutcome.UNKNOWN_REFERENCE;
    }
    ConnectionOrder order = found.get();
    String processInstanceId = transitions.require(order.transitionId()).processInstanceId();
    if (!installations.isWaiting(processInstanceId)) {
      return CallbackOutcome.NOT_WAITING;
    }
    switch (callback.status()) {
      case INSTALLED -> {
        connections.recordInstallation(
            order.id(), callback.occurredAt().atZoneSameInstant(Wita.ZONE).toLocalDate(), callback.circuitId(),
            callback.installedBandwidthMbps(), REPORTER);
        installations.installationCompleted(processInstanceId);
      }
      case FAILED -> {
        connections.recordFailure(order.id(), callback.notes() == null ? "Tanpa keterangan dari Icon+" : callback.notes());
        installations.installationFailed(processInstanceId);
      }
      case RESCHEDULED -> {
        Instant dueAt = callback.scheduledFor().toInstant();
        connections.reschedule(order.id(), dueAt);
        installations.moveInstallationDue(processInstanceId, Date.from(dueAt));
      }
      default -> throw new IllegalArgumentException("Not an order status: " + callback.status());
    }
    return CallbackOutcome.ACCEPTED;
  }

  private CallbackOutcome onTicket(IconPlusCallback callback) {
    Optional<TroubleTicket> ticket = tickets.findByProviderTicketId(callback.ticketId());
    if (ticket.isEmpty()) {
      return CallbackOutcome.UNKNOWN_REFERENCE;
    }
    if (!TroubleTicket.OPEN.equals(ticket.get().status())) {
      return CallbackOutcome.NOT_WAITING;
    }
    tickets.repaired(ticket.get());
    return CallbackOutcome.ACCEPTED;
  }
}
