package id.go.pemda.bandwidth.iconplus;

import java.time.OffsetDateTime;

/**
 * A callback from Icon+ as it arrives.
 *
 * @param scheduledFor for RESCHEDULED: when Icon+ now promises the installation
 */
public record IconPlusCallback(
    String orderId,
    String ticketId,
    CallbackStatus status,
    Integer installedBandwidthMbps,
    String circuitId,
    OffsetDateTime occurredAt,
    String notes,
    OffsetDateTime scheduledFor) {

  String reference() {
    return status != null && status.aboutOrder() ? orderId : ticketId;
  }
}
