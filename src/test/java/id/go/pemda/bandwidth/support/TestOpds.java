package id.go.pemda.bandwidth.support;

import id.go.pemda.bandwidth.opd.Opd;
import id.go.pemda.bandwidth.opd.OpdRepository;
import org.springframework.stereotype.Component;

/**
 * OPDs a test registers for itself, so that no two test classes share an OPD of the demo
 * registry by accident: a test driving the engine directly works on an OPD only it knows.
 */
@Component
public class TestOpds {

  private final OpdRepository opds;

  public TestOpds(OpdRepository opds) {
    this.opds = opds;
  }

  /**
   * Registers (once) an OPD with this code, a plain department without public counters. It is
   * not active, so lists of the city's OPDs (a campaign over all OPDs, the demo users) never
   * include it; a campaign or complaint naming it still finds it.
   */
  public String register(String code) {
    return register(code, "DINAS", false);
  }

  /** As {@link #register(String)}, of a kind of unit and serving citizens directly or not. */
  public String register(String code, String type, boolean frontlinePublicService) {
    return opds.findByCode(code)
        .orElseGet(() -> opds.save(new Opd(null, code, "OPD uji " + code, type, frontlinePublicService, false)))
        .code();
  }
}
