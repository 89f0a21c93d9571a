package id.go.pemda.bandwidth.report;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which OPDs' rows a reader may see: always those of the reader's own Pemda only, and of it every
 * OPD (the Pemda's roles) or only some (an OPD's own staff). Codes compare case-insensitively, as
 * the OPD groups spell them in lower case.
 *
 * @param tenantId the reader's Pemda
 * @param opdCodes the OPDs in view, lower case; {@code null} means every OPD of the Pemda
 */
public record ReportScope(String tenantId, Set<String> opdCodes) {

  public ReportScope {
    Objects.requireNonNull(tenantId, "a report is always of one Pemda");
  }

  public static ReportScope everyOpd(String tenantId) {
    return new ReportScope(tenantId, null);
  }

  public static ReportScope onlyOpds(String tenantId, Set<String> opdCodes) {
    return new ReportScope(
        tenantId, opdCodes.stream().map(code -> code.toLowerCase(Locale.ROOT)).collect(Collectors.toSet()));
  }

  public boolean everything() {
    return opdCodes == null;
  }
}
