package id.go.pemda.bandwidth.web;

import id.go.pemda.bandwidth.budget.BudgetLineLoading;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code POST /api/budget/lines?fiscalYear=}: BPKAD loads its Pemda's internet lines of a fiscal
 * year from the APBD as CSV ({@link BudgetLineLoading}), as the body ({@code text/csv}) or as
 * the part {@code csv} of a {@code multipart/form-data} upload. For BPKAD only
 * ({@code SecurityConfig}). A file with any rejected row is refused whole: 400 naming each row,
 * column and reason, nothing written.
 */
@RestController
@Tag(name = "Budget", description = "OPDs' internet budget lines")
public class BudgetLoadApi {

  private final BudgetLineLoading loading;

  public BudgetLoadApi(BudgetLineLoading loading) {
    this.loading = loading;
  }

  @PostMapping(path = "/api/budget/lines", consumes = {"text/csv", "text/plain"})
  @Operation(
      summary = "Load the internet budget lines of a fiscal year from a CSV (BPKAD)",
      description = "Columns `kode_opd,kode_sub_kegiatan,kode_rekening,pagu,realisasi,dokumen` (other columns "
          + "ignored; `,` or `;`, quoted fields, UTF-8 with or without a byte-order mark). Rows of account "
          + "5.1.02.02.01.0063 are the OPDs' internet lines; Diskominfo's row at the central sub-activity is its "
          + "belanja jaringan pusat; other accounts are skipped. Loading again updates the lines. Any rejected row "
          + "answers 400 listing each in `rejectedRows` (`line`, `column`, `problem`) and nothing is stored.")
  public BudgetLineLoading.Report loadCsv(
      @RequestParam(required = false) Integer fiscalYear, @RequestBody(required = false) byte[] csv,
      Authentication caller) {
    return load(fiscalYear, csv == null ? new byte[0] : csv, caller);
  }

  @PostMapping(path = "/api/budget/lines", consumes = "multipart/form-data")
  @Operation(summary = "Load the internet budget lines of a fiscal year from an uploaded CSV file (BPKAD)")
  public BudgetLineLoading.Report loadFile(
      @RequestParam(required = false) Integer fiscalYear,
      @RequestPart(name = BudgetLineLoading.FILE_FIELD, required = false) MultipartFile csv,
      Authentication caller) {
    try {
      return load(fiscalYear, csv == null ? new byte[0] : csv.getBytes(), caller);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private BudgetLineLoading.Report load(Integer fiscalYear, byte[] csv, Authentication caller) {
    String tenant = CallerTenant.require(caller);
    return loading.load(tenant, fiscalYear, new ByteArrayInputStream(csv), caller.getName());
  }

  /** 400 naming each field, and each rejected row by line, column and reason. */
  @ExceptionHandler(BudgetLineLoading.Refused.class)
  ResponseEntity<ProblemDetail> refused(BudgetLineLoading.Refused refused) {
    ProblemDetail problem = ApiProblems.invalid(refused.errors());
    problem.setProperty("rejectedRows", refused.rejectedRows().stream()
        .map(row -> new RejectedRow(row.line(), row.column(), row.problem()))
        .toList());
    return ResponseEntity.badRequest().body(problem);
  }

  /** One rejected row of the file: its line (the header is line 1), the column, why. */
  public record RejectedRow(int line, String column, String problem) {}
}
