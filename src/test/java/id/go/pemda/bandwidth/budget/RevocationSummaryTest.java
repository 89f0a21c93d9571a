package id.go.pemda.bandwidth.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the Sekda weighs, in exact rupiah per year, and how a saving or an extra cost reads. */
class RevocationSummaryTest {

  private static final CentralCoverage COVERED = new CentralCoverage(new BigDecimal("1200000000"), BigDecimal.ZERO);

  @Test
  void a_saving_reads_as_a_saving() {
    assertThat(RevocationSummary.savingText(new BigDecimal("4800000"))).isEqualTo("hemat Rp 4.800.000 per tahun");
  }

  @Test
  void a_negative_saving_reads_as_an_extra_cost() {
    assertThat(RevocationSummary.savingText(new BigDecimal("-3000000")))
        .isEqualTo("biaya tambahan Rp 3.000.000 per tahun")
        .doesNotContain("-");
  }

  @Test
  void no_difference_reads_as_a_saving_of_nothing() {
    assertThat(RevocationSummary.savingText(BigDecimal.ZERO)).isEqualTo("hemat Rp 0 per tahun");
  }

  @Test
  void monthly_costs_become_yearly_costs_and_the_saving_their_difference() {
    RevocationSummary summary = summary(RevocationSummary.annual(new BigDecimal("2500000")),
        RevocationSummary.annual(new BigDecimal("1750000")), List.of());

    assertThat(summary.ownAnnualCost()).isEqualTo(new BigDecimal("30000000"));
    assertThat(summary.centralAnnualCost()).isEqualTo(new BigDecimal("21000000"));
    assertThat(summary.annualSaving()).isEqualTo(new BigDecimal("9000000"));
  }

  @Test
  void the_saving_is_negative_when_the_central_network_costs_more() {
    RevocationSummary summary = summary(RevocationSummary.annual(new BigDecimal("500000")),
        RevocationSummary.annual(new BigDecimal("750000")), List.of());

    assertThat(summary.annualSaving()).isEqualTo(new BigDecimal("-3000000"));
    assertThat(RevocationSummary.savingText(summary.annualSaving())).isEqualTo("biaya tambahan Rp 3.000.000 per tahun");
  }

  @Test
  void the_double_spending_cost_adds_every_site_still_on_its_own_isp() {
    DoubleSpending office = new DoubleSpending("Kantor Dinas", LocalDate.parse("2026-11-20"), LocalDate.parse("2026-12-31"),
        new BigDecimal("2500000"), new BigDecimal("1500000"));
    DoubleSpending branch = new DoubleSpending("UPTD", LocalDate.parse("2026-12-01"), LocalDate.parse("2026-12-31"),
        new BigDecimal("1000000"), new BigDecimal("900000"));

    RevocationSummary summary = summary(BigDecimal.ZERO, BigDecimal.ZERO, List.of(office, branch));

    assertThat(summary.doubleSpendingCost()).isEqualTo(new BigDecimal("6000000"));
  }

  @Test
  void amounts_beyond_double_precision_stay_exact() {
    RevocationSummary summary = summary(RevocationSummary.annual(new BigDecimal("123456789012345678")),
        RevocationSummary.annual(new BigDecimal("123456789012345677")), List.of());

    assertThat(summary.ownAnnualCost()).isEqualTo(new BigDecimal("1481481468148148136"));
    assertThat(summary.annualSaving()).isEqualTo(new BigDecimal("12"));
  }

  private static RevocationSummary summary(BigDecimal own, BigDecimal central, List<DoubleSpending> overlaps) {
    return new RevocationSummary("DISDUKCAPIL", 2027, own, central, overlaps, BigDecimal.ZERO, COVERED);
  }
}
