package id.go.pemda.bandwidth.campaign;

import java.time.Duration;
import java.time.Instant;
import org.springframework.data.annotation.Id;

/** Diskominfo's transition campaign for one fiscal year. */
public record Campaign(
    @Id Long id, int fiscalYear, String quietPeriod, String startedBy, Instant startedAt) {

  public Duration quietPeriodDuration() {
    return Duration.parse(quietPeriod);
  }
}
