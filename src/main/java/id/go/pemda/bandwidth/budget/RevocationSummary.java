package id.go.pemda.bandwidth.budget;

import id.go.pemda.bandwidth.shared.Rupiah;
import java.math.BigDecimal;
import java.util.List;

/**
 * What the Sekda weighs before an OPD's internet budget moves, in exact rupiah per year.
 *
 * @param ownAnnualCost what the OPD's sites pay their own ISPs: surveyed monthly costs times twelve
 * @param centralAnnualCost the sites' share of the central network: agreed monthly costs times twelve
 * @param doubleSpending every accepted site still paying its old ISP, and until when
 * @param citySaving the yearly saving of every approved plan of the program
 */
public record RevocationSummary(
    String opdCode,
    int fiscalYear,
    BigDecimal ownAnnualCost,
    BigDecimal centralAnnualCost,
    List<DoubleSpending> doubleSpending,
    BigDecimal citySaving,
    CentralCoverage coverage) {

  private static final BigDecimal MONTHS = BigDecimal.valueOf(12);

  public static BigDecimal annual(BigDecimal monthly) {
    return monthly.multiply(MONTHS);
  }

  /** The yearly saving of this OPD; negative when the central network costs more. */
  public BigDecimal annualSaving() {
    return ownAnnualCost.subtract(centralAnnualCost);
  }

  public BigDecimal doubleSpendingCost() {
    return doubleSpending.stream().map(DoubleSpending::extraCost).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** "Hemat Rp 1.200.000 per tahun", or the extra cost when the central network costs more. */
  public static String savingText(BigDecimal saving) {
    return saving.signum() >= 0
        ? "hemat " + Rupiah.format(saving) + " per tahun"
        : "biaya tambahan " + Rupiah.format(saving.negate()) + " per tahun";
  }
}
