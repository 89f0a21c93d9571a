package id.go.pemda.bandwidth.iconplus;

/** What Icon+ reports: about an order (installed, failed, rescheduled) or a ticket (repaired). */
public enum CallbackStatus {
  INSTALLED,
  FAILED,
  RESCHEDULED,
  REPAIRED;

  boolean aboutOrder() {
    return this != REPAIRED;
  }
}
