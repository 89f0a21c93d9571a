package id.go.pemda.bandwidth.opd;

import id.go.pemda.bandwidth.shared.TransactionMemo;
import java.util.List;
import org.springframework.stereotype.Service;

/** Read access to the OPD registry for the other features. */
@Service
public class OpdRegistry {

  private final OpdRepository opds;
  /** Forms name their OPD in every view; the registry is written by imports in transactions of their own. */
  private final TransactionMemo<String, Opd> byCode = new TransactionMemo<>();

  public OpdRegistry(OpdRepository opds) {
    this.opds = opds;
  }

  public Opd require(String code) {
    Opd opd = byCode.get(code, known -> opds.findByCode(known).orElse(null));
    if (opd == null) {
      throw new IllegalArgumentException("Unknown OPD code '" + code + "'");
    }
    return opd;
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
