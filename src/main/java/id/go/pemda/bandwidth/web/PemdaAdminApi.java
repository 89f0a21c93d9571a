package id.go.pemda.bandwidth.web;

import id.go.pemda.bandwidth.identity.PemdaOnboarding.Refused;
import id.go.pemda.bandwidth.identity.PemdaOnboarding;
import id.go.pemda.bandwidth.opd.Opd;
import id.go.pemda.bandwidth.shared.PemdaZone;
import id.go.pemda.bandwidth.tenant.Pemda;
import id.go.pemda.bandwidth.tenant.PemdaSettingsInput;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.MonthDay;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/admin/tenants}: the Camunda administrator onboards a Pemda with its OPD
 * registry ({@code SecurityConfig} lets only {@code camunda-admin} in). A request with any bad
 * field or CSV row is refused whole, 400 listing each problem; nothing of it is stored.
 */
@RestController
@Tag(name = "Administration", description = "For Camunda administrators (group camunda-admin)")
public class PemdaAdminApi {

  private final PemdaOnboarding onboarding;

  public PemdaAdminApi(PemdaOnboarding onboarding) {
    this.onboarding = onboarding;
  }

  @PostMapping("/api/admin/tenants")
  @Operation(
      summary = "Onboard a Pemda with its settings and its OPD registry",
      description = "Creates the tenant, its settings (`zone` required: WIB, WITA or WIT; the others left out "
          + "are the deployment's `bandwidth.*`), its role groups, one group per OPD with its grants, and the OPDs of "
          + "`opdRegistryCsv` (header `code,name,type,frontline_public_service`; `,` or `;`, quoted fields, "
          + "UTF-8 with or without a byte-order mark) and, optionally, the sites of `sitesRegistryCsv` (header "
          + "`opd_code,site_code,name,kind,kelurahan,address`, `desa` for a kabupaten; codes without prefix). "
          + "The request and the whole files are checked first: "
          + "any bad field or row answers 400 listing each (`line N: <column>: <problem>` for the file) and "
          + "nothing is stored.")
  public ResponseEntity<Onboarded> onboard(@RequestBody OnboardingRequest request) {
    String csv = request.opdRegistryCsv() == null ? "" : request.opdRegistryCsv();
    try {
      List<Opd> opds =
          onboarding.onboard(
              new Pemda(request.id(), request.name(), request.kind(), request.province()),
              new PemdaSettingsInput(request.zone(), request.centralOfficeCode(), request.apbdAdoptedBy(),
                  request.latestExtension(), request.escalateToKadisAfter(), request.escalateToSekdaAfter(),
                  request.groupNames()),
              new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
              request.sitesRegistryCsv() == null
                  ? null
                  : new ByteArrayInputStream(request.sitesRegistryCsv().getBytes(StandardCharsets.UTF_8)));
      return ResponseEntity.created(URI.create("/api/admin/tenants/" + request.id()))
          .body(new Onboarded(request.id(), opds.stream().map(Opd::code).toList()));
    } catch (Refused refused) {
      throw new ApiInputException(refused.problems());
    }
  }

  /**
   * A Pemda to onboard.
   *
   * @param id its tenant id, lower case, the prefix of its groups, users and OPD codes
   * @param zone its time zone, required: its deadlines, timers, forms and reports run on it
   * @param centralOfficeCode its Diskominfo's code in its registry, without prefix (default
   *     {@code bandwidth.central-office-code})
   * @param apbdAdoptedBy {@code --MM-DD}, the day its Perda APBD is adopted by, the year before
   * @param latestExtension {@code --MM-DD}, the latest day of the fiscal year a deadline may be
   *     extended to
   * @param escalateToKadisAfter rounds of a repeating wait before the Kepala Diskominfo is asked
   * @param escalateToSekdaAfter rounds of a repeating wait before the Sekda is asked
   * @param groupNames display names of its role groups, by role
   * @param opdRegistryCsv the OPD registry, as {@code registry/opd-samarinda.csv}
   * @param sitesRegistryCsv optional: its sites, as {@code registry/sites-samarinda.csv} with codes
   *     without prefix ({@code desa} instead of {@code kelurahan} for a kabupaten)
   */
  public record OnboardingRequest(
      String id, String name, Pemda.Kind kind, String province, PemdaZone zone, String centralOfficeCode,
      MonthDay apbdAdoptedBy, MonthDay latestExtension, Integer escalateToKadisAfter, Integer escalateToSekdaAfter,
      Map<String, String> groupNames, String opdRegistryCsv, String sitesRegistryCsv) {}

  /** The Pemda onboarded and its OPD codes on this deployment. */
  public record Onboarded(String tenantId, List<String> opdCodes) {}
}
