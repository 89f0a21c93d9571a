package id.go.pemda.bandwidth.web;

import id.go.pemda.bandwidth.budget.BudgetLine;
import id.go.pemda.bandwidth.budget.BudgetLineRepository;
import id.go.pemda.bandwidth.tenant.Tenants;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/budget/lines?fiscalYear=}: the internet budget lines of a fiscal year, what
 * revocations moved, and the totals, of the caller's Pemda. For BPKAD and the Sekda
 * ({@code SecurityConfig}).
 */
@RestController
@Tag(name = "Budget", description = "OPDs' internet budget lines")
public class BudgetReportApi {

  private final BudgetLineRepository lines;

  public BudgetReportApi(BudgetLineRepository lines) {
    this.lines = lines;
  }

  @GetMapping("/api/budget/lines")
  @Operation(
      summary = "The internet budget lines of a fiscal year, what revocations moved, and the totals",
      description = "For BPKAD and the Sekda of the caller's Pemda. Amounts in rupiah, exact.")
  public BudgetReport lines(@RequestParam(required = false) Integer fiscalYear, Authentication caller) {
    if (fiscalYear == null || fiscalYear < 2000 || fiscalYear > 2100) {
      throw ApiInputException.of("fiscalYear", "wajib diisi, tahun 2000 sampai 2100");
    }
    String tenant = CallerTenant.require(caller);
    List<BudgetLine> ofYear = lines.findByFiscalYearOrderByOpdCode(fiscalYear).stream()
        .filter(line -> Tenants.of(line.opdCode()).equals(tenant))
        .toList();
    return new BudgetReport(
        fiscalYear,
        ofYear,
        sum(ofYear.stream().map(BudgetLine::originalAmountRupiah).toList()),
        sum(ofYear.stream().map(BudgetLine::amountRupiah).toList()),
        sum(ofYear.stream().map(BudgetLine::movedAmountRupiah).toList()));
  }

  private static BigDecimal sum(List<BigDecimal> amounts) {
    return amounts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** The lines of one fiscal year and their totals, exact in rupiah. */
  public record BudgetReport(
      int fiscalYear,
      List<BudgetLine> lines,
      BigDecimal originalTotalRupiah,
      BigDecimal currentTotalRupiah,
      BigDecimal movedTotalRupiah) {}
}
