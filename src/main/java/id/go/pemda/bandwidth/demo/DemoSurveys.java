package id.go.pemda.bandwidth.demo;

import id.go.pemda.bandwidth.opd.Opd;
import id.go.pemda.bandwidth.site.Site;
import id.go.pemda.bandwidth.site.SiteKind;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Survey answers for the demo program: what a Samarinda site plausibly has today, the same on
 * every start (each value follows from the site's code, not from a random source).
 */
final class DemoSurveys {

  private static final List<String> ISPS =
      List.of("PT Telkom Indonesia (IndiHome)", "Biznet", "MyRepublic", "Lintasarta", "Indosat Business");

  private DemoSurveys() {}

  /** The survey form's values for an OPD: its registry sites, or its office when it has none. */
  static Map<String, Object> survey(Opd opd, List<Site> sites, int fiscalYear) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("contactName", "Operator " + opd.name());
    values.put("contactPhone", "0541 7" + String.format("%05d", Math.abs(opd.code().hashCode()) % 100_000));
    values.put("obstacles", "");
    List<Map<String, Object>> rows = sites.isEmpty()
        ? List.of(row(null, "Kantor " + opd.name(), SiteKind.KANTOR, "Bugis", "Jl. Kesuma Bangsa, Samarinda", fiscalYear))
        : sites.stream()
            .map(site -> row(site.code(), site.name(), site.kind(), site.kelurahan(), site.address(), fiscalYear))
            .toList();
    values.put("sites", rows);
    return values;
  }

  private static Map<String, Object> row(
      String code, String name, SiteKind kind, String kelurahan, String address, int fiscalYear) {
    int seed = Math.abs((code == null ? name : code).hashCode());
    Map<String, Object> row = new LinkedHashMap<>();
    if (code != null) {
      row.put("siteCode", code);
    }
    row.put("name", name);
    row.put("kind", kind.name());
    row.put("kelurahan", kelurahan);
    row.put("address", address);
    String connectivity = connectivity(kind, seed);
    row.put("connectivity", connectivity);
    int mbps = switch (connectivity) {
      case "NONE" -> 0;
      default -> List.of(10, 20, 30, 50, 100).get(seed % (kind == SiteKind.KANTOR || kind == SiteKind.RUMAH_SAKIT ? 5 : 3));
    };
    row.put("currentBandwidthMbps", mbps);
    row.put("monthlyCostRupiah", mbps * 55_000L);
    if (connectivity.equals("OWN_ISP")) {
      row.put("ispName", ISPS.get(seed % ISPS.size()));
      // most contracts run to the end of the year before the fiscal year, some into it
      LocalDate end = seed % 4 == 0 ? LocalDate.of(fiscalYear, 3, 31) : LocalDate.of(fiscalYear - 1, 12, 31);
      row.put("contractEnd", end.toString());
      row.put("noticeDays", 30);
    }
    if (connectivity.equals("ICONPLUS")) {
      row.put("iconplusCircuitId", "ICON-SMD-" + (1000 + seed % 9000));
    }
    row.put("staffCount", switch (kind) {
      case KANTOR, RUMAH_SAKIT -> 40 + seed % 120;
      case PUSKESMAS, SEKOLAH -> 15 + seed % 40;
      default -> 5 + seed % 15;
    });
    row.put("serviceCounters", kind == SiteKind.KANTOR || kind == SiteKind.PUSKESMAS ? 1 + seed % 5 : seed % 2);
    row.put("cctvCameras", 2 + seed % 8);
    row.put("hostedApplications", kind == SiteKind.KANTOR ? 1 + seed % 3 : 0);
    return row;
  }

  /** Offices have their own ISP; some puskesmas and kelurahan or desa offices have none, a few are on Icon+. */
  private static String connectivity(SiteKind kind, int seed) {
    return switch (kind) {
      case KANTOR, RUMAH_SAKIT, SEKOLAH, UPTD -> "OWN_ISP";
      case PUSKESMAS -> seed % 3 == 0 ? "NONE" : "OWN_ISP";
      case KELURAHAN, DESA -> switch (seed % 4) {
        case 0 -> "NONE";
        case 1 -> "ICONPLUS";
        default -> "OWN_ISP";
      };
      default -> seed % 2 == 0 ? "NONE" : "OWN_ISP";
    };
  }
}
