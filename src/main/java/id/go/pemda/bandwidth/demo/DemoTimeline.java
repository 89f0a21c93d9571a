package id.go.pemda.bandwidth.demo;

import id.go.pemda.bandwidth.shared.PemdaZone;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo's days: the engine clock set back to a day of the past, and what the job executor
 * would have run by then (due timers, asynchronous steps) run at once. The job executor itself
 * starts only when the application is ready, after the demo, and finds the clock back at now.
 */
final class DemoTimeline implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(DemoTimeline.class);
  private static final int ROUNDS = 50;
  /** The demo program is Samarinda's (a kota in Kalimantan Timur). */
  private static final PemdaZone SAMARINDA = PemdaZone.WITA;

  private final ManagementService management;
  private final Instant today = ClockUtil.getCurrentTime().toInstant();

  DemoTimeline(ManagementService management) {
    this.management = management;
  }

  int fiscalYearAfterToday() {
    return today.atZone(SAMARINDA.zone()).getYear() + 1;
  }

  void daysAgo(int days) {
    ClockUtil.setCurrentTime(Date.from(today.minus(Duration.ofDays(days))));
  }

  /** The demo's current day, in Samarinda (WITA). */
  LocalDate day() {
    return ClockUtil.getCurrentTime().toInstant().atZone(SAMARINDA.zone()).toLocalDate();
  }

  void runDueJobs() {
    for (int round = 0; round < ROUNDS; round++) {
      List<Job> due = management.createJobQuery().executable().list();
      if (due.isEmpty()) {
        return;
      }
      for (Job job : due) {
        try {
          management.executeJob(job.getId());
        } catch (RuntimeException e) {
          log.warn("Demo job {} failed and stays for the job executor: {}", job.getId(), e.getMessage());
        }
      }
    }
  }

  /** Back to now. */
  @Override
  public void close() {
    ClockUtil.reset();
  }
}
