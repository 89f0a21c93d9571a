package id.go.pemda.bandwidth.process;

import id.go.pemda.bandwidth.shared.Wita;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The application's one clock: the process engine's. Services read the same time as the
 * engine's timers, so a test that moves the engine clock (see the tests' {@code TimeTravel})
 * moves the whole application, and nothing reads the machine's calendar on its own.
 */
public final class EngineTimeClock extends Clock {

  private final ZoneId zone;

  public EngineTimeClock() {
    this(Wita.ZONE);
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
