package id.go.pemda.bandwidth.process;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * The process variables a user task sees, read only: what its form's view reads (ids, decisions,
 * dates). Inside the engine they come through the task's execution; when the form is opened or
 * submitted, from the engine API's variables of the task.
 */
@FunctionalInterface
public interface TaskVariables {

  /** The value, or null when the task sees no such variable. */
  Object get(String name);

  static TaskVariables of(DelegateTask task) {
    return task.getExecution()::getVariable;
  }

  static TaskVariables of(Map<String, ?> variables) {
    return variables::get;
  }
}
