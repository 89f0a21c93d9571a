package id.go.pemda.bandwidth.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class DueDateTest {

  @Test
  void a_task_is_due_at_the_end_of_the_day_so_many_days_on_in_the_pemdas_time() {
    // Monday 7 December 2026, 23.30 WITA: already Monday night in Samarinda
    Clock clock = Clock.fixed(Instant.parse("2026-12-07T15:30:00Z"), ZoneOffset.UTC);

    assertThat(DueDate.endOfDayIn(clock, PemdaZone.WITA, 3)).isEqualTo(Instant.parse("2026-12-10T15:59:00Z"));
    assertThat(DueDate.endOfDayIn(clock, PemdaZone.WITA, 0)).isEqualTo(Instant.parse("2026-12-07T15:59:00Z"));
    // 22.30 WIB on the same Monday: three days on is Thursday 23.59 WIB, an hour later in UTC
    assertThat(DueDate.endOfDayIn(clock, PemdaZone.WIB, 3)).isEqualTo(Instant.parse("2026-12-10T16:59:00Z"));
  }

  @Test
  void a_due_date_is_never_in_the_past() {
    assertThatThrownBy(() -> DueDate.endOfDayIn(Clock.systemUTC(), PemdaZone.WITA, -1)).isInstanceOf(IllegalArgumentException.class);
  }
}
