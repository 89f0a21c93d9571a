package id.go.pemda.bandwidth.opd;

import id.go.pemda.bandwidth.tenant.Tenants;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;

/**
 * A regional government unit (Organisasi Perangkat Daerah) from the registry.
 *
 * @param code unique on the deployment: a Pemda other than Samarinda has it prefixed with its id
 * @param tenantId the Pemda the OPD belongs to, always the one its code names
 */
public record Opd(
    @Id Long id,
    String code,
    String name,
    String type,
    boolean frontlinePublicService,
    boolean active,
    String tenantId) {

  @PersistenceCreator
  public Opd {}

  public Opd(Long id, String code, String name, String type, boolean frontlinePublicService, boolean active) {
    this(id, code, name, type, frontlinePublicService, active, Tenants.of(code));
  }

  public Opd withRegistryData(String name, String type, boolean frontlinePublicService) {
    return new Opd(id, code, name, type, frontlinePublicService, true, tenantId);
  }
}
