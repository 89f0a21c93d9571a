package id.go.pemda.bandwidth.transition;

/**
 * Where an OPD's transition stands, as reports and the dashboard show it; kept in the table so
 * they need no engine query. The budget may move earlier (the Sekda's cut): that is a moment of
 * its own ({@link OpdTransition#budgetRevokedAt()}), not a stage.
 */
public enum TransitionStatus {
  SURVEY("Survei titik koneksi"),
  COORDINATION("Koordinasi teknis"),
  CONNECTION("Koneksi titik"),
  MONITORING("Pemantauan tanpa keluhan"),
  REVOCATION_APPROVAL("Persetujuan Sekda"),
  BUDGET_REVOCATION("Pencabutan anggaran"),
  ISP_TERMINATION("Pemutusan kontrak ISP lama"),
  COMPLETED("Selesai");

  private final String label;

  TransitionStatus(String label) {
    this.label = label;
  }

  /** The stage as the screens name it. */
  public String label() {
    return label;
  }
}
