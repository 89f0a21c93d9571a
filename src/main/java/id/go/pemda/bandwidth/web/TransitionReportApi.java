package id.go.pemda.bandwidth.web;

import id.go.pemda.bandwidth.report.ReportProgram;
import id.go.pemda.bandwidth.report.TransitionReport;
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
public class TransitionReportApi {

  private final TransitionReports reports;

  public TransitionReportApi(TransitionReports reports) {
    this.reports = reports;
  }

  @GetMapping(value = "/api/reports/transition", produces = MediaType.APPLICATION_JSON_VALUE)
  public TransitionReport json(
      @RequestParam(required = false) String fiscalYear,
      @RequestParam(required = false) String programId,
      Authentication reader) {
    return reports.read(CallerTenant.require(reader), groups(reader), fiscalYear, programId);
  }

  @GetMapping(value = "/api/reports/transition", produces = TransitionReportCsv.MEDIA_TYPE)
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
  public List<ReportProgram> programs(Authentication reader) {
    return reports.programs(CallerTenant.require(reader), groups(reader));
  }

  private static Collection<String> groups(Authentication reader) {
    return reader.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
  }
}
