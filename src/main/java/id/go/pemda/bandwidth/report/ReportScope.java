package id.go.pemda.bandwidth.report;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which OPDs' rows a reader may see: every OPD (the city's roles), or only some (an OPD's own
 * staff). Codes compare case-insensitively, as the OPD groups spell them in lower case.
 *
 * @param opdCodes the OPDs in view, lower case; {@code null} means every OPD
 */
public record ReportScope(Set<String> opdCodes) {

  public static ReportScope everyOpd() {
    return new ReportScope(null);
  }

  public static ReportScope onlyOpds(Set<String> opdCodes) {
    return new ReportScope(opdCodes.stream().map(code -> code.toLowerCase(Locale.ROOT)).collect(Collectors.toSet()));
  }

  public boolean everything() {
    return opdCodes == null;
  }
}
