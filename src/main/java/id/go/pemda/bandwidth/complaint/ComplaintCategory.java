package id.go.pemda.bandwidth.complaint;

/** Kind of network problem an OPD reports. */
public enum ComplaintCategory {
  LINK_DOWN("Jaringan putus"),
  SLOW("Lambat"),
  INTERMITTENT("Putus-sambung"),
  OTHER("Lainnya");

  private final String label;

  ComplaintCategory(String label) {
    this.label = label;
  }

  /** As the screens say it. */
  public String label() {
    return label;
  }
}
