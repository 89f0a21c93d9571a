package id.go.pemda.bandwidth.support;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The tests' one way to move time. The application reads the engine clock (through its
 * {@code java.time.Clock} bean), so the whole suite runs in its own calendar and passes on any
 * date of the machine: before the context starts (demo data included) and around every test,
 * time flows from {@link #EPOCH}; a test may stop it at an instant ({@link #to}) or jump ahead
 * ({@link #advance}), and it flows from the epoch again after the test.
 */
public final class TimeTravel implements BeforeEachCallback, AfterEachCallback,
    ApplicationContextInitializer<ConfigurableApplicationContext> {

  /** Sunday 1 November 2026, 09:00 WITA: the suite's "today". */
  public static final Instant EPOCH = Instant.parse("2026-11-01T01:00:00Z");

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    flowFromEpoch();
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    flowFromEpoch();
  }

  @Override
  public void afterEach(ExtensionContext context) {
    flowFromEpoch();
  }

  /** Stops time at {@code instant}, as the engine and the application see it. */
  public static void to(Instant instant) {
    ClockUtil.setCurrentTime(Date.from(instant));
  }

  /** Jumps ahead and stops there. */
  public static void advance(Duration duration) {
    to(now().plus(duration));
  }

  /**
   * BPKAD changes an adopted APBD only within its fiscal year (a pergeseran, the APBD Perubahan):
   * a test that records one in the year before first goes to 2 January of the fiscal year, 09.00
   * WITA. Later days stay as they are.
   */
  public static void intoFiscalYear(int fiscalYear) {
    Instant firstMorning = Instant.parse(fiscalYear + "-01-02T01:00:00Z");
    if (now().isBefore(firstMorning)) {
      to(firstMorning);
    }
  }

  public static Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }

  /** Time runs as on a real machine whose calendar says {@link #EPOCH} when the suite began. */
  private static void flowFromEpoch() {
    ClockUtil.offset(EPOCH.toEpochMilli() - System.currentTimeMillis());
  }
}
