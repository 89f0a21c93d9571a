package id.go.pemda.bandwidth.opd;

import id.go.pemda.bandwidth.BandwidthProperties;
import id.go.pemda.bandwidth.tenant.Tenants;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
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
 * written, and every bad row is reported by its line number.
 */
@Component
@Order(10)
public class OpdRegistryImporter implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(OpdRegistryImporter.class);
  static final List<String> HEADER = List.of("code", "name", "type", "frontline_public_service");
  private static final Set<String> BOOLEANS = Set.of("true", "false");
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

  /** Inserts or updates the rows of a registry that {@link #parse} found free of errors. */
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
      Parsed parsed = parse(in, Tenants.DEFAULT);
      if (!parsed.errors().isEmpty()) {
        throw new IllegalStateException("OPD registry " + resource.getDescription() + " has errors: "
            + parsed.errors().stream().map(RowError::withText).collect(Collectors.joining("; ")));
      }
      return parsed.rows();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read OPD registry " + resource.getDescription(), e);
    }
  }

  /** Reads a registry of the Pemda {@code tenantId}; its codes get the Pemda's prefix. */
  public static Parsed parse(InputStream in, String tenantId) throws IOException {
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    List<Opd> rows = new ArrayList<>();
    List<RowError> errors = new ArrayList<>();
    String header = reader.readLine();
    // spreadsheets often save UTF-8 with a byte-order mark
    if (header != null && header.startsWith("\uFEFF")) {
      header = header.substring(1);
    }
    if (header == null || !List.of(header.strip().split(",")).equals(HEADER)) {
      errors.add(new RowError(1, "header", "baris pertama harus berupa header " + String.join(",", HEADER),
          header == null ? "" : header));
      return new Parsed(rows, errors);
    }
    Set<String> seen = new HashSet<>();
    String line;
    int lineNumber = 1;
    while ((line = reader.readLine()) != null) {
      lineNumber++;
      if (line.isBlank()) {
        continue;
      }
      String[] cells = line.split(",", -1);
      if (cells.length != HEADER.size()) {
        errors.add(new RowError(lineNumber, "row",
            "harus 4 kolom code,name,type,frontline_public_service, ada " + cells.length, line));
        continue;
      }
      int before = errors.size();
      String code = cells[0].strip();
      String name = cells[1].strip();
      String type = cells[2].strip();
      String frontline = cells[3].strip();
      if (code.isEmpty()) {
        errors.add(new RowError(lineNumber, "code", "wajib diisi", line));
      } else if (!CODE.matcher(code).matches() || code.length() > MAX_CODE) {
        errors.add(new RowError(lineNumber, "code",
            "'" + code + "' harus maksimal " + MAX_CODE + " huruf besar, angka, '-' atau '_'", line));
      } else if (!seen.add(code)) {
        errors.add(new RowError(lineNumber, "code", "'" + code + "' muncul dua kali dalam berkas", line));
      }
      if (name.isEmpty() || name.length() > MAX_NAME) {
        errors.add(new RowError(lineNumber, "name", "wajib diisi, maksimal " + MAX_NAME + " karakter", line));
      }
      if (type.isEmpty() || type.length() > MAX_TYPE) {
        errors.add(new RowError(lineNumber, "type", "wajib diisi, maksimal " + MAX_TYPE + " karakter", line));
      }
      if (!BOOLEANS.contains(frontline)) {
        errors.add(new RowError(lineNumber, "frontline_public_service",
            "harus true atau false, bukan '" + frontline + "'", line));
      }
      if (errors.size() == before) {
        rows.add(new Opd(null, Tenants.opdCode(tenantId, code), name, type, Boolean.parseBoolean(frontline), true,
            tenantId));
      }
    }
    return new Parsed(rows, errors);
  }

  /** The rows of a registry, or what is wrong with it. */
  public record Parsed(List<Opd> rows, List<RowError> errors) {}

  /**
   * One problem of one line, {@code line 3: frontline_public_service: harus true atau false}: the
   * line number and column stay in English like the file's header, the problem is for the user.
   */
  public record RowError(int line, String field, String problem, String text) {

    @Override
    public String toString() {
      return "line " + line + ": " + field + ": " + problem;
    }

    String withText() {
      return this + " (" + text + ")";
    }
  }
}
