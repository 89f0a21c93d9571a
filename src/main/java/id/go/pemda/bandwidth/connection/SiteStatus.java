package id.go.pemda.bandwidth.connection;

/** Where one site of an OPD's transition stands. */
public enum SiteStatus {
  PLANNED("Direncanakan"),
  ORDERED("Dipesan ke Icon+"),
  INSTALLED("Terpasang, menunggu uji terima"),
  ACCEPTED("Diterima (BAUT)"),
  ADOPTED("Sirkuit Icon+ dialihkan ke kontrak pusat"),
  EXEMPTED("Dikecualikan sementara"),
  ISP_TERMINATED("Kontrak ISP lama diputus");

  private final String label;

  SiteStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** On the central network (or excused from it for now): nothing more to install. */
  public boolean settled() {
    return this == ACCEPTED || this == ADOPTED || this == EXEMPTED || this == ISP_TERMINATED;
  }
}
