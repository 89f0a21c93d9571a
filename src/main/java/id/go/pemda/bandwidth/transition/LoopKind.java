package id.go.pemda.bandwidth.transition;

/**
 * A wait that can go round: each kind is counted on its own, and each says in the escalation's
 * words what went round. A loop of a site is counted per site; {@link #STILL_DOWN} per complaint.
 */
public enum LoopKind {
  /** Task_ChaseIconPlus: Icon+ promised another installation date. */
  PROMISED_DATE("Icon+ menjanjikan tanggal instalasi baru", true),
  /** Icon+ reported RESCHEDULED: the installation moved to a later date. */
  RESCHEDULED("Icon+ menjadwal ulang instalasi", true),
  /** Flow_OrderAgain: the site's order is sent again (or under another solution). */
  ORDER_AGAIN("Order titik dikirim ulang", true),
  /** Flow_SurveySentBack: Diskominfo returned the survey to the OPD. */
  SURVEY_SENT_BACK("Survei dikembalikan ke OPD", false),
  /** Flow_PlanRejected: the Head of Diskominfo returned the plan to coordination. */
  PLAN_REJECTED("Rencana koneksi ditolak", false),
  /** Flow_ExemptionRejected: the Sekda refused the site's exemption. */
  EXEMPTION_REJECTED("Pengecualian titik ditolak Sekda", true),
  /** Flow_LinkNotWorking: the site's link failed its acceptance test. */
  LINK_NOT_WORKING("Jaringan titik gagal uji terima", true),
  /** Event_QuietPeriodElapsed re-armed because a complaint is still open: the monitoring cannot end. */
  MONITORING_BLOCKED("Masa pemantauan tertahan keluhan yang masih terbuka", false),
  /** Flow_RevocationDeferred: the Sekda deferred the move, and another monitoring period started. */
  REVOCATION_DEFERRED("Pencabutan anggaran ditunda, masa pemantauan diulang", false),
  /** Flow_MonitoringRestarted: the Kepala Diskominfo did not confirm the monitoring's end; it starts again. */
  MONITORING_RESTARTED("Akhir masa pemantauan tidak dikonfirmasi Kepala Diskominfo, masa pemantauan diulang", false),
  /** Flow_StillDown (complaint case): the OPD found the link still down after Icon+'s repair. */
  STILL_DOWN("Jaringan masih terganggu setelah perbaikan Icon+", false);

  private final String label;
  private final boolean perSite;

  LoopKind(String label, boolean perSite) {
    this.label = label;
    this.perSite = perSite;
  }

  /** What went round, as the escalation's task says it. */
  public String label() {
    return label;
  }

  /** Whether the loop is counted per complaint (its owner is the complaint, not the transition). */
  public boolean perComplaint() {
    return this == STILL_DOWN;
  }

  /** Whether the loop is counted per site of the transition. */
  public boolean perSite() {
    return perSite;
  }
}
