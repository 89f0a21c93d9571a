package id.go.pemda.bandwidth.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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
    assertThat(new DoubleSpending(from, until, OWN, CENTRAL).months()).isEqualTo(months);
  }

  @Test
  void the_extra_cost_is_the_own_isp_for_each_overlapping_month() {
    DoubleSpending overlap =
        new DoubleSpending(LocalDate.parse("2026-11-20"), LocalDate.parse("2026-12-31"), OWN, CENTRAL);

    assertThat(overlap.extraCost()).isEqualTo(new BigDecimal("5000000"));
    assertThat(overlap.describe())
        .isEqualTo(
            "2026-11-20 s.d. 2026-12-31 (2 bulan): ISP sendiri Rp 2.500.000/bulan + jaringan pusat Rp 1.500.000/bulan;"
                + " biaya ganda Rp 5.000.000");
  }

  @Test
  void no_overlap_before_the_link_is_accepted() {
    DoubleSpending none = new DoubleSpending(null, LocalDate.parse("2026-12-31"), OWN, CENTRAL);

    assertThat(none.months()).isZero();
    assertThat(none.describe()).isEqualTo("Belum ada: jaringan pusat belum diterima OPD");
  }
}
