package id.go.pemda.bandwidth.iconplus;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What Icon+ reports, handed to the application: the process layer records it on the order or
 * ticket and moves the waiting transition. Each answers whether anything waited for it.
 */
public interface IconPlusEvents {

  CallbackOutcome installed(String orderId, LocalDate installedOn, String circuitId, int installedMbps);

  /** Installed at a moment: on the day it was in the time zone of the order's Pemda. */
  CallbackOutcome installedAt(String orderId, Instant installedAt, String circuitId, int installedMbps);

  CallbackOutcome failed(String orderId, String reason);

  CallbackOutcome rescheduled(String orderId, Instant dueAt);

  CallbackOutcome repaired(String ticketId);
}
