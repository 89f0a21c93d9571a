package id.go.pemda.bandwidth.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.pemda.bandwidth.shared.PemdaZone;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ResponseDeadlineTest {

  @ParameterizedTest(name = "filed {0} + {1} → {2}")
  @CsvSource({
    // hours run round the clock, weekends included
    "2026-11-06T08:00:00Z, PT4H, 2026-11-06T12:00:00Z",
    "2026-11-07T08:00:00Z, PT2H, 2026-11-07T10:00:00Z",
    // days are working days in WITA: Friday 15:00 WITA + 1 day = Monday 15:00 WITA
    "2026-11-06T07:00:00Z, P1D, 2026-11-09T07:00:00Z",
    "2026-11-04T01:00:00Z, P1D, 2026-11-05T01:00:00Z",
    "2026-11-04T01:00:00Z, P3D, 2026-11-09T01:00:00Z",
    // Friday 23:30 WITA is still Friday in Samarinda though it is Friday 15:30 UTC
    "2026-11-06T15:30:00Z, P1D, 2026-11-09T15:30:00Z",
    // Saturday 01:00 WITA (Friday 17:00 UTC): the weekend does not count, due Monday 01:00 WITA
    "2026-11-06T17:00:00Z, P1D, 2026-11-08T17:00:00Z"
  })
  void response_is_due(Instant filedAt, Duration responseTime, Instant due) {
    assertThat(ResponseDeadline.after(filedAt, responseTime, PemdaZone.WITA)).isEqualTo(due);
  }
}
