package id.go.pemda.bandwidth.complaint;

import id.go.pemda.bandwidth.shared.PemdaZone;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;

/**
 * When a response is due. Hours run round the clock (a dead link is urgent on a Sunday too);
 * whole days are working days in the Pemda's zone, Monday to Friday, so "1 day" filed on Friday afternoon
 * is due Monday afternoon. Public holidays are not known to the application.
 */
public final class ResponseDeadline {

  private ResponseDeadline() {}

  public static Instant after(Instant filedAt, Duration responseTime, PemdaZone zone) {
    if (responseTime.toHours() % 24 != 0 || responseTime.isZero()) {
      return filedAt.plus(responseTime);
    }
    ZonedDateTime due = filedAt.atZone(zone.zone());
    long workingDays = responseTime.toDays();
    while (workingDays > 0) {
      due = due.plusDays(1);
      if (due.getDayOfWeek() != DayOfWeek.SATURDAY && due.getDayOfWeek() != DayOfWeek.SUNDAY) {
        workingDays--;
      }
    }
    return due.toInstant();
  }
}
