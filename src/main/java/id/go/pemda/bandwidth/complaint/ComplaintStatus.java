package id.go.pemda.bandwidth.complaint;

/** Where a complaint stands; only a closed one lets a monitoring period end. */
public enum ComplaintStatus {
  OPEN("terbuka"),
  AWAITING_REPAIR("menunggu perbaikan Icon+"),
  REPAIRED("diperbaiki Icon+, menunggu konfirmasi OPD"),
  CLOSED("ditutup");

  private final String label;

  ComplaintStatus(String label) {
    this.label = label;
  }

  /** As the screens say it. */
  public String label() {
    return label;
  }
}
