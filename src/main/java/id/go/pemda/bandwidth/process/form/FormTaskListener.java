package id.go.pemda.bandwidth.process.form;

import id.go.pemda.bandwidth.process.CurrentUser;
import id.go.pemda.bandwidth.process.TaskVariables;
import id.go.pemda.bandwidth.process.view.TasklistColumns;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * The server side of one user task's form: its contract, what it shows and what a submission
 * does. Each process declares its tasks' listeners as beans named like the model's
 * {@code delegateExpression} ({@code process.transition.TransitionTasks}). What the form shows is
 * worked out from the features' rows whenever it is asked for ({@link FormViews}: when the form
 * is opened, and for the checks of a submission), so it is of that moment and costs the engine
 * no variables. On {@code create} the task keeps, as its own variables, only the values
 * Tasklist's list shows beside every task ({@link TasklistColumns}); on {@code complete} it hands
 * the checked submission to the completion, and shows what a feature refuses under the form's
 * fields.
 */
public final class FormTaskListener implements TaskListener, FormServerSide {

  /** What the form shows, by key, from the process variables its task sees. */
  @FunctionalInterface
  public interface View {
    Map<String, ?> of(TaskVariables task);
  }

  /** What a submission does: one feature command, one service call, the decision recorded. */
  @FunctionalInterface
  public interface Completion {
    void complete(DelegateTask task, FormInput input);
  }

  private final FormContract contract;
  private final View view;
  private final View listed;
  private final Completion completion;

  public FormTaskListener(FormContract contract, View view, Completion completion) {
    this(contract, view, view, completion);
  }

  /**
   * A form whose list columns ({@link TasklistColumns}) come cheaper than its whole view:
   * {@code listed} works out those alone when the task is created.
   */
  public FormTaskListener(FormContract contract, View view, View listed, Completion completion) {
    this.contract = contract;
    this.view = view;
    this.listed = listed;
    this.completion = completion;
  }

  /** A form that only shows something, such as a receipt: completing it stores nothing. */
  public static FormTaskListener viewOnly(FormContract contract, View view) {
    return new FormTaskListener(contract, view, (task, input) -> {
      // an acknowledgement
    });
  }

  @Override
  public FormContract contract() {
    return contract;
  }

  @Override
  public void notify(DelegateTask task) {
    switch (task.getEventName()) {
      case EVENTNAME_CREATE -> {
        nameAfterBusinessKey(task);
        task.setVariablesLocal(listed(TaskVariables.of(task)));
      }
      case EVENTNAME_COMPLETE -> {
        FormInput input = FormInput.of(task, contract);
        input.apply(() -> completion.complete(task, input));
      }
      default -> {
        // other events are not bound to form listeners
      }
    }
  }

  /** The values of Tasklist's list columns the form shows, which the task keeps. */
  private Map<String, Object> listed(TaskVariables task) {
    Map<String, Object> columns = new HashMap<>();
    listed.of(task).forEach((key, value) -> {
      if (TasklistColumns.KEYS.contains(key) && contract.mayFill(key) && value != null) {
        columns.put(key, value);
      }
    });
    return columns;
  }

  /** What the form shows now, a list of rows as the form's Json list. */
  public Map<String, Object> shown(TaskVariables task) {
    Map<String, Object> shown = new HashMap<>();
    view.of(task).forEach((key, value) -> {
      if (!contract.mayFill(key)) {
        throw new IllegalStateException(
            "The listener of " + contract.formId() + " fills '" + key + "', which the form does not show");
      }
      shown.put(key, value instanceof List<?> rows ? JsonRows.of(rows) : value);
    });
    return shown;
  }

  /**
   * "Koordinasi teknis" becomes "Koordinasi teknis — DISDUKCAPIL" in Tasklist's list, where a
   * Diskominfo user sees the tasks of every OPD; the diagram keeps the plain label.
   */
  private static void nameAfterBusinessKey(DelegateTask task) {
    String businessKey = task.getExecution().getProcessBusinessKey();
    if (businessKey != null && task.getName() != null) {
      task.setName(task.getName() + " — " + businessKey);
    }
  }

  /** The user completing the task: the authenticated caller, else the assignee. */
  public static String currentUser(DelegateTask task) {
    return CurrentUser.of(task).orElse(task.getAssignee() != null ? task.getAssignee() : "system");
  }
}
