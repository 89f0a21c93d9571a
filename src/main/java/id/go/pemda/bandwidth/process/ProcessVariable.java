package id.go.pemda.bandwidth.process;

import java.util.Objects;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * One typed process variable of a process contract: its name and Java type, used by delegates,
 * listeners and tests alike so that no variable name is spelled twice. A decision is an enum,
 * kept by the engine as its name, so a gateway condition reads {@code ${planDecision == 'REJECT'}}
 * and {@code ContractConditionsTest} checks every condition against every constant.
 */
public record ProcessVariable<T>(String name, Class<T> type) {

  public static <T> ProcessVariable<T> of(String name, Class<T> type) {
    return new ProcessVariable<>(name, type);
  }

  /** The value, or an exception naming the variable when it is missing. */
  public T from(VariableScope scope) {
    return find(scope).orElseThrow(() -> new IllegalStateException("Process variable '" + name + "' is not set"));
  }

  public Optional<T> find(VariableScope scope) {
    return Optional.ofNullable(processScope(scope).getVariable(name)).map(this::typed);
  }

  /** The value a task sees, or an exception naming the variable when it is missing. */
  public T from(TaskVariables variables) {
    return find(variables).orElseThrow(() -> new IllegalStateException("Process variable '" + name + "' is not set"));
  }

  public Optional<T> find(TaskVariables variables) {
    return Optional.ofNullable(variables.get(name)).map(this::typed);
  }

  public void set(VariableScope scope, T value) {
    processScope(scope).setVariable(name, stored(Objects.requireNonNull(value, name)));
  }

  /** Sets the value on this scope only, e.g. per complaint in an event sub-process. */
  public void setLocal(VariableScope scope, T value) {
    scope.setVariableLocal(name, stored(Objects.requireNonNull(value, name)));
  }

  /** What the engine keeps: the value itself, a decision's name. */
  public Object stored(T value) {
    return value instanceof Enum<?> decision ? decision.name() : value;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private T typed(Object value) {
    if (type.isEnum()) {
      return (T) Enum.valueOf((Class) type, (String) value);
    }
    // ids arrive as Integer from clients that send small numbers
    if (type == Long.class && value instanceof Number number) {
      return type.cast(number.longValue());
    }
    return type.cast(value);
  }

  /**
   * A task keeps the submission of its form as its own variables, some named like the process's
   * (the form's "planDecision" and the decision the process routes on): the process's variables
   * are read and written through the task's execution, never the task.
   */
  private static VariableScope processScope(VariableScope scope) {
    return scope instanceof DelegateTask task ? task.getExecution() : scope;
  }
}
