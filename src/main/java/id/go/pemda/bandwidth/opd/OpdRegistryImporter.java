package id.go.pemda.bandwidth.opd;

import id.go.pemda.bandwidth.BandwidthProperties;
import id.go.pemda.bandwidth.tenant.Tenants;
import id.go.pemda.bandwidth.shared.csv.CsvImport;
import id.go.pemda.bandwidth.shared.csv.CsvResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads an OPD registry CSV: Samarinda's at start-up, another Pemda's when it is onboarded.
 * Idempotent: new codes are inserted, known codes get the registry's current name, type and
 * frontline flag, so re-running changes nothing. A file is checked whole before anything is
 * written, and every bad row is reported by its line number ({@link CsvImport}).
 */
@Component
@Order(10)
public class OpdRegistryImporter implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(OpdRegistryImporter.class);
  static final List<String> HEADER = List.of("code", "name", "type", "frontline_public_service");
  // the prefix of another Pemda's codes is separated by a dot, so a registry code has none
  private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9_-]*");
  private static final int MAX_CODE = 30;
  private static final int MAX_NAME = 200;
  private static final int MAX_TYPE = 40;

  private final OpdRepository opds;
  private final Resource registry;

  public OpdRegistryImporter(OpdRepository opds, BandwidthProperties properties) {
    this.opds = opds;
    this.registry = properties.registry();
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    List<Opd> rows = read(registry);
    save(rows);
    log.info("OPD registry loaded from {}: {} OPDs", registry.getDescription(), rows.size());
  }

  /** Inserts or updates the rows of a registry that {@link #parse} accepted. */
  @Transactional
  public void save(List<Opd> rows) {
    for (Opd row : rows) {
      opds.save(
          opds.findByCode(row.code())
              .map(known -> known.withRegistryData(row.name(), row.type(), row.frontlinePublicService()))
              .orElse(row));
    }
  }

  /** Samarinda's registry of the configuration: any bad row stops the start-up. */
  static List<Opd> read(Resource resource) {
    try (InputStream in = resource.getInputStream()) {
      return parse(in, Tenants.DEFAULT).rowsOrThrow("OPD registry " + resource.getDescription());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read OPD registry " + resource.getDescription(), e);
    }
  }

  /**
   * Reads a registry of the Pemda {@code tenantId} ({@link CsvImport}: {@code ,} or {@code ;},
   * quoted fields, a byte-order mark); its codes get the Pemda's prefix.
   */
  public static CsvResult<Opd> parse(InputStream in, String tenantId) {
    Set<String> seen = new HashSet<>();
    return CsvImport.read(in, HEADER, row -> {
      String code = row.text("code", MAX_CODE);
      if (code != null && !CODE.matcher(code).matches()) {
        row.reject("code", "'" + code + "' harus maksimal " + MAX_CODE + " huruf besar, angka, '-' atau '_'");
      } else if (code != null && !seen.add(code)) {
        row.reject("code", "'" + code + "' muncul dua kali dalam berkas");
      }
      String name = row.text("name", MAX_NAME);
      String type = row.text("type", MAX_TYPE);
      Boolean frontline = row.bool("frontline_public_service");
      return row.ok() ? new Opd(null, Tenants.opdCode(tenantId, code), name, type, frontline, true, tenantId) : null;
    });
  }
}
