package id.go.pemda.bandwidth.coordination;

/** How a site is connected under the central contract. */
public enum Solution {
  ICONPLUS_FIBER("Fiber optik Icon+"),
  ICONPLUS_ADOPTED("Sirkuit Icon+ yang sudah ada, dialihkan ke kontrak pusat"),
  OTHER_CENTRAL("Solusi teknis lain dalam kontrak pusat (radio, jalur lain)");

  private final String label;

  Solution(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
