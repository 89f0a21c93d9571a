package id.go.pemda.bandwidth.process;

import id.go.pemda.bandwidth.shared.DueDate;
import java.time.Clock;
import java.util.Date;
import org.springframework.stereotype.Component;

/**
 * The models' due dates of user tasks, shown in Tasklist:
 * {@code camunda:dueDate="${dueDates.inDays(3)}"} is the end of the third day from today in the
 * Pemda's time, by the engine's clock ({@link DueDate}).
 */
@Component("dueDates")
public class DueDates {

  private final Clock clock;

  public DueDates(Clock clock) {
    this.clock = clock;
  }

  public Date inDays(int days) {
    return Date.from(DueDate.endOfDayIn(clock, days));
  }
}
