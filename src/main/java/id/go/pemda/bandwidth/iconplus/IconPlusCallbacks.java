package id.go.pemda.bandwidth.iconplus;

import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Carries out one verified callback in one transaction: its effect ({@link IconPlusEvents}) and
 * the record that it was handled, so a repeat changes nothing.
 */
@Service
public class IconPlusCallbacks {

  private final ReceivedCallbackRepository received;
  private final IconPlusEvents events;
  private final Clock clock;

  public IconPlusCallbacks(ReceivedCallbackRepository received, IconPlusEvents events, Clock clock) {
    this.received = received;
    this.events = events;
    this.clock = clock;
  }

  @Transactional
  public CallbackOutcome handle(IconPlusCallback callback) {
    Instant occurredAt = callback.occurredAt().toInstant();
    if (received.existsByReferenceAndStatusAndOccurredAt(callback.reference(), callback.status(), occurredAt)) {
      return CallbackOutcome.DUPLICATE;
    }
    CallbackOutcome outcome = dispatch(callback);
    // A copy of this callback may have committed since the first check, taking the event with
    // it: then nothing waits any more because of this very callback, and it is a duplicate.
    if (outcome == CallbackOutcome.NOT_WAITING
        && received.existsByReferenceAndStatusAndOccurredAt(callback.reference(), callback.status(), occurredAt)) {
      return CallbackOutcome.DUPLICATE;
    }
    if (outcome == CallbackOutcome.ACCEPTED) {
      received.save(
          new ReceivedCallback(null, callback.reference(), callback.status(), occurredAt, clock.instant()));
    }
    return outcome;
  }

  private CallbackOutcome dispatch(IconPlusCallback callback) {
    return switch (callback.status()) {
      case INSTALLED -> events.installedAt(
          callback.orderId(), callback.occurredAt().toInstant(), callback.circuitId(),
          callback.installedBandwidthMbps());
      case FAILED -> events.failed(
          callback.orderId(), callback.notes() == null ? "Tanpa keterangan dari Icon+" : callback.notes());
      case RESCHEDULED -> events.rescheduled(callback.orderId(), callback.scheduledFor().toInstant());
      case REPAIRED -> events.repaired(callback.ticketId());
    };
  }
}
