package id.go.pemda.bandwidth.identity;

import id.go.pemda.bandwidth.opd.Opd;
import id.go.pemda.bandwidth.opd.OpdRegistryImporter;
import id.go.pemda.bandwidth.shared.FieldError;
import id.go.pemda.bandwidth.shared.csv.CsvResult;
import id.go.pemda.bandwidth.site.Site;
import id.go.pemda.bandwidth.site.SiteRegistryImporter;
import id.go.pemda.bandwidth.tenant.Pemda;
import id.go.pemda.bandwidth.tenant.PemdaRegistry;
import id.go.pemda.bandwidth.tenant.PemdaSettingsInput;
import id.go.pemda.bandwidth.tenant.PemdaSettingsService;
import id.go.pemda.bandwidth.tenant.Tenants;
import java.io.InputStream;
import id.go.pemda.bandwidth.shared.FieldErrors;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Brings a new Pemda onto the deployment: its tenant row and Camunda tenant, its role groups and
 * one group per OPD with their grants (as {@link IdentityBootstrap} gives Samarinda's), its own
 * settings (time zone, central office, APBD calendar, escalation counts, group names) and its
 * OPD registry. The request and the whole CSV are checked first; with any error nothing is
 * written, and the writes themselves share one transaction with the engine's identity writes.
 */
@Service
public class PemdaOnboarding {

  private static final Logger log = LoggerFactory.getLogger(PemdaOnboarding.class);
  public static final String REGISTRY_FIELD = "opdRegistryCsv";
  public static final String SITES_FIELD = "sitesRegistryCsv";

  private final PemdaRegistry pemdas;
  private final OpdRegistryImporter importer;
  private final IdentityBootstrap identityBootstrap;
  private final IdentityService identity;
  private final PemdaSettingsService settings;
  private final SiteRegistryImporter siteImporter;

  public PemdaOnboarding(
      PemdaRegistry pemdas, OpdRegistryImporter importer, IdentityBootstrap identityBootstrap,
      IdentityService identity, PemdaSettingsService settings, SiteRegistryImporter siteImporter) {
    this.settings = settings;
    this.siteImporter = siteImporter;
    this.pemdas = pemdas;
    this.importer = importer;
    this.identityBootstrap = identityBootstrap;
    this.identity = identity;
  }

  /**
   * Onboards the Pemda with its settings and the OPD registry {@code csv}
   * ({@code code,name,type,frontline_public_service}).
   *
   * @throws Refused listing every problem; those of the CSV under {@value #REGISTRY_FIELD}, each
   *     as {@code line N: <column>: <problem>}
   */
  @Transactional
  public List<Opd> onboard(Pemda pemda, PemdaSettingsInput own, InputStream csv) {
    return onboard(pemda, own, csv, null);
  }

  /**
   * As {@link #onboard(Pemda, PemdaSettingsInput, InputStream)}, with its sites registry
   * ({@code opd_code,site_code,name,kind,kelurahan,address}, {@code desa} for a kabupaten; codes
   * without the prefix), whose problems are under {@value #SITES_FIELD}; {@code null} for none
   * (each OPD then lists its sites in its survey).
   */
  @Transactional
  public List<Opd> onboard(Pemda pemda, PemdaSettingsInput own, InputStream csv, InputStream sitesCsv) {
    List<FieldError> problems = new ArrayList<>();
    if (pemda.id() == null || !Tenants.ID.matcher(pemda.id()).matches()) {
      problems.add(new FieldError("id", "2 sampai 30 huruf kecil, angka atau '-', diawali huruf"));
    } else if (pemdas.find(pemda.id()).isPresent()
        || identity.createTenantQuery().tenantId(pemda.id()).count() > 0) {
      problems.add(new FieldError("id", "Pemda '" + pemda.id() + "' sudah ada"));
    }
    if (pemda.name() == null || pemda.name().isBlank() || pemda.name().length() > 200) {
      problems.add(new FieldError("name", "wajib diisi, maksimal 200 karakter"));
    }
    if (pemda.kind() == null) {
      problems.add(new FieldError("kind", "wajib diisi; KOTA atau KABUPATEN"));
    }
    if (pemda.province() == null || pemda.province().isBlank() || pemda.province().length() > 100) {
      problems.add(new FieldError("province", "wajib diisi, maksimal 100 karakter"));
    }
    if (own == null) {
      problems.add(new FieldError("zone", "wajib diisi; WIB, WITA atau WIT"));
    } else {
      problems.addAll(own.check(new FieldErrors(), new HashSet<>(Groups.ROLES)).list());
    }
    String tenant = problems.isEmpty() ? pemda.id() : Tenants.DEFAULT;
    CsvResult<Opd> registry = OpdRegistryImporter.parse(csv, tenant);
    registry.problems().forEach(problem -> problems.add(new FieldError(REGISTRY_FIELD, problem.toString())));
    if (problems.isEmpty() && registry.rows().isEmpty()) {
      problems.add(new FieldError(REGISTRY_FIELD, "line 2: code: daftar OPD kosong"));
    }
    List<Site> siteRows = List.of();
    if (sitesCsv != null && problems.isEmpty()) {
      Set<String> codes = registry.rows().stream().map(Opd::code).collect(Collectors.toSet());
      CsvResult<Site> sites = SiteRegistryImporter.parse(sitesCsv, tenant, pemda.kind(), codes::contains);
      sites.problems().forEach(problem -> problems.add(new FieldError(SITES_FIELD, problem.toString())));
      siteRows = sites.goodRows();
    }
    if (!problems.isEmpty()) {
      throw new Refused(problems);
    }
    pemdas.add(pemda);
    settings.save(pemda.id(), own);
    importer.save(registry.rows());
    siteImporter.save(siteRows);
    identityBootstrap.ensure(pemda, registry.rows());
    log.info("Pemda {} onboarded with {} OPDs and {} sites", pemda.id(), registry.rows().size(), siteRows.size());
    return registry.rows();
  }

  /** What is wrong with an onboarding request; nothing of it was written. */
  public static class Refused extends RuntimeException {

    private final transient List<FieldError> problems;

    Refused(List<FieldError> problems) {
      super(problems.toString());
      this.problems = List.copyOf(problems);
    }

    public List<FieldError> problems() {
      return problems;
    }
  }
}
