package id.go.pemda.bandwidth.shared;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Samarinda's time zone (UTC+8): every time shown to a user is in WITA and reads the way an
 * Indonesian letter writes it, "29 November 2026 10.00 WITA".
 */
public final class Wita {

  public static final ZoneId ZONE = ZoneId.of("Asia/Makassar");
  private static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");
  private static final DateTimeFormatter MOMENT =
      DateTimeFormatter.ofPattern("d MMMM yyyy HH.mm 'WITA'", INDONESIAN).withZone(ZONE);
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", INDONESIAN);

  private Wita() {}

  public static String format(Instant instant) {
    return instant == null ? "-" : MOMENT.format(instant);
  }

  public static String formatDate(LocalDate day) {
    return day == null ? "-" : DAY.format(day);
  }

  /** Today in WITA by the application's clock. */
  public static LocalDate today(Clock clock) {
    return clock.instant().atZone(ZONE).toLocalDate();
  }
}
