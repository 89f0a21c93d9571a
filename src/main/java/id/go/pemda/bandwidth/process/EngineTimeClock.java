package id.go.pemda.bandwidth.process;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The application's one clock: the process engine's. Services read the same time as the
 * engine's timers, so a test that moves the engine clock (see the tests' {@code TimeTravel})
 * moves the whole application, and nothing reads the machine's calendar on its own.
 */
public final class EngineTimeClock extends Clock {

  private final ZoneId zone;

  public EngineTimeClock() {
    // no one zone is the application's: each Pemda's days and times are in its own
    // (shared.PemdaZone, tenant.PemdaSettings); the clock gives instants
    this(ZoneOffset.UTC);
  }

  private EngineTimeClock(ZoneId zone) {
    this.zone = zone;
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId other) {
    return new EngineTimeClock(other);
  }

  @Override
  public Instant instant() {
    return ClockUtil.getCurrentTime().toInstant();
  }
}
