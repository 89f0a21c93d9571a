package id.go.pemda.bandwidth.complaint;

/** Whether Diskominfo has closed the complaint. */
public enum ComplaintStatus {
  OPEN("terbuka"),
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
