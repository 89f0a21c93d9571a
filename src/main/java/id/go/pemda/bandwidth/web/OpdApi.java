package id.go.pemda.bandwidth.web;

import id.go.pemda.bandwidth.opd.Opd;
import id.go.pemda.bandwidth.opd.OpdRegistry;
import id.go.pemda.bandwidth.tenant.Tenants;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/opds}: the active OPDs of the caller's Pemda, for forms and other systems. */
@RestController
@Tag(name = "OPDs", description = "The OPD registry")
public class OpdApi {

  private final OpdRegistry registry;

  public OpdApi(OpdRegistry registry) {
    this.registry = registry;
  }

  @GetMapping("/api/opds")
  @Operation(summary = "The active OPDs of the caller's Pemda")
  public List<OpdEntry> opds(Authentication caller) {
    return registry.active(CallerTenant.require(caller)).stream().map(OpdEntry::of).toList();
  }

  /** One OPD: its code on this deployment, and the code its own registry gives it. */
  public record OpdEntry(String code, String registryCode, String name, String type, boolean frontlinePublicService) {

    static OpdEntry of(Opd opd) {
      return new OpdEntry(opd.code(), Tenants.localCode(opd.code()), opd.name(),
          opd.type(), opd.frontlinePublicService());
    }
  }
}
