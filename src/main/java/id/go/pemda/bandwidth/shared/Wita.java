package id.go.pemda.bandwidth.shared;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Samarinda's time zone (UTC+8): every time shown to a user is in WITA. */
public final class Wita {

  public static final ZoneId ZONE = ZoneId.of("Asia/Makassar");
  private static final DateTimeFormatter DISPLAY =
      DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm 'WITA'").withZone(ZONE);

  private Wita() {}

  public static String format(Instant instant) {
    return instant == null ? "-" : DISPLAY.format(instant);
  }

  /** Today in WITA by the application's clock. */
  public static LocalDate today(Clock clock) {
    return clock.instant().atZone(ZONE).toLocalDate();
  }
}
