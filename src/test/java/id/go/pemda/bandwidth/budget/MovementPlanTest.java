package id.go.pemda.bandwidth.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What moving an OPD's internet line does on a given day, by the APBD's instruments. */
class MovementPlanTest {

  private static final int FISCAL_YEAR = 2027;
  /** The APBD 2027 is adopted by 30 November 2026 (bandwidth.apbd-adopted-by). */
  private static final MonthDay ADOPTED_BY = MonthDay.parse("--11-30");
  private static final BudgetLine UNSPENT = BudgetLine.active("DISDUKCAPIL", FISCAL_YEAR, rupiah(72_000_000), rupiah(0));

  @Test
  void before_the_apbd_is_adopted_the_line_is_only_left_out_of_the_rka() {
    MovementPlan plan = planOn(LocalDate.parse("2026-11-29"), UNSPENT);

    assertThat(plan.instruments()).containsExactly(BudgetInstrument.RKA_NOT_PROPOSED);
    assertThat(plan.allows(BudgetInstrument.RKA_NOT_PROPOSED)).isTrue();
    assertThat(plan.allows(BudgetInstrument.PERGESERAN)).isFalse();
    assertThat(plan.allows(BudgetInstrument.APBD_PERUBAHAN)).isFalse();
  }

  @Test
  void within_the_fiscal_year_the_line_moves_by_pergeseran_or_in_the_apbd_perubahan_and_before_it_by_nothing() {
    MovementPlan onTheDay = planOn(LocalDate.parse("2026-11-30"), UNSPENT);
    MovementPlan newYear = planOn(LocalDate.parse("2027-01-01"), UNSPENT);
    MovementPlan inTheYear = planOn(LocalDate.parse("2027-08-17"), UNSPENT);
    MovementPlan yearOver = planOn(LocalDate.parse("2028-01-02"), UNSPENT);

    assertThat(onTheDay.period()).isEqualTo(ApbdPeriod.ADOPTED_BEFORE_YEAR);
    assertThat(onTheDay.instruments()).isEmpty();
    assertThat(onTheDay.period().instrumentsFrom(2027)).contains(LocalDate.parse("2027-01-01"));
    assertThat(newYear.instruments()).containsExactly(BudgetInstrument.PERGESERAN, BudgetInstrument.APBD_PERUBAHAN);
    assertThat(inTheYear.instruments()).containsExactly(BudgetInstrument.PERGESERAN, BudgetInstrument.APBD_PERUBAHAN);
    assertThat(yearOver.instruments()).isEmpty();
    assertThat(yearOver.period().instrumentsFrom(2027)).isEmpty();
  }

  @ParameterizedTest(name = "on {0} the form offers {1}")
  @CsvSource({
    "2026-01-01, RKA_NOT_PROPOSED",
    "2026-11-29, RKA_NOT_PROPOSED",
    "2026-11-30, ''",
    "2026-12-31, ''",
    "2027-01-01, PERGESERAN APBD_PERUBAHAN",
    "2027-12-31, PERGESERAN APBD_PERUBAHAN",
    "2028-01-01, ''"
  })
  void the_instrument_windows_the_form_filters_by_day_agree_with_the_period(LocalDate day, String offered) {
    List<BudgetInstrument> inWindow = ApbdPeriod.windows(2027, ADOPTED_BY).stream()
        .filter(window -> window.contains(day)).map(ApbdPeriod.InstrumentWindow::instrument).toList();

    assertThat(inWindow).isEqualTo(ApbdPeriod.of(day, 2027, ADOPTED_BY).instruments());
    assertThat(inWindow.stream().map(Enum::name).toList())
        .isEqualTo(offered.isBlank() ? List.of() : List.of(offered.split(" ")));
  }

  @Test
  void the_adoption_day_is_configurable() {
    MovementPlan lateApbd = MovementPlan.on(LocalDate.parse("2026-12-15"), UNSPENT, MonthDay.parse("--12-31"), List.of());

    assertThat(lateApbd.instruments()).containsExactly(BudgetInstrument.RKA_NOT_PROPOSED);
  }

  @ParameterizedTest(name = "moved on {0}: effective from {1}")
  @CsvSource({
    "2026-06-10, 2027-01-01",
    "2026-12-31, 2027-01-01",
    "2027-01-01, 2027-02-01",
    "2027-03-15, 2027-04-01",
    "2027-03-31, 2027-04-01"
  })
  void the_move_takes_effect_on_the_first_day_of_the_next_month_and_never_before_the_fiscal_year(
      LocalDate day, LocalDate effectiveFrom) {
    assertThat(planOn(day, UNSPENT).effectiveFrom()).isEqualTo(effectiveFrom);
  }

  @Test
  void only_the_unspent_remainder_moves() {
    BudgetLine halfPaid = BudgetLine.active("DISDUKCAPIL", FISCAL_YEAR, rupiah(72_000_000), rupiah(30_000_000));

    MovementPlan plan = planOn(LocalDate.parse("2027-06-10"), halfPaid);

    assertThat(plan.remaining()).isEqualByComparingTo("42000000");
    assertThat(plan.retained()).isEqualByComparingTo("0");
    assertThat(plan.moved()).isEqualByComparingTo("42000000");
    assertThat(plan.nothingToMove()).isFalse();
    assertThat(plan.describe())
        .isEqualTo("Berlaku mulai 1 Juli 2027. Sisa pagu Rp 42.000.000."
            + " Dipindahkan ke belanja jaringan pusat Diskominfo: Rp 42.000.000.");
  }

  @Test
  void a_site_still_on_its_own_isp_keeps_its_months_until_its_contract_ends() {
    MovementPlan.RetainedSite office = new MovementPlan.RetainedSite("Kantor Dinas", rupiah(2_500_000), LocalDate.parse("2027-03-31"));

    MovementPlan plan = MovementPlan.on(LocalDate.parse("2026-12-01"), UNSPENT, ADOPTED_BY, List.of(office));

    // January, February, March 2027
    assertThat(plan.retained()).isEqualByComparingTo("7500000");
    assertThat(plan.moved()).isEqualByComparingTo("64500000");
    assertThat(plan.describe())
        .isEqualTo("Berlaku mulai 1 Januari 2027. Sisa pagu Rp 72.000.000, tetap di OPD untuk titik yang masih memakai"
            + " jaringan sendiri Rp 7.500.000. Dipindahkan ke belanja jaringan pusat Diskominfo: Rp 64.500.000.");
  }

  @Test
  void an_exempted_site_keeps_its_months_until_its_exemption_ends_and_a_contract_past_the_year_keeps_the_year() {
    MovementPlan.RetainedSite exempted = new MovementPlan.RetainedSite("Puskesmas Sempaja", rupiah(1_000_000), LocalDate.parse("2027-06-15"));
    MovementPlan.RetainedSite longContract = new MovementPlan.RetainedSite("UPTD Air", rupiah(500_000), LocalDate.parse("2028-06-30"));

    MovementPlan plan = MovementPlan.on(LocalDate.parse("2027-02-10"), UNSPENT, ADOPTED_BY, List.of(exempted, longContract));

    // from 1 March 2027: March to June started (4 months) and March to December (10 months)
    assertThat(plan.effectiveFrom()).isEqualTo(LocalDate.parse("2027-03-01"));
    assertThat(plan.retained()).isEqualByComparingTo("9000000");
    assertThat(plan.moved()).isEqualByComparingTo("63000000");
  }

  @Test
  void a_contract_ending_before_the_move_takes_effect_retains_nothing() {
    MovementPlan.RetainedSite ended = new MovementPlan.RetainedSite("Kantor Dinas", rupiah(2_500_000), LocalDate.parse("2026-12-31"));

    MovementPlan plan = MovementPlan.on(LocalDate.parse("2026-12-01"), UNSPENT, ADOPTED_BY, List.of(ended));

    assertThat(plan.retained()).isEqualByComparingTo("0");
    assertThat(plan.moved()).isEqualByComparingTo("72000000");
  }

  @Test
  void before_the_survey_the_whole_remainder_stays_with_the_opd_and_the_text_says_why() {
    BudgetLine partlySpent = BudgetLine.active("DISDUKCAPIL", FISCAL_YEAR, rupiah(72_000_000), rupiah(12_000_000));

    MovementPlan plan = MovementPlan.on(LocalDate.parse("2027-02-10"), partlySpent, ADOPTED_BY,
        List.of(MovementPlan.RetainedSite.unsurveyed(partlySpent)));

    assertThat(plan.retained()).isEqualByComparingTo("60000000");
    assertThat(plan.moved()).isEqualByComparingTo("0");
    assertThat(plan.describe()).endsWith("Tidak ada yang dipindahkan: sisa pagu membayar titik yang belum tersambung ke"
        + " jaringan pusat (uji terima belum ada); jaringan sendiri tetap dibayar sampai titiknya diterima.");
  }

  @Test
  void what_is_retained_never_exceeds_the_remainder() {
    BudgetLine almostPaid = BudgetLine.active("DISDUKCAPIL", FISCAL_YEAR, rupiah(72_000_000), rupiah(70_000_000));
    MovementPlan.RetainedSite office = new MovementPlan.RetainedSite("Kantor Dinas", rupiah(2_500_000), LocalDate.parse("2027-12-31"));

    MovementPlan plan = MovementPlan.on(LocalDate.parse("2027-02-10"), almostPaid, ADOPTED_BY, List.of(office));

    assertThat(plan.retained()).isEqualByComparingTo("2000000");
    assertThat(plan.moved()).isEqualByComparingTo("0");
    assertThat(plan.nothingToMove()).isTrue();
  }

  @Test
  void a_fully_realized_line_moves_nothing_and_says_why() {
    BudgetLine paid = BudgetLine.active("DISDUKCAPIL", FISCAL_YEAR, rupiah(72_000_000), rupiah(72_000_000));

    MovementPlan plan = planOn(LocalDate.parse("2027-09-01"), paid);

    assertThat(plan.remaining()).isEqualByComparingTo("0");
    assertThat(plan.moved()).isEqualByComparingTo("0");
    assertThat(plan.nothingToMove()).isTrue();
    assertThat(plan.describe())
        .isEqualTo("Berlaku mulai 1 Oktober 2027. Sisa pagu Rp 0. Tidak ada yang dipindahkan: pagu sudah terealisasi"
            + " atau terikat kontrak seluruhnya; tahun anggaran berikutnya tidak dianggarkan lagi di OPD.");
  }

  @Test
  void a_line_realized_beyond_its_pagu_has_no_negative_remainder() {
    BudgetLine overspent = BudgetLine.active("DISDUKCAPIL", FISCAL_YEAR, rupiah(72_000_000), rupiah(80_000_000));

    assertThat(planOn(LocalDate.parse("2027-09-01"), overspent).moved()).isEqualByComparingTo("0");
  }

  @Test
  void fifteen_digit_amounts_stay_exact() {
    BudgetLine large = BudgetLine.active("SETDA", FISCAL_YEAR, new BigDecimal("987654321012345"), new BigDecimal("12345"));
    MovementPlan.RetainedSite office = new MovementPlan.RetainedSite("Kantor", new BigDecimal("333333333333"), LocalDate.parse("2027-03-31"));

    MovementPlan plan = MovementPlan.on(LocalDate.parse("2026-12-01"), large, ADOPTED_BY, List.of(office));

    assertThat(plan.retained()).isEqualTo(new BigDecimal("999999999999"));
    assertThat(plan.moved()).isEqualTo(new BigDecimal("986654321000001"));
  }

  @ParameterizedTest(name = "{0} to {1}: {2} months")
  @CsvSource({
    "2027-01-01, 2027-01-01, 1",
    "2027-01-01, 2027-01-31, 1",
    "2027-01-01, 2027-02-01, 2",
    "2027-01-01, 2027-03-31, 3",
    "2027-04-01, 2027-12-31, 9",
    "2027-01-01, 2028-06-30, 12",
    "2027-04-01, 2027-03-31, 0"
  })
  void a_started_month_of_the_fiscal_year_counts(LocalDate from, LocalDate until, long months) {
    assertThat(MovementPlan.months(from, until, FISCAL_YEAR)).isEqualTo(months);
  }

  @ParameterizedTest(name = "effective {0}, contract until {1}: paid until {2}")
  @CsvSource({
    "2027-01-01, 2027-03-31, 2027-03-31",
    "2027-04-01, 2027-02-28, 2027-03-31",
    "2027-01-01, 2028-06-30, 2027-12-31",
    "2027-01-01, , 2027-12-31"
  })
  void a_retained_site_is_paid_until_its_contract_ends_within_the_year_and_at_least_until_the_move(
      LocalDate effectiveFrom, LocalDate until, LocalDate paidUntil) {
    assertThat(MovementPlan.paidUntil(effectiveFrom, until, FISCAL_YEAR)).isEqualTo(paidUntil);
  }

  private static MovementPlan planOn(LocalDate day, BudgetLine line) {
    return MovementPlan.on(day, line, ADOPTED_BY, List.of());
  }

  private static BigDecimal rupiah(long amount) {
    return BigDecimal.valueOf(amount);
  }
}
