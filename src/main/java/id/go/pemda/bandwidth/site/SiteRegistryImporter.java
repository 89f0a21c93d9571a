package id.go.pemda.bandwidth.site;

import id.go.pemda.bandwidth.BandwidthProperties;
import id.go.pemda.bandwidth.opd.OpdRegistry;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
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
      sites.save(sites.findByCode(row.code())
          .map(known -> known.located(row.name(), row.kelurahan(), row.address()))
          .orElse(row));
    }
    log.info("Sites registry loaded from {}: {} sites", registry.getDescription(), rows.size());
  }

  static List<Site> read(Resource resource) {
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8))) {
      String header = reader.readLine();
      if (header != null && header.startsWith("\uFEFF")) {
        header = header.substring(1);
      }
      if (header == null || !List.of(header.strip().split(",")).equals(HEADER)) {
        throw new IllegalStateException(
            "Sites registry " + resource.getDescription() + " must start with the header " + String.join(",", HEADER));
      }
      List<Site> rows = new ArrayList<>();
      String line;
      int lineNumber = 1;
      while ((line = reader.readLine()) != null) {
        lineNumber++;
        if (line.isBlank()) {
          continue;
        }
        String[] cells = line.split(",", -1);
        if (cells.length != HEADER.size() || java.util.Arrays.stream(cells).anyMatch(String::isBlank)) {
          throw new IllegalStateException("Sites registry line " + lineNumber + " does not have 6 filled columns: " + line);
        }
        SiteKind kind;
        try {
          kind = SiteKind.valueOf(cells[3].strip());
        } catch (IllegalArgumentException e) {
          throw new IllegalStateException("Sites registry line " + lineNumber + ": unknown kind " + cells[3], e);
        }
        rows.add(new Site(null, cells[0].strip(), cells[1].strip(), cells[2].strip(), kind, cells[4].strip(),
            cells[5].strip(), true));
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read sites registry " + resource.getDescription(), e);
    }
  }
}
