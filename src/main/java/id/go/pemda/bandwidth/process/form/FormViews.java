package id.go.pemda.bandwidth.process.form;

import id.go.pemda.bandwidth.process.TaskVariables;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a task's form shows, worked out from the features' rows when it is asked for: when
 * Tasklist opens the form (the engine API's door adds it to the task's form variables), when a
 * submission's checks read it, and for the application's own callers. It is of that moment: a
 * form opened days after its task was created shows that day's figures and choices. The engine
 * stores none of it (docs/benchmark.md, "Levers").
 */
@Service
public class FormViews {

  private final TaskService tasks;
  private final FormCatalog catalog;
  private final BeanFactory beans;

  public FormViews(TaskService tasks, FormCatalog catalog, BeanFactory beans) {
    this.tasks = tasks;
    this.catalog = catalog;
    this.beans = beans;
  }

  /** What the task's form shows; nothing for a task the caller cannot see or one without a form. */
  @Transactional
  public Map<String, Object> shown(String taskId) {
    Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
    return task == null ? Map.of() : shown(task);
  }

  /** What the form of a task the caller has found shows. */
  @Transactional
  public Map<String, Object> shown(Task task) {
    Optional<FormTaskListener> serverSide = serverSide(task);
    if (serverSide.isEmpty()) {
      return Map.of();
    }
    // the process's ids the view reads, as the application: the caller's right to the task is
    // settled by whoever found it
    Map<String, Object> variables = catalog.asApplication(() -> tasks.getVariables(task.getId()));
    return serverSide.get().shown(TaskVariables.of(variables));
  }

  private Optional<FormTaskListener> serverSide(Task task) {
    if (task.getProcessDefinitionId() == null) {
      return Optional.empty();
    }
    return catalog.listenerOf(task.getProcessDefinitionId(), task.getTaskDefinitionKey())
        .filter(beans::containsBean)
        .map(beans::getBean)
        .filter(FormTaskListener.class::isInstance)
        .map(FormTaskListener.class::cast);
  }
}
