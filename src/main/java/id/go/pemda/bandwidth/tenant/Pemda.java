package id.go.pemda.bandwidth.tenant;

/**
 * A regional government on this deployment: a city (kota) or a regency (kabupaten).
 *
 * @param id the tenant id, lower case, also the prefix of its OPD codes, groups and users
 */
public record Pemda(String id, String name, Kind kind, String province) {

  /** Pemerintah Kota or Pemerintah Kabupaten. */
  public enum Kind {
    KOTA,
    KABUPATEN
  }
}
