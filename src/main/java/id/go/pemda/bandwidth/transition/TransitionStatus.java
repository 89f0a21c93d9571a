package id.go.pemda.bandwidth.transition;

/** Where an OPD's transition stands; kept in the table so reports need no engine query. */
public enum TransitionStatus {
  SURVEY("Survei"),
  COORDINATION("Koordinasi teknis"),
  CONNECTION("Koneksi Icon+"),
  ACCEPTANCE("Uji terima"),
  EVALUATION("Masa evaluasi"),
  BUDGET_REVOCATION("Pencabutan anggaran"),
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
