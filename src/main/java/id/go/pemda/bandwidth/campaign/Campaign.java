package id.go.pemda.bandwidth.campaign;

import java.time.Duration;
import java.time.Instant;
import org.springframework.data.annotation.Id;

/**
 * Diskominfo's transition campaign for one fiscal year.
 *
 * @param transitionDeadline when every OPD must be through; later ones go to the Sekda
 */
public record Campaign(
    @Id Long id,
    int fiscalYear,
    String quietPeriod,
    String startedBy,
    Instant startedAt,
    Instant transitionDeadline) {

  public Duration quietPeriodDuration() {
    return Duration.parse(quietPeriod);
  }
}
