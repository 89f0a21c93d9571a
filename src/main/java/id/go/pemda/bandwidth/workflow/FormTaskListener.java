package id.go.pemda.bandwidth.workflow;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * The server side of one user task's form. On {@code create} it puts the read-only summary
 * the form shows into task-local variables (they vanish with the task); on {@code complete}
 * it validates what the user submitted and stores it through a domain service.
 */
public abstract class FormTaskListener implements TaskListener {

  @Override
  public final void notify(DelegateTask task) {
    switch (task.getEventName()) {
      case EVENTNAME_CREATE -> {
        nameAfterBusinessKey(task);
        onCreate(task);
      }
      case EVENTNAME_COMPLETE -> onComplete(task);
      default -> {
        // other events are not bound to form listeners
      }
    }
  }

  protected void onCreate(DelegateTask task) {}

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

  protected abstract void onComplete(DelegateTask task);

  /** The user completing the task: the authenticated caller, else the assignee. */
  protected static String currentUser(DelegateTask task) {
    return CurrentUser.of(task).orElse(task.getAssignee() != null ? task.getAssignee() : "system");
  }
}
