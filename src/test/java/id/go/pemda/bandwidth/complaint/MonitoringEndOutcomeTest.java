package id.go.pemda.bandwidth.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.pemda.bandwidth.shared.FieldError;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The Kepala Diskominfo's word on a monitoring's end: when a confirmation or a restart is refused. */
class MonitoringEndOutcomeTest {

  private static final Instant ENDS_AT = Instant.parse("2027-02-03T00:00:00Z");
  private static final QuietPeriod OVER = new QuietPeriod(true, ENDS_AT, 0);
  private static final String ENDS_AT_TEXT = "3 Februari 2027 08.00 WITA";

  @Test
  void a_period_that_passed_without_complaints_may_be_confirmed_without_a_note() {
    MonitoringEndOutcome confirm = new MonitoringEndOutcome(MonitoringEndDecision.CONFIRM, null, null);

    assertThat(confirm.check(OVER, ENDS_AT_TEXT).isEmpty()).isTrue();
    assertThat(confirm.reason()).isNull();
  }

  @Test
  void a_confirmation_keeps_its_note_and_a_restart_its_reason() {
    assertThat(new MonitoringEndOutcome(MonitoringEndDecision.CONFIRM, "Aman", "ignored").reason()).isEqualTo("Aman");
    assertThat(new MonitoringEndOutcome(MonitoringEndDecision.RESTART, "ignored", "Gangguan via telepon").reason())
        .isEqualTo("Gangguan via telepon");
  }

  @Test
  void no_confirmation_while_a_complaint_is_open() {
    QuietPeriod open = new QuietPeriod(false, ENDS_AT, 2);

    assertThat(new MonitoringEndOutcome(MonitoringEndDecision.CONFIRM, null, null).check(open, ENDS_AT_TEXT).list())
        .extracting(FieldError::field, FieldError::message)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("monitoringEndDecision",
            "masih ada 2 keluhan terbuka; masa pemantauan belum selesai, pilih ulangi masa pemantauan"));
  }

  @Test
  void no_confirmation_when_a_complaint_closed_since_and_the_stretch_has_not_passed_again() {
    QuietPeriod notOver = new QuietPeriod(false, ENDS_AT, 0);

    assertThat(new MonitoringEndOutcome(MonitoringEndDecision.CONFIRM, null, null).check(notOver, ENDS_AT_TEXT).list())
        .singleElement()
        .satisfies(error -> assertThat(error.field()).isEqualTo("monitoringEndDecision"))
        .satisfies(error -> assertThat(error.message()).endsWith("baru berakhir " + ENDS_AT_TEXT));
  }

  @Test
  void a_restart_needs_its_reason_and_is_allowed_whatever_the_complaints() {
    assertThat(new MonitoringEndOutcome(MonitoringEndDecision.RESTART, null, " ").check(OVER, ENDS_AT_TEXT).list())
        .extracting(FieldError::field).containsExactly("restartReason");
    assertThat(new MonitoringEndOutcome(MonitoringEndDecision.RESTART, null, "Gangguan via telepon")
        .check(new QuietPeriod(false, ENDS_AT, 1), ENDS_AT_TEXT).isEmpty()).isTrue();
  }
}
