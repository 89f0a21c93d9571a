package id.go.pemda.bandwidth.budget;

import java.math.BigDecimal;

/**
 * What the Sekda weighs before revoking an OPD's internet budget, in exact rupiah per year.
 *
 * @param ownAnnualCost what the OPD pays its own ISP: the surveyed monthly cost times twelve
 * @param centralAnnualCost the OPD's share of the central network: agreed monthly cost times twelve
 * @param citySaving the yearly saving of every OPD of the campaign with an approved plan
 */
public record RevocationSummary(
    String opdCode,
    int fiscalYear,
    BigDecimal ownAnnualCost,
    BigDecimal centralAnnualCost,
    DoubleSpending doubleSpending,
    BigDecimal citySaving) {

  private static final BigDecimal MONTHS = BigDecimal.valueOf(12);

  public static RevocationSummary of(
      String opdCode, int fiscalYear, BigDecimal ownMonthlyCost,
      BigDecimal centralMonthlyCost, DoubleSpending doubleSpending, BigDecimal citySaving) {
    return new RevocationSummary(
        opdCode, fiscalYear, annual(ownMonthlyCost), annual(centralMonthlyCost), doubleSpending,
        citySaving);
  }

  public static BigDecimal annual(BigDecimal monthly) {
    return monthly.multiply(MONTHS);
  }

  /** The yearly saving of this OPD; negative when the central link costs more. */
  public BigDecimal annualSaving() {
    return ownAnnualCost.subtract(centralAnnualCost);
  }
}
