package id.go.pemda.bandwidth.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Whether Diskominfo's central line pays a year of every approved plan. */
class CentralCoverageTest {

  @Test
  void a_central_line_at_least_the_need_covers_it() {
    CentralCoverage coverage = new CentralCoverage(new BigDecimal("1200000000"), new BigDecimal("36000000"));

    assertThat(coverage.covered()).isTrue();
    assertThat(coverage.shortfall()).isEqualByComparingTo("0");
    assertThat(coverage.describe())
        .isEqualTo("Pagu jaringan pusat Rp 1.200.000.000; kebutuhan setahun rencana yang disetujui Rp 36.000.000 — tercukupi.");
  }

  @Test
  void exactly_the_need_covers_it() {
    CentralCoverage coverage = new CentralCoverage(new BigDecimal("36000000"), new BigDecimal("36000000"));

    assertThat(coverage.covered()).isTrue();
  }

  @Test
  void a_smaller_central_line_names_the_shortfall() {
    CentralCoverage coverage = new CentralCoverage(new BigDecimal("30000000"), new BigDecimal("36000000"));

    assertThat(coverage.covered()).isFalse();
    assertThat(coverage.shortfall()).isEqualByComparingTo("6000000");
    assertThat(coverage.describe())
        .isEqualTo("Pagu jaringan pusat Rp 30.000.000; kebutuhan setahun rencana yang disetujui Rp 36.000.000"
            + " — kurang Rp 6.000.000.");
  }

  @Test
  void no_central_line_and_no_approved_plan_is_covered() {
    CentralCoverage coverage = new CentralCoverage(BigDecimal.ZERO, BigDecimal.ZERO);

    assertThat(coverage.covered()).isTrue();
    assertThat(coverage.describe()).endsWith("Rp 0 — tercukupi.");
  }

  @Test
  void fifteen_digit_amounts_stay_exact() {
    CentralCoverage coverage = new CentralCoverage(new BigDecimal("999999999999998"), new BigDecimal("999999999999999"));

    assertThat(coverage.shortfall()).isEqualTo(new BigDecimal("1"));
  }
}
