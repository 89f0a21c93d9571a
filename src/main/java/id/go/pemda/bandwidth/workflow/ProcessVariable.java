package id.go.pemda.bandwidth.workflow;

import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * One typed definition of a process variable: its name and Java type, used by delegates,
 * listeners, services and tests alike so that no variable name is spelled twice.
 */
public record ProcessVariable<T>(String name, Class<T> type) {

  public static <T> ProcessVariable<T> of(String name, Class<T> type) {
    return new ProcessVariable<>(name, type);
  }

  /** The value, or an exception naming the variable when it is missing. */
  public T from(VariableScope scope) {
    Object value = processScope(scope).getVariable(name);
    if (value == null) {
      throw new IllegalStateException("Process variable '" + name + "' is not set");
    }
    // ids arrive as Integer from clients that send small numbers
    if (type == Long.class && value instanceof Number number) {
      return type.cast(number.longValue());
    }
    return type.cast(value);
  }

  public void set(VariableScope scope, T value) {
    processScope(scope).setVariable(name, Objects.requireNonNull(value, name));
  }

  /**
   * A task keeps the submission of its form as its own variables, some named like the process's
   * (the form's "planDecision" and the decision the process routes on): the process's variables
   * are read and written through the task's execution, never the task.
   */
  private static VariableScope processScope(VariableScope scope) {
    return scope instanceof DelegateTask task ? task.getExecution() : scope;
  }

  /** Sets the value on this scope only, e.g. per complaint in an event sub-process. */
  public void setLocal(VariableScope scope, T value) {
    scope.setVariableLocal(name, Objects.requireNonNull(value, name));
  }
}
