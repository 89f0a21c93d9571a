package id.go.pemda.bandwidth.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.pemda.bandwidth.shared.FieldError;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** When a reported problem may have happened, for Tasklist and the API alike, on a fixed clock. */
class ComplaintReportTest {

  private static final Clock CLOCK = Clock.fixed(Instant.parse("2027-01-02T02:00:00Z"), ZoneOffset.UTC);
  private static final Instant NOW = CLOCK.instant();

  @Test
  void a_problem_of_the_last_year_or_of_no_given_time_is_taken() {
    assertThat(reportAt(NOW).check(NOW).list()).isEmpty();
    assertThat(reportAt(NOW.minus(Duration.ofDays(365))).check(NOW).list()).isEmpty();
    assertThat(reportAt(null).check(NOW).list()).isEmpty();
  }

  @Test
  void a_problem_has_happened_already() {
    assertThat(reportAt(NOW.plusSeconds(60)).check(NOW).list())
        .containsExactly(new FieldError("occurredAt", "tidak boleh di masa depan"));
  }

  @Test
  void a_problem_older_than_a_year_is_history_not_a_complaint() {
    assertThat(reportAt(NOW.minus(Duration.ofDays(366))).check(NOW).list())
        .containsExactly(new FieldError("occurredAt", "tidak boleh lebih dari satu tahun yang lalu"));
  }

  private static Complaint.Report reportAt(Instant occurredAt) {
    return new Complaint.Report(ComplaintCategory.SLOW, "Lambat sejak pagi", occurredAt, "operator", ComplaintChannel.API);
  }
}
