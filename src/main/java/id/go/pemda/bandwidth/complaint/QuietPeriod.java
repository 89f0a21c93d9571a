package id.go.pemda.bandwidth.complaint;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The rule that ends an evaluation period: no complaint is open and a quiet stretch has passed
 * since the period started or the last complaint was closed, whichever is later. While a
 * complaint is open the period is checked again one stretch later; once the last one is closed
 * the next check lands exactly one stretch after that close.
 *
 * @param over whether the period may end now
 * @param nextCheckAt when to look again if it may not
 * @param openComplaints how many complaints are still open
 */
public record QuietPeriod(boolean over, Instant nextCheckAt, long openComplaints) {

  public static QuietPeriod evaluate(
      Instant periodStart, Duration stretch, long openComplaints, Optional<Instant> lastClosedAt, Instant now) {
    if (openComplaints > 0) {
      return new QuietPeriod(false, now.plus(stretch), openComplaints);
    }
    Instant quietSince =
        lastClosedAt.filter(closed -> closed.isAfter(periodStart)).orElse(periodStart);
    Instant endsAt = quietSince.plus(stretch);
    return new QuietPeriod(!now.isBefore(endsAt), endsAt, 0);
  }
}
