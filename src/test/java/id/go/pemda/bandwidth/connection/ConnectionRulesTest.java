package id.go.pemda.bandwidth.connection;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.pemda.bandwidth.shared.FieldError;
import id.go.pemda.bandwidth.shared.PemdaZone;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * The date windows of connecting a site, without an engine: on a fixed clock, 10 March 2027 in
 * WITA (02:00 UTC), every rule's edge day is accepted or refused under the command's field.
 */
class ConnectionRulesTest {

  private static final Clock CLOCK = Clock.fixed(Instant.parse("2027-03-10T02:00:00Z"), ZoneOffset.UTC);
  private static final LocalDate TODAY = PemdaZone.WITA.today(CLOCK);
  private static final LocalDate INSTALLED_ON = LocalDate.parse("2027-03-01");

  @Test
  void the_clock_reads_today_in_wita() {
    assertThat(TODAY).isEqualTo(LocalDate.parse("2027-03-10"));
  }

  @Test
  void an_installation_is_reported_once_it_happened() {
    assertThat(installation(TODAY).check(TODAY).list()).isEmpty();
    assertThat(installation(TODAY.plusDays(1)).check(TODAY).list())
        .containsExactly(new FieldError("installedOn", "tidak boleh setelah hari ini"));
  }

  @Test
  void a_link_is_accepted_between_its_installation_and_today() {
    assertThat(acceptance(INSTALLED_ON).check(INSTALLED_ON, TODAY).list()).isEmpty();
    assertThat(acceptance(TODAY).check(INSTALLED_ON, TODAY).list()).isEmpty();
    FieldError outside = new FieldError("acceptedOn", "antara tanggal instalasi (1 Maret 2027) dan hari ini");
    assertThat(acceptance(INSTALLED_ON.minusDays(1)).check(INSTALLED_ON, TODAY).list()).containsExactly(outside);
    assertThat(acceptance(TODAY.plusDays(1)).check(INSTALLED_ON, TODAY).list()).containsExactly(outside);
  }

  @Test
  void icon_plus_promises_a_day_still_to_come_meaning_the_end_of_that_working_day() {
    ChaseOutcome promise = new ChaseOutcome(ChaseDecision.KEEP_WAITING, TODAY.plusDays(1), null);

    assertThat(promise.check(TODAY).list()).isEmpty();
    assertThat(promise.promisedDueAt(PemdaZone.WITA)).isEqualTo(Instant.parse("2027-03-11T09:00:00Z"));
    assertThat(new ChaseOutcome(ChaseDecision.KEEP_WAITING, TODAY, null).check(TODAY).list())
        .containsExactly(new FieldError("promisedDate", "harus setelah hari ini"));
    assertThat(new ChaseOutcome(ChaseDecision.CANCEL_ORDER, null, "Tiang belum tersedia").check(TODAY).list()).isEmpty();
  }

  @Test
  void at_an_exemptions_end_an_extension_ends_on_a_day_still_to_come_within_the_next_fiscal_year() {
    assertThat(new ExemptionEndOutcome(ExemptionEndDecision.CONNECT, null).check(TODAY, 2027).list()).isEmpty();
    assertThat(new ExemptionEndOutcome(ExemptionEndDecision.EXTEND, TODAY.plusDays(1)).check(TODAY, 2027).list()).isEmpty();
    FieldError bound = new FieldError("newExemptedUntil", "harus setelah hari ini dan paling lambat 31 Desember 2028");
    assertThat(new ExemptionEndOutcome(ExemptionEndDecision.EXTEND, TODAY).check(TODAY, 2027).list()).containsExactly(bound);
    assertThat(new ExemptionEndOutcome(ExemptionEndDecision.EXTEND, LocalDate.parse("2029-01-01")).check(TODAY, 2027).list())
        .containsExactly(bound);
    assertThat(new ExemptionEndOutcome(ExemptionEndDecision.EXTEND, null).check(TODAY, 2027).list()).containsExactly(bound);
  }

  @Test
  void at_an_exemptions_end_an_extension_is_open_only_while_a_day_up_to_its_latest_day_remains() {
    LocalDate latest = LocalDate.parse("2028-12-31");
    assertThat(ExemptionEndOutcome.open(latest.minusDays(1), 2027))
        .containsExactly(ExemptionEndDecision.CONNECT, ExemptionEndDecision.EXTEND);
    assertThat(ExemptionEndOutcome.open(latest, 2027)).containsExactly(ExemptionEndDecision.CONNECT);
    assertThat(new ExemptionEndOutcome(ExemptionEndDecision.EXTEND, latest.plusDays(30)).check(latest.plusDays(1), 2027).list())
        .containsExactly(new FieldError("exemptionEndDecision",
            "pengecualian tidak dapat diperpanjang lagi: batas 31 Desember 2028 sudah tercapai"));
    assertThat(new ExemptionEndOutcome(ExemptionEndDecision.CONNECT, null).check(latest.plusDays(1), 2027).list()).isEmpty();
  }

  @Test
  void a_proposed_exemption_ends_on_a_day_still_to_come() {
    assertThat(failedOrder(FailedOrderDecision.EXEMPTION, TODAY.plusDays(1)).check(TODAY).list()).isEmpty();
    assertThat(failedOrder(FailedOrderDecision.EXEMPTION, TODAY).check(TODAY).list())
        .containsExactly(new FieldError("proposedExemptionUntil", "harus setelah hari ini"));
    assertThat(failedOrder(FailedOrderDecision.RESEND, null).check(TODAY).list()).isEmpty();
  }

  @Test
  void the_decision_log_keeps_the_reason_of_the_way_chosen() {
    assertThat(failedOrder(FailedOrderDecision.OTHER_SOLUTION, null).reason()).isEqualTo("Radio");
    assertThat(failedOrder(FailedOrderDecision.EXEMPTION, TODAY.plusDays(1)).reason()).isEqualTo("Jalur belum ada");
    assertThat(failedOrder(FailedOrderDecision.RESEND, null).reason()).isNull();
  }

  @Test
  void an_exemption_ends_after_today_and_at_the_latest_at_the_end_of_the_following_fiscal_year() {
    FieldError outside = new FieldError("exemptedUntil", "harus setelah hari ini dan paling lambat 31 Desember 2028");
    assertThat(exemption(LocalDate.parse("2028-12-31")).check(TODAY, 2027).list()).isEmpty();
    assertThat(exemption(LocalDate.parse("2029-01-01")).check(TODAY, 2027).list()).containsExactly(outside);
    assertThat(exemption(TODAY).check(TODAY, 2027).list()).containsExactly(outside);
    assertThat(new ExemptionOutcome(ExemptionDecision.REJECT, null).check(TODAY, 2027).list()).isEmpty();
  }

  private static ConnectionOrder.Installation installation(LocalDate installedOn) {
    return new ConnectionOrder.Installation(installedOn, "ICP-SMR-001", 50, "diskominfo");
  }

  private static SiteConnection.Acceptance acceptance(LocalDate acceptedOn) {
    return new SiteConnection.Acceptance(acceptedOn, "BAUT/001/2027");
  }

  private static FailedOrderOutcome failedOrder(FailedOrderDecision decision, LocalDate until) {
    return new FailedOrderOutcome(decision, "Radio", until, "Jalur belum ada");
  }

  private static ExemptionOutcome exemption(LocalDate until) {
    return new ExemptionOutcome(ExemptionDecision.APPROVE, until);
  }
}
