package id.go.pemda.bandwidth.shared;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;

/**
 * When a task is due: the end of the day (23.59) so many days from today, in the Pemda's time
 * (its own zone), so a task given three days on Monday morning is
 * due on Thursday night however late on Monday it opened.
 */
public final class DueDate {

  private static final LocalTime END_OF_DAY = LocalTime.of(23, 59);

  private DueDate() {}

  public static Instant endOfDayIn(Clock clock, PemdaZone zone, int days) {
    if (days < 0) {
      throw new IllegalArgumentException("days must not be negative: " + days);
    }
    return zone.at(zone.today(clock).plusDays(days), END_OF_DAY);
  }
}
