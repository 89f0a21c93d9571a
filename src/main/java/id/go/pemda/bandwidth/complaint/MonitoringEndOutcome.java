package id.go.pemda.bandwidth.complaint;

import id.go.pemda.bandwidth.shared.FieldErrors;

/**
 * The Kepala Diskominfo's confirmation of a monitoring period's end, or its restart with the
 * reason (a note is optional when confirming).
 */
public record MonitoringEndOutcome(MonitoringEndDecision decision, String note, String restartReason) {

  /**
   * A confirmation needs a period that is really over: no complaint open, and the quiet stretch
   * passed since the last one was closed (a complaint may come and go while the task waits). A
   * restart needs its reason, for the OPD and the Sekda who read it later.
   *
   * @param quietPeriod the rule as it stands now
   * @param quietUntil when the quiet stretch ends, as the screens write it
   */
  FieldErrors check(QuietPeriod quietPeriod, String quietUntil) {
    boolean confirm = decision == MonitoringEndDecision.CONFIRM;
    return new FieldErrors()
        .rejectIf(confirm && quietPeriod.openComplaints() > 0, "monitoringEndDecision",
            "masih ada " + quietPeriod.openComplaints()
                + " keluhan terbuka; masa pemantauan belum selesai, pilih ulangi masa pemantauan")
        .rejectIf(confirm && quietPeriod.openComplaints() == 0 && !quietPeriod.over(), "monitoringEndDecision",
            "ada keluhan yang ditutup selama tugas ini menunggu; masa pemantauan tanpa keluhan baru berakhir "
                + quietUntil)
        .rejectIf(!confirm && (restartReason == null || restartReason.isBlank()), "restartReason",
            "wajib diisi bila masa pemantauan diulang");
  }

  /** What the decision log keeps as its reason. */
  public String reason() {
    return decision == MonitoringEndDecision.CONFIRM ? note : restartReason;
  }
}
