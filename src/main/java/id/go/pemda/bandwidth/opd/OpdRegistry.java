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

  public List<Opd> active() {
    return opds.findByActiveTrueOrderByCode();
  }
}
