package id.go.pemda.bandwidth.site;

import id.go.pemda.bandwidth.tenant.Pemda;

/** What kind of place a site is. */
public enum SiteKind {
  KANTOR("Kantor"),
  PUSKESMAS("Puskesmas"),
  KELURAHAN("Kantor kelurahan"),
  /** A village office: a kabupaten divides into desa (and some kelurahan), a kota into kelurahan only. */
  DESA("Kantor desa"),
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

  /** Whether a Pemda of this kind has such a place: a kota has no desa, so no kantor desa. */
  public boolean existsIn(Pemda.Kind pemda) {
    return this != DESA || pemda == Pemda.Kind.KABUPATEN;
  }
}
