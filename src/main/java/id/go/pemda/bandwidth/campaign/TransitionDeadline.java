package id.go.pemda.bandwidth.campaign;

import id.go.pemda.bandwidth.shared.PemdaZone;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * Double spending is tolerated only until the end of the year before the fiscal year the
 * campaign targets: the default deadline is 31 December of that year, 23:59 in the Pemda's own
 * zone (WIB, WITA or WIT).
 */
public final class TransitionDeadline {

  private static final LocalTime END_OF_DAY = LocalTime.of(23, 59);

  private TransitionDeadline() {}

  public static Instant defaultFor(int fiscalYear, PemdaZone zone) {
    return endOf(LocalDate.of(fiscalYear - 1, 12, 31), zone);
  }

  /** A deadline given as a date means the end of that day in the Pemda's zone. */
  public static Instant endOf(LocalDate day, PemdaZone zone) {
    return zone.at(day, END_OF_DAY);
  }
}
