package id.go.pemda.bandwidth.transition;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.pemda.bandwidth.shared.FieldError;
import id.go.pemda.bandwidth.shared.PemdaZone;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The Sekda's extension of an overdue transition, without an engine, on a fixed clock (2 January 2027, WITA). */
class OverdueOutcomeTest {

  private static final Clock CLOCK = Clock.fixed(Instant.parse("2027-01-02T02:00:00Z"), ZoneOffset.UTC);
  private static final LocalDate TODAY = PemdaZone.WITA.today(CLOCK);
  private static final LocalDate LATEST = LocalDate.parse("2027-03-31");
  private static final FieldError OUTSIDE =
      new FieldError("newDeadline", "harus setelah hari ini dan paling lambat 31 Maret 2027");

  @Test
  void an_extension_ends_after_today_and_by_the_latest_day_of_the_fiscal_year() {
    assertThat(extendTo(TODAY.plusDays(1)).check(TODAY, LATEST).list()).isEmpty();
    assertThat(extendTo(LATEST).check(TODAY, LATEST).list()).isEmpty();
    assertThat(extendTo(TODAY).check(TODAY, LATEST).list()).containsExactly(OUTSIDE);
    assertThat(extendTo(LATEST.plusDays(1)).check(TODAY, LATEST).list()).containsExactly(OUTSIDE);
  }

  @Test
  void an_extension_is_open_only_while_a_day_after_today_is_within_the_latest_extension() {
    assertThat(OverdueOutcome.open(LATEST.minusDays(1), LATEST))
        .containsExactly(OverdueDecision.FORCE_REVOCATION, OverdueDecision.EXTEND);
    assertThat(OverdueOutcome.open(LATEST, LATEST)).containsExactly(OverdueDecision.FORCE_REVOCATION);
    assertThat(OverdueOutcome.open(LATEST.plusDays(1), LATEST)).containsExactly(OverdueDecision.FORCE_REVOCATION);
    // refused as the decision it is, whatever the date
    assertThat(extendTo(LATEST.plusDays(5)).check(LATEST.plusDays(1), LATEST).list()).containsExactly(
        new FieldError("overdueDecision", "tenggat tidak dapat diperpanjang lagi: batas perpanjangan 31 Maret 2027 sudah tercapai"));
    assertThat(new OverdueOutcome(OverdueDecision.FORCE_REVOCATION, null).check(LATEST.plusDays(1), LATEST).list()).isEmpty();
  }

  @Test
  void a_cut_needs_no_date() {
    assertThat(new OverdueOutcome(OverdueDecision.FORCE_REVOCATION, null).check(TODAY, LATEST).list()).isEmpty();
  }

  private static OverdueOutcome extendTo(LocalDate day) {
    return new OverdueOutcome(OverdueDecision.EXTEND, day);
  }
}
