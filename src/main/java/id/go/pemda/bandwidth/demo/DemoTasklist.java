package id.go.pemda.bandwidth.demo;

import id.go.pemda.bandwidth.identity.Groups;
import id.go.pemda.bandwidth.process.form.FormSubmissions;
import id.go.pemda.bandwidth.process.form.FormViews;
import id.go.pemda.bandwidth.tenant.Tenants;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.value.JsonValue;

/**
 * The demo's role users at work in Tasklist: they start a process from its start form, find
 * their tasks and submit the forms. Every form the demo sends goes through {@link #start} or
 * {@link #submit}, the one place that follows the form submission path: {@link FormSubmissions},
 * checked as Tasklist's submissions are.
 */
final class DemoTasklist {

  private final TaskService tasks;
  private final IdentityService identity;
  private final FormSubmissions submissions;
  private final FormViews views;

  DemoTasklist(ProcessEngine engine, FormSubmissions submissions, FormViews views) {
    this.tasks = engine.getTaskService();
    this.identity = engine.getIdentityService();
    this.submissions = submissions;
    this.views = views;
  }

  /**
   * Samarinda's Diskominfo starts a process from Tasklist: logged in, in its Pemda (an instance
   * of no Pemda is refused).
   */
  void start(String processKey, Map<String, Object> startForm) {
    identity.setAuthentication(Groups.DISKOMINFO, List.of(Groups.DISKOMINFO), List.of(Tenants.DEFAULT));
    try {
      submissions.startByKey(processKey, startForm);
    } finally {
      identity.clearAuthentication();
    }
  }

  /** The open tasks of this kind in a process instance and its sites. */
  List<Task> open(String processInstanceId, String taskKey) {
    return tasks.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(taskKey).list();
  }

  /** The one open task of this kind; the demo's script is wrong if there is not exactly one. */
  Task single(String processInstanceId, String taskKey) {
    List<Task> found = open(processInstanceId, taskKey);
    if (found.size() != 1) {
      throw new IllegalStateException(
          "Demo expected one " + taskKey + " in " + processInstanceId + ", found " + found.size());
    }
    return found.get(0);
  }

  /** What the task's form shows; a list of rows as its JSON text. */
  Object shown(Task task, String name) {
    Object value = views.shown(task).get(name);
    return value instanceof JsonValue json ? json.getValueSerialized() : value;
  }

  /** A variable of the task's scope, e.g. the site of a per-site task. */
  Object variable(Task task, String name) {
    return tasks.getVariable(task.getId(), name);
  }

  void submit(Task task, Map<String, Object> form) {
    submissions.completeTask(task.getId(), form);
  }
}
