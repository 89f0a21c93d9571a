package id.go.pemda.bandwidth.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The months a site pays both its own ISP and the central network. */
class DoubleSpendingTest {

  private static final BigDecimal OWN = new BigDecimal("2500000");
  private static final BigDecimal CENTRAL = new BigDecimal("1500000");

  @ParameterizedTest(name = "{0} to {1}: {2} months")
  @CsvSource({
    "2026-11-20, 2026-12-31, 2",
    "2026-11-01, 2026-12-01, 1",
    "2026-11-01, 2026-11-01, 1",
    "2026-11-20, 2027-11-20, 12",
    "2026-11-20, 2027-11-21, 13",
    "2026-12-31, 2026-11-30, 0"
  })
  void a_started_month_counts(LocalDate from, LocalDate until, long months) {
    assertThat(overlap(from, until).months()).isEqualTo(months);
  }

  @Test
  void the_extra_cost_is_the_own_isp_for_each_overlapping_month() {
    DoubleSpending overlap = overlap(LocalDate.parse("2026-11-20"), LocalDate.parse("2026-12-31"));

    assertThat(overlap.extraCost()).isEqualTo(new BigDecimal("5000000"));
    assertThat(overlap.describe())
        .isEqualTo("Kantor Dinas: 20 November 2026 s.d. 31 Desember 2026 (2 bulan), Rp 5.000.000");
  }

  @Test
  void no_overlap_before_the_link_is_accepted() {
    DoubleSpending none = overlap(null, LocalDate.parse("2026-12-31"));

    assertThat(none.months()).isZero();
    assertThat(none.extraCost()).isEqualByComparingTo("0");
    assertThat(none.describe()).isEqualTo("Kantor Dinas: belum diterima");
  }

  @Test
  void a_contract_ended_before_the_acceptance_costs_nothing_twice() {
    DoubleSpending none = overlap(LocalDate.parse("2027-01-10"), LocalDate.parse("2026-12-31"));

    assertThat(none.extraCost()).isEqualByComparingTo("0");
    assertThat(none.describe())
        .isEqualTo("Kantor Dinas: tidak ada biaya ganda (kontrak ISP lama berakhir 31 Desember 2026)");
  }

  @Test
  void fifteen_digit_amounts_stay_exact() {
    DoubleSpending large = new DoubleSpending("Kantor", LocalDate.parse("2027-01-01"), LocalDate.parse("2027-03-31"),
        new BigDecimal("333333333333333"), CENTRAL);

    assertThat(large.extraCost()).isEqualTo(new BigDecimal("999999999999999"));
  }

  private static DoubleSpending overlap(LocalDate from, LocalDate until) {
    return new DoubleSpending("Kantor Dinas", from, until, OWN, CENTRAL);
  }
}
