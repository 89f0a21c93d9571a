package id.go.pemda.bandwidth.connection;

/** The Sekda's decision when a site's exemption ends: connect it now, or extend the exemption. */
public enum ExemptionEndDecision {
  CONNECT("Sambungkan titik ke jaringan pusat"),
  EXTEND("Perpanjang pengecualian");

  private final String label;

  ExemptionEndDecision(String label) {
    this.label = label;
  }

  /** The decision as the Sekda's form names it. */
  public String label() {
    return label;
  }
}
