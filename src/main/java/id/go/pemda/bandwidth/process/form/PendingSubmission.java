package id.go.pemda.bandwidth.process.form;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A checked submission on its way into the engine: {@link FormSubmissions} holds it on the
 * calling thread while the engine completes the task or starts the process, and the form's
 * listener or start delegate, which run in that same call, take it from here. A task's values
 * so never become process variables (two sites' tasks of one instance cannot overwrite each
 * other), and a completion that did not come through {@link FormSubmissions} finds nothing and
 * is refused.
 */
final class PendingSubmission {

  private static final ThreadLocal<Map<String, Checked>> PENDING = ThreadLocal.withInitial(HashMap::new);

  /** A submission its form's rules already accepted. */
  record Checked(FormSchema form, Map<String, Object> values) {}

  private PendingSubmission() {}

  static String ofTask(String taskId) {
    return "task:" + taskId;
  }

  static String ofStart(String processDefinitionId) {
    return "start:" + processDefinitionId;
  }

  static void hold(String key, Checked submission) {
    PENDING.get().put(key, submission);
  }

  static Optional<Checked> take(String key) {
    return Optional.ofNullable(PENDING.get().remove(key));
  }

  static void release(String key) {
    Map<String, Checked> pending = PENDING.get();
    pending.remove(key);
    if (pending.isEmpty()) {
      PENDING.remove();
    }
  }
}
