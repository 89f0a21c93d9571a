package id.go.pemda.bandwidth.web;

import id.go.pemda.bandwidth.identity.Groups;
import id.go.pemda.bandwidth.report.ReportProgram;
import id.go.pemda.bandwidth.report.ReportScope;
import id.go.pemda.bandwidth.report.TransitionReport;
import id.go.pemda.bandwidth.report.TransitionReportService;
import id.go.pemda.bandwidth.tenant.Tenants;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Who reads the transition report, and what: the Sekda, Diskominfo (staff and head) and BPKAD
 * every OPD's row of their own Pemda, an OPD's staff only their own OPD's rows (groups
 * {@code opd-<code>}), anyone else nothing; no one reads another Pemda's rows. The report API
 * and the Cockpit dashboard both ask here, so one rule serves both.
 */
@Component
public class TransitionReports {

  private static final Set<String> CITY_ROLES =
      Set.of(Groups.SEKDA, Groups.DISKOMINFO, Groups.KADIS_DISKOMINFO, Groups.BPKAD);
  private static final String DENIED = "Laporan transisi hanya untuk Sekda, Diskominfo, BPKAD dan OPD sendiri.";

  private final TransitionReportService reports;

  public TransitionReports(TransitionReportService reports) {
    this.reports = reports;
  }

  /** The report for a reader of these groups, from the request's raw parameters. */
  public TransitionReport read(String tenantId, Collection<String> groupIds, String fiscalYear, String programId) {
    ReportScope scope = scopeOf(tenantId, groupIds).orElseThrow(() -> new ApiForbiddenException(DENIED));
    return reports.report(fiscalYear(fiscalYear), programId(programId), scope);
  }

  public List<ReportProgram> programs(String tenantId, Collection<String> groupIds) {
    return reports.programs(scopeOf(tenantId, groupIds).orElseThrow(() -> new ApiForbiddenException(DENIED)));
  }

  /** The reader's view in its Pemda: only groups of that Pemda count ({@code ppu.sekda} in PPU). */
  static Optional<ReportScope> scopeOf(String tenantId, Collection<String> groupIds) {
    List<String> own = groupIds.stream().filter(group -> Tenants.of(group).equals(tenantId)).toList();
    if (own.stream().map(Groups::roleOf).filter(Objects::nonNull).anyMatch(CITY_ROLES::contains)) {
      return Optional.of(ReportScope.everyOpd(tenantId));
    }
    Set<String> opds = own.stream().map(Groups::opdCodeOf).flatMap(Optional::stream).collect(Collectors.toSet());
    return opds.isEmpty() ? Optional.empty() : Optional.of(ReportScope.onlyOpds(tenantId, opds));
  }

  private static int fiscalYear(String value) {
    try {
      int year = Integer.parseInt(value == null ? "" : value.trim());
      if (year >= 2000 && year <= 2100) {
        return year;
      }
    } catch (NumberFormatException e) {
      // answered below, naming the field
    }
    throw ApiInputException.of("fiscalYear", "wajib diisi, tahun 2000 sampai 2100");
  }

  private static Long programId(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      long id = Long.parseLong(value.trim());
      if (id > 0) {
        return id;
      }
    } catch (NumberFormatException e) {
      // answered below, naming the field
    }
    throw ApiInputException.of("programId", "nomor program tidak valid");
  }
}
