package id.go.pemda.bandwidth.support;

import id.go.pemda.bandwidth.process.ProcessVariable;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/** Typed variable reads for process tests. */
public final class Processes {

  private Processes() {}

  public static <T> T variable(ProcessEngine engine, ProcessInstance instance, ProcessVariable<T> variable) {
    Object value = engine.getRuntimeService().getVariable(instance.getId(), variable.name());
    if (variable.type() == Long.class && value instanceof Number number) {
      return variable.type().cast(number.longValue());
    }
    return variable.type().cast(value);
  }
}
