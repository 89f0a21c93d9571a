package id.go.pemda.bandwidth.opd;

import org.springframework.data.annotation.Id;

/** A regional government unit (Organisasi Perangkat Daerah) from the registry. */
public record Opd(
    @Id Long id, String code, String name, String type, boolean frontlinePublicService, boolean active) {

  public Opd withRegistryData(String name, String type, boolean frontlinePublicService) {
    return new Opd(id, code, name, type, frontlinePublicService, true);
  }
}
