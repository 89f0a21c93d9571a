package id.go.pemda.bandwidth.site;

/** What kind of place a site is. */
public enum SiteKind {
  KANTOR("Kantor"),
  PUSKESMAS("Puskesmas"),
  KELURAHAN("Kantor kelurahan"),
  SEKOLAH("Sekolah"),
  UPTD("UPTD"),
  RUMAH_SAKIT("Rumah sakit"),
  LAYANAN_PUBLIK("Layanan publik"),
  POS("Pos"),
  LAINNYA("Lainnya");

  private final String label;

  SiteKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
