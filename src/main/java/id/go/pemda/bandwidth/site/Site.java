package id.go.pemda.bandwidth.site;

import org.springframework.data.annotation.Id;

/**
 * A place an OPD connects (titik koneksi): its office, a puskesmas, a school, a kelurahan
 * office. Each has its own address, ISP contract, bandwidth and cost, and is planned, ordered,
 * installed and accepted on its own.
 */
public record Site(
    @Id Long id, String opdCode, String code, String name, SiteKind kind, String kelurahan, String address,
    boolean active) {

  public Site located(String newName, String newKelurahan, String newAddress) {
    return new Site(id, opdCode, code, newName, kind, newKelurahan, newAddress, true);
  }

  public Site described(String newName, SiteKind newKind, String newKelurahan, String newAddress) {
    return new Site(id, opdCode, code, newName, newKind, newKelurahan, newAddress, true);
  }
}
