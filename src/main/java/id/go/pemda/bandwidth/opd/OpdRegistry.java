package id.go.pemda.bandwidth.opd;

import java.util.List;
import org.springframework.stereotype.Service;

/** Read access to the OPD registry for the other features. */
@Service
public class OpdRegistry {

  private final OpdRepository opds;

  public OpdRegistry(OpdRepository opds) {
    this.opds = opds;
  }

  public Opd require(String code) {
    return opds.findByCode(code)
        .orElseThrow(() -> new IllegalArgumentException("Unknown OPD code '" + code + "'"));
  }

  public boolean exists(String code) {
    return opds.findByCode(code).isPresent();
  }

  /** The active OPDs of every Pemda. */
  public List<Opd> active() {
    return opds.findByActiveTrueOrderByCode();
  }

  /** The active OPDs of one Pemda. */
  public List<Opd> active(String tenantId) {
    return opds.findByTenantIdAndActiveTrueOrderByCode(tenantId);
  }

  /** Whether the OPD exists and belongs to the Pemda. */
  public boolean belongsTo(String code, String tenantId) {
    return opds.findByCode(code).filter(opd -> opd.tenantId().equals(tenantId)).isPresent();
  }
}
