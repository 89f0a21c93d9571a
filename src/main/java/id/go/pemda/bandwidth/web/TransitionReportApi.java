package id.go.pemda.bandwidth.web;

import id.go.pemda.bandwidth.report.ReportProgram;
import id.go.pemda.bandwidth.report.TransitionReport;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Collection;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/reports/transition?fiscalYear=[&programId=]}: every OPD transition of a fiscal
 * year with its stage, sites, costs, complaints and budget, and the totals; JSON, or CSV for a
 * spreadsheet with {@code Accept: text/csv}. Who sees which rows: {@link TransitionReports}.
 */
@RestController
@Tag(name = "Reports", description = "The transition report and its programs")
public class TransitionReportApi {

  private final TransitionReports reports;

  public TransitionReportApi(TransitionReports reports) {
    this.reports = reports;
  }

  @GetMapping(value = "/api/reports/transition", produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(
      summary = "Every OPD transition of a fiscal year, with the totals",
      description = "The Sekda, Diskominfo and BPKAD read every OPD of their Pemda, an OPD's users their own "
          + "OPD's rows. With `Accept: text/csv` the same rows as a spreadsheet: UTF-8 with a byte-order "
          + "mark, `;` between fields, rupiah as whole numbers, times in the Pemda's zone.")
  public TransitionReport json(
      @RequestParam(required = false) String fiscalYear,
      @RequestParam(required = false) String programId,
      Authentication reader) {
    return reports.read(CallerTenant.require(reader), groups(reader), fiscalYear, programId);
  }

  @GetMapping(value = "/api/reports/transition", produces = TransitionReportCsv.MEDIA_TYPE)
  @Operation(summary = "Every OPD transition of a fiscal year, as CSV")
  public ResponseEntity<byte[]> csv(
      @RequestParam(required = false) String fiscalYear,
      @RequestParam(required = false) String programId,
      Authentication reader) {
    TransitionReport report = reports.read(CallerTenant.require(reader), groups(reader), fiscalYear, programId);
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(TransitionReportCsv.MEDIA_TYPE + ";charset=UTF-8"))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            "attachment; filename=\"transisi-bandwidth-" + report.fiscalYear() + ".csv\"")
        .body(TransitionReportCsv.render(report));
  }

  /** The programs the reader may choose from, for the dashboard's chooser. */
  @GetMapping(value = "/api/reports/programs", produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "The programs the caller may choose a report of")
  public List<ReportProgram> programs(Authentication reader) {
    return reports.programs(CallerTenant.require(reader), groups(reader));
  }

  private static Collection<String> groups(Authentication reader) {
    return reader.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
  }
}
