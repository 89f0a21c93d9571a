package id.go.pemda.bandwidth.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class RevocationSummaryTest {

  private static final DoubleSpending NO_OVERLAP = new DoubleSpending(null, null, BigDecimal.ZERO, BigDecimal.ZERO);

  @Test
  void monthly_costs_become_yearly_costs() {
    RevocationSummary summary =
        RevocationSummary.of(
            "DISDUKCAPIL", 2027, new BigDecimal("2500000"), new BigDecimal("1750000"), NO_OVERLAP, BigDecimal.ZERO);

    assertThat(summary.opdCode()).isEqualTo("DISDUKCAPIL");
    assertThat(summary.fiscalYear()).isEqualTo(2027);
    assertThat(summary.ownAnnualCost()).isEqualTo(new BigDecimal("30000000"));
    assertThat(summary.centralAnnualCost()).isEqualTo(new BigDecimal("21000000"));
    assertThat(summary.annualSaving()).isEqualTo(new BigDecimal("9000000"));
  }

  @Test
  void saving_is_negative_when_the_central_link_costs_more() {
    RevocationSummary summary =
        RevocationSummary.of("DLH", 2027, new BigDecimal("500000"), new BigDecimal("750000"), NO_OVERLAP, BigDecimal.ZERO);

    assertThat(summary.annualSaving()).isEqualTo(new BigDecimal("-3000000"));
  }

  @Test
  void saving_is_zero_when_both_links_cost_the_same() {
    RevocationSummary summary =
        RevocationSummary.of("DLH", 2027, new BigDecimal("750000"), new BigDecimal("750000"), NO_OVERLAP, BigDecimal.ZERO);

    assertThat(summary.annualSaving()).isZero();
  }

  @Test
  void large_amounts_stay_exact() {
    RevocationSummary summary =
        RevocationSummary.of(
            "SETDA", 2027, new BigDecimal("999999999999"), new BigDecimal("1"), NO_OVERLAP, BigDecimal.ZERO);

    assertThat(summary.ownAnnualCost()).isEqualTo(new BigDecimal("11999999999988"));
    assertThat(summary.centralAnnualCost()).isEqualTo(new BigDecimal("12"));
    assertThat(summary.annualSaving()).isEqualTo(new BigDecimal("11999999999976"));
  }

  @Test
  void amounts_beyond_double_precision_stay_exact() {
    RevocationSummary summary =
        RevocationSummary.of(
            "SETDA", 2027, new BigDecimal("123456789012345678"), new BigDecimal("123456789012345677"), NO_OVERLAP, BigDecimal.ZERO);

    assertThat(summary.ownAnnualCost()).isEqualTo(new BigDecimal("1481481468148148136"));
    assertThat(summary.annualSaving()).isEqualTo(new BigDecimal("12"));
  }
}
