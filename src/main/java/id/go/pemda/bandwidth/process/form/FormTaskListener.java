package id.go.pemda.bandwidth.process.form;

import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * The server side of one user task's form. On {@code create} it fills in what the form shows
 * (task-local: it vanishes with the task and never touches the process); on {@code complete}
 * it stores what the user submitted through a domain service.
 */
public abstract class FormTaskListener implements TaskListener, FormReader {

  @Override
  public final void notify(DelegateTask task) {
    switch (task.getEventName()) {
      case EVENTNAME_CREATE -> {
        nameAfterBusinessKey(task);
        Map<String, Object> shown = show(task);
        shown.keySet().stream()
            .filter(key -> !form().mayFill(key))
            .findFirst()
            .ifPresent(key -> {
              throw new IllegalStateException(getClass().getSimpleName() + " fills '" + key + "', which " + form().formId() + " does not show");
            });
        task.setVariablesLocal(shown);
      }
      case EVENTNAME_COMPLETE -> {
        FormInput input = FormInput.of(task, form());
        input.apply(() -> {
          onComplete(task, input);
          return null;
        });
      }
      default -> {
        // other events are not bound to form listeners
      }
    }
  }

  /** What the form shows when the task opens; by default nothing. */
  protected Map<String, Object> show(DelegateTask task) {
    return Map.of();
  }

  protected abstract void onComplete(DelegateTask task, FormInput input);

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
  protected static String currentUser(DelegateTask task) {
    return Optional.ofNullable(task.getProcessEngineServices().getIdentityService().getCurrentAuthentication())
        .map(Authentication::getUserId)
        .orElse(task.getAssignee() != null ? task.getAssignee() : "system");
  }
}
