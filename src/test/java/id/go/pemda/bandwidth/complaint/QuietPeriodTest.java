package id.go.pemda.bandwidth.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class QuietPeriodTest {

  private static final Instant PERIOD_START = Instant.parse("2027-01-04T00:00:00Z");
  private static final Duration STRETCH = Duration.ofDays(30);

  @Test
  void no_complaint_before_the_stretch_has_passed_keeps_the_period_open_until_its_end() {
    QuietPeriod quiet =
        QuietPeriod.evaluate(PERIOD_START, STRETCH, 0, Optional.empty(), PERIOD_START.plus(Duration.ofDays(10)));

    assertThat(quiet.over()).isFalse();
    assertThat(quiet.nextCheckAt()).isEqualTo(PERIOD_START.plus(STRETCH));
    assertThat(quiet.openComplaints()).isZero();
  }

  @Test
  void no_complaint_after_the_stretch_ends_the_period() {
    QuietPeriod quiet =
        QuietPeriod.evaluate(PERIOD_START, STRETCH, 0, Optional.empty(), PERIOD_START.plus(Duration.ofDays(31)));

    assertThat(quiet.over()).isTrue();
    assertThat(quiet.nextCheckAt()).isEqualTo(PERIOD_START.plus(STRETCH));
  }

  @Test
  void open_complaint_keeps_the_period_open_and_checks_again_one_stretch_later() {
    Instant now = PERIOD_START.plus(Duration.ofDays(45));

    QuietPeriod quiet = QuietPeriod.evaluate(PERIOD_START, STRETCH, 2, Optional.empty(), now);

    assertThat(quiet).isEqualTo(new QuietPeriod(false, now.plus(STRETCH), 2));
  }

  @Test
  void open_complaint_wins_over_an_old_close() {
    Instant now = PERIOD_START.plus(Duration.ofDays(90));

    QuietPeriod quiet =
        QuietPeriod.evaluate(PERIOD_START, STRETCH, 1, Optional.of(PERIOD_START.plus(Duration.ofDays(5))), now);

    assertThat(quiet).isEqualTo(new QuietPeriod(false, now.plus(STRETCH), 1));
  }

  @Test
  void close_after_period_start_restarts_the_stretch() {
    Instant closedAt = PERIOD_START.plus(Duration.ofDays(20));

    QuietPeriod quiet =
        QuietPeriod.evaluate(PERIOD_START, STRETCH, 0, Optional.of(closedAt), PERIOD_START.plus(Duration.ofDays(31)));

    assertThat(quiet).isEqualTo(new QuietPeriod(false, closedAt.plus(STRETCH), 0));
  }

  @Test
  void close_after_period_start_ends_the_period_one_stretch_after_the_close() {
    Instant closedAt = PERIOD_START.plus(Duration.ofDays(20));

    QuietPeriod quiet =
        QuietPeriod.evaluate(PERIOD_START, STRETCH, 0, Optional.of(closedAt), closedAt.plus(Duration.ofDays(31)));

    assertThat(quiet.over()).isTrue();
    assertThat(quiet.nextCheckAt()).isEqualTo(closedAt.plus(STRETCH));
  }

  @Test
  void close_before_period_start_is_ignored() {
    Optional<Instant> closedBefore = Optional.of(PERIOD_START.minus(Duration.ofDays(3)));

    QuietPeriod quiet =
        QuietPeriod.evaluate(PERIOD_START, STRETCH, 0, closedBefore, PERIOD_START.plus(Duration.ofDays(29)));

    assertThat(quiet).isEqualTo(new QuietPeriod(false, PERIOD_START.plus(STRETCH), 0));
  }

  @Test
  void close_exactly_at_period_start_counts_from_period_start() {
    QuietPeriod quiet =
        QuietPeriod.evaluate(PERIOD_START, STRETCH, 0, Optional.of(PERIOD_START), PERIOD_START.plus(STRETCH));

    assertThat(quiet).isEqualTo(new QuietPeriod(true, PERIOD_START.plus(STRETCH), 0));
  }

  @Test
  void now_exactly_at_the_end_counts_as_over() {
    Instant endsAt = PERIOD_START.plus(STRETCH);

    assertThat(QuietPeriod.evaluate(PERIOD_START, STRETCH, 0, Optional.empty(), endsAt).over()).isTrue();
    assertThat(QuietPeriod.evaluate(PERIOD_START, STRETCH, 0, Optional.empty(), endsAt.minusMillis(1)).over())
        .isFalse();
  }
}
