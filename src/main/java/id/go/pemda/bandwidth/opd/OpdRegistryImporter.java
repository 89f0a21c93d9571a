package id.go.pemda.bandwidth.opd;

import id.go.pemda.bandwidth.BandwidthProperties;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the OPD registry CSV at start-up. Idempotent: new codes are inserted, known codes get
 * the registry's current name, type and frontline flag, so re-running changes nothing.
 */
@Component
@Order(10)
public class OpdRegistryImporter implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(OpdRegistryImporter.class);
  private static final List<String> HEADER = List.of("code", "name", "type", "frontline_public_service");
  private static final Set<String> BOOLEANS = Set.of("true", "false");

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
    for (Opd row : rows) {
      opds.save(
          opds.findByCode(row.code())
              .map(known -> known.withRegistryData(row.name(), row.type(), row.frontlinePublicService()))
              .orElse(row));
    }
    log.info("OPD registry loaded from {}: {} OPDs", registry.getDescription(), rows.size());
  }

  static List<Opd> read(Resource resource) {
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8))) {
      String header = reader.readLine();
      // spreadsheets often save UTF-8 with a byte-order mark
      if (header != null && header.startsWith("\uFEFF")) {
        header = header.substring(1);
      }
      if (header == null || !List.of(header.strip().split(",")).equals(HEADER)) {
        throw new IllegalStateException(
            "OPD registry " + resource.getDescription() + " must start with the header " + String.join(",", HEADER));
      }
      List<Opd> rows = new ArrayList<>();
      String line;
      int lineNumber = 1;
      while ((line = reader.readLine()) != null) {
        lineNumber++;
        if (line.isBlank()) {
          continue;
        }
        String[] cells = line.split(",", -1);
        if (cells.length != HEADER.size()
            || cells[0].isBlank()
            || cells[1].isBlank()
            || !BOOLEANS.contains(cells[3].strip())) {
          throw new IllegalStateException(
              "OPD registry line " + lineNumber + " is not 'code,name,type,true|false': " + line);
        }
        rows.add(
            new Opd(
                null,
                cells[0].strip(),
                cells[1].strip(),
                cells[2].strip(),
                Boolean.parseBoolean(cells[3].strip()),
                true));
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read OPD registry " + resource.getDescription(), e);
    }
  }
}
