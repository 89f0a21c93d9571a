package id.go.pemda.bandwidth.coordination;

import java.math.BigDecimal;

/**
 * What an OPD's plan costs a month: its sites' own ISPs as surveyed, against their agreed share
 * of the central network.
 */
public record PlanCosts(int sites, BigDecimal ownMonthly, BigDecimal centralMonthly) {

  /** Positive when the central network costs less than the sites' own ISPs. */
  public BigDecimal annualSaving() {
    return ownMonthly.subtract(centralMonthly).multiply(BigDecimal.valueOf(12));
  }
}
