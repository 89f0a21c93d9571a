package id.go.pemda.bandwidth.shared;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Indonesia's three time zones. Every Pemda lives in one (its settings, {@code tenant.PemdaSettings}):
 * its deadlines end at its own 17:00 or 23:59, its "today" is its own, and every time shown to
 * its users reads the way an Indonesian letter writes it, "29 November 2026 10.00 WITA".
 */
public enum PemdaZone {
  /** Waktu Indonesia Barat, UTC+7: Sumatra, Java, West and Central Kalimantan. */
  WIB("Asia/Jakarta"),
  /** Waktu Indonesia Tengah, UTC+8: Bali, Nusa Tenggara, South, East and North Kalimantan, Sulawesi. */
  WITA("Asia/Makassar"),
  /** Waktu Indonesia Timur, UTC+9: Maluku and Papua. */
  WIT("Asia/Jayapura");

  private static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", INDONESIAN);

  private final ZoneId zone;
  private final DateTimeFormatter moment;

  PemdaZone(String zoneId) {
    this.zone = ZoneId.of(zoneId);
    this.moment = DateTimeFormatter.ofPattern("d MMMM yyyy HH.mm '" + name() + "'", Locale.forLanguageTag("id-ID")).withZone(zone);
  }

  public ZoneId zone() {
    return zone;
  }

  /** A moment as the Pemda's users read it: "29 November 2026 10.00 WITA"; "-" for none. */
  public String format(Instant instant) {
    return instant == null ? "-" : moment.format(instant);
  }

  /** A day as a letter writes it, "29 November 2026"; "-" for none. A day has no zone. */
  public static String formatDate(LocalDate day) {
    return day == null ? "-" : DAY.format(day);
  }

  /** Today in this zone by the application's clock. */
  public LocalDate today(Clock clock) {
    return clock.instant().atZone(zone).toLocalDate();
  }

  /** The day of a moment in this zone. */
  public LocalDate dayOf(Instant instant) {
    return instant.atZone(zone).toLocalDate();
  }

  /** That time of that day in this zone. */
  public Instant at(LocalDate day, LocalTime time) {
    return day.atTime(time).atZone(zone).toInstant();
  }
}
