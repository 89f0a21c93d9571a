package id.go.pemda.bandwidth.process.form;

import java.lang.reflect.Field;
import java.util.Map;
import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.ResolveTaskCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;

/**
 * What a client command carries: the engine keeps a command's task id and variables in protected
 * fields without getters. Read once here, so an engine upgrade that renames one fails this
 * class's test and not a user's submission.
 */
final class CommandVariables {

  private CommandVariables() {}

  /** A task completion: complete, resolve or submit-form. */
  record TaskSubmission(String taskId, Map<String, Object> variables, boolean returnVariables, boolean deserialize,
      Kind kind) {

    enum Kind {
      COMPLETE,
      RESOLVE,
      SUBMIT_FORM
    }
  }

  /** A process start: start or submit start form. */
  record StartSubmission(String processDefinitionId, String processDefinitionKey, String tenantId,
      Map<String, Object> variables) {}

  static TaskSubmission taskSubmission(Command<?> command) {
    if (command instanceof SubmitTaskFormCmd) {
      return new TaskSubmission(
          read(command, SubmitTaskFormCmd.class, "taskId"),
          read(command, SubmitTaskFormCmd.class, "properties"),
          read(command, SubmitTaskFormCmd.class, "returnVariables"),
          read(command, SubmitTaskFormCmd.class, "deserializeValues"),
          TaskSubmission.Kind.SUBMIT_FORM);
    }
    if (command instanceof CompleteTaskCmd) {
      return new TaskSubmission(
          read(command, CompleteTaskCmd.class, "taskId"),
          read(command, CompleteTaskCmd.class, "variables"),
          read(command, CompleteTaskCmd.class, "returnVariables"),
          read(command, CompleteTaskCmd.class, "deserializeReturnedVariables"),
          command instanceof ResolveTaskCmd ? TaskSubmission.Kind.RESOLVE : TaskSubmission.Kind.COMPLETE);
    }
    return null;
  }

  static StartSubmission startSubmission(Command<?> command) {
    if (command instanceof SubmitStartFormCmd) {
      return new StartSubmission(
          read(command, SubmitStartFormCmd.class, "processDefinitionId"), null, null,
          read(command, SubmitStartFormCmd.class, "variables"));
    }
    if (command instanceof StartProcessInstanceCmd) {
      ProcessInstantiationBuilderImpl builder = read(command, StartProcessInstanceCmd.class, "instantiationBuilder");
      return new StartSubmission(
          builder.getProcessDefinitionId(), builder.getProcessDefinitionKey(), builder.getProcessDefinitionTenantId(),
          builder.getVariables());
    }
    return null;
  }

  @SuppressWarnings("unchecked")
  private static <T> T read(Command<?> command, Class<?> declaring, String name) {
    try {
      Field field = declaring.getDeclaredField(name);
      field.setAccessible(true);
      return (T) field.get(command);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(
          "Camunda's " + declaring.getSimpleName() + " has no field '" + name + "': update CommandVariables", e);
    }
  }
}
