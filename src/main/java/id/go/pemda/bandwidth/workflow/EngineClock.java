package id.go.pemda.bandwidth.workflow;

import java.time.Instant;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The time as the process engine sees it. Domain services read the same clock as the
 * engine's timers, so a test that moves the engine clock moves the whole application.
 */
public final class EngineClock {

  private EngineClock() {}

  public static Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }
}
