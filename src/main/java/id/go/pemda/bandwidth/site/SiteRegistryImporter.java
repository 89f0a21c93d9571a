package id.go.pemda.bandwidth.site;

import id.go.pemda.bandwidth.BandwidthProperties;
import id.go.pemda.bandwidth.opd.OpdRegistry;
import id.go.pemda.bandwidth.shared.csv.CsvImport;
import id.go.pemda.bandwidth.shared.csv.CsvResult;
import id.go.pemda.bandwidth.tenant.Pemda;
import id.go.pemda.bandwidth.tenant.Tenants;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the sites registry CSV at start-up, after the OPD registry. Idempotent: a new code is
 * inserted, a known one gets the registry's current name and place.
 */
@Component
@Order(11)
public class SiteRegistryImporter implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(SiteRegistryImporter.class);
  static final List<String> HEADER = List.of("opd_code", "site_code", "name", "kind", "kelurahan", "address");
  // the widths of table site (V5)
  private static final int MAX_OPD_CODE = 40;
  private static final int MAX_SITE_CODE = 60;
  private static final int MAX_NAME = 200;
  private static final int MAX_KELURAHAN = 100;
  private static final int MAX_ADDRESS = 500;

  private final SiteRepository sites;
  private final OpdRegistry opds;
  private final Resource registry;

  public SiteRegistryImporter(SiteRepository sites, OpdRegistry opds, BandwidthProperties properties) {
    this.sites = sites;
    this.opds = opds;
    this.registry = properties.sites();
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    if (registry == null || !registry.exists()) {
      log.info("No sites registry: every OPD lists its sites in its survey");
      return;
    }
    List<Site> rows = read(registry);
    for (Site row : rows) {
      if (!opds.exists(row.opdCode())) {
        throw new IllegalStateException("Sites registry names unknown OPD " + row.opdCode() + " for " + row.code());
      }
    }
    save(rows);
    log.info("Sites registry loaded from {}: {} sites", registry.getDescription(), rows.size());
  }

  /** Inserts or updates the sites of a registry that {@link #parse} accepted. */
  @Transactional
  public void save(List<Site> rows) {
    for (Site row : rows) {
      sites.save(sites.findByCode(row.code())
          .map(known -> known.located(row.name(), row.kelurahan(), row.address()))
          .orElse(row));
    }
  }

  /**
   * Reads the sites registry of a Pemda being onboarded: its OPD and site codes without the
   * prefix (they get the Pemda's, as its OPD codes do), its village column {@code kelurahan} for
   * a kota or {@code desa} for a kabupaten, and only OPDs of its own registry.
   *
   * @param ownOpd whether a (prefixed) OPD code is one of the Pemda's
   */
  public static CsvResult<Site> parse(InputStream in, String tenantId, Pemda.Kind kind, Predicate<String> ownOpd) {
    Set<String> seen = new HashSet<>();
    List<String> header = kind == Pemda.Kind.KABUPATEN
        ? List.of("opd_code", "site_code", "name", "kind", "desa", "address")
        : HEADER;
    int maxLocalCode = MAX_SITE_CODE - (Tenants.opdCode(tenantId, "X").length() - 1);
    return CsvImport.read(in, header, row -> {
      String opdCode = row.text("opd_code", MAX_OPD_CODE);
      if (opdCode != null && !ownOpd.test(Tenants.opdCode(tenantId, opdCode))) {
        row.reject("opd_code", "'" + opdCode + "' tidak ada dalam daftar OPD Pemda ini");
      }
      String code = row.text("site_code", maxLocalCode);
      if (code != null && !seen.add(code)) {
        row.reject("site_code", "'" + code + "' muncul dua kali dalam berkas");
      }
      String name = row.text("name", MAX_NAME);
      SiteKind siteKind = row.oneOf("kind", SiteKind.class);
      if (siteKind != null && !siteKind.existsIn(kind)) {
        row.reject("kind", "'" + siteKind.name() + "' (" + siteKind.label() + ") hanya ada di kabupaten");
      }
      String village = row.text(header.get(4), MAX_KELURAHAN);
      String address = row.text("address", MAX_ADDRESS);
      return row.ok()
          ? new Site(null, Tenants.opdCode(tenantId, opdCode), Tenants.opdCode(tenantId, code), name, siteKind, village,
              address, true)
          : null;
    });
  }

  /** The registry's sites; any bad row, each named by its line, stops the start-up. */
  static List<Site> read(Resource resource) {
    try (InputStream in = resource.getInputStream()) {
      Set<String> seen = new HashSet<>();
      return CsvImport.read(in, HEADER, row -> {
        String opdCode = row.text("opd_code", MAX_OPD_CODE);
        String code = row.text("site_code", MAX_SITE_CODE);
        if (code != null && !seen.add(code)) {
          row.reject("site_code", "'" + code + "' muncul dua kali dalam berkas");
        }
        String name = row.text("name", MAX_NAME);
        SiteKind kind = row.oneOf("kind", SiteKind.class);
        String kelurahan = row.text("kelurahan", MAX_KELURAHAN);
        String address = row.text("address", MAX_ADDRESS);
        return row.ok() ? new Site(null, opdCode, code, name, kind, kelurahan, address, true) : null;
      }).rowsOrThrow("Sites registry " + resource.getDescription());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read sites registry " + resource.getDescription(), e);
    }
  }
}
