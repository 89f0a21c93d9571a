package id.go.pemda.bandwidth.support;

import id.go.pemda.bandwidth.workflow.ProcessVariable;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/** Small helpers for process tests: typed variable reads and the engine clock. */
public final class Processes {

  private Processes() {}

  public static <T> T variable(ProcessEngine engine, ProcessInstance instance, ProcessVariable<T> variable) {
    Object value = engine.getRuntimeService().getVariable(instance.getId(), variable.name());
    if (variable.type() == Long.class && value instanceof Number number) {
      return variable.type().cast(number.longValue());
    }
    return variable.type().cast(value);
  }

  public static Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }

  public static void setNow(Instant instant) {
    ClockUtil.setCurrentTime(Date.from(instant));
  }

  public static void advance(Duration duration) {
    setNow(now().plus(duration));
  }
}
