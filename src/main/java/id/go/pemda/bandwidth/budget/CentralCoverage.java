package id.go.pemda.bandwidth.budget;

import id.go.pemda.bandwidth.shared.Rupiah;
import java.math.BigDecimal;

/**
 * Whether Diskominfo's central line for a fiscal year pays for every approved plan of the
 * program: a year of each approved site's central monthly cost.
 */
public record CentralCoverage(BigDecimal centralLine, BigDecimal neededForApprovedPlans) {

  public BigDecimal shortfall() {
    return neededForApprovedPlans.subtract(centralLine).max(BigDecimal.ZERO);
  }

  public boolean covered() {
    return shortfall().signum() == 0;
  }

  public String describe() {
    String base = "Pagu jaringan pusat " + Rupiah.format(centralLine) + "; kebutuhan setahun rencana yang disetujui "
        + Rupiah.format(neededForApprovedPlans);
    return covered() ? base + " — tercukupi." : base + " — kurang " + Rupiah.format(shortfall()) + ".";
  }
}
