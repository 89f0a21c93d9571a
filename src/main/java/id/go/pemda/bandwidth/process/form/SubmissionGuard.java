package id.go.pemda.bandwidth.process.form;

import id.go.pemda.bandwidth.shared.FieldError;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.CommandChecker;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.ResolveTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The engine accepts any variable on a task completion or a process start unless something
 * stops it. This interceptor, inside every engine command (so the REST API, Tasklist's API and
 * the Java API alike), lets a client submit only its form:
 *
 * <ul>
 *   <li>completing a task ({@code complete}, {@code resolve}, {@code submit-form}) carries only
 *       the input keys of that task's form, each valid by the form's own rules; the values are
 *       kept on the task, never in the process, so no submission can overwrite what the process
 *       owns (ids, groups, decisions, priorities, deadlines);
 *   <li>starting a process carries only the keys of its start form; a process without one is
 *       started only by the application itself, never by a logged-in user.
 * </ul>
 *
 * Anything else is refused with a {@link FormInputException} (HTTP 400 naming each field) before
 * anything is written. A refusal by a task listener (a rule the form cannot express) leaves the
 * command as itself too, and every refusal is logged as one line at WARN.
 */
@Component
public class SubmissionGuard extends AbstractProcessEnginePlugin {

  private static final Logger log = LoggerFactory.getLogger(SubmissionGuard.class);

  private final SubmissionCheck check;

  public SubmissionGuard(Clock clock) {
    this.check = new SubmissionCheck(new Feel(clock));
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<CommandInterceptor> interceptors = new ArrayList<>();
    if (configuration.getCustomPostCommandInterceptorsTxRequired() != null) {
      interceptors.addAll(configuration.getCustomPostCommandInterceptorsTxRequired());
    }
    interceptors.add(new Guard());
    configuration.setCustomPostCommandInterceptorsTxRequired(interceptors);
  }

  /** Runs inside the command context, so a refusal rolls back everything the command did. */
  private final class Guard extends CommandInterceptor {

    /** Commands a delegate runs inside another command come from the application, not a client. */
    private final ThreadLocal<Integer> depth = ThreadLocal.withInitial(() -> 0);

    @Override
    public <T> T execute(Command<T> command) {
      int level = depth.get();
      depth.set(level + 1);
      try {
        Command<T> checked = level == 0 ? guarded(command) : command;
        return next.execute(checked);
      } catch (RuntimeException e) {
        RuntimeException unwrapped = unwrapped(e);
        if (level == 0 && unwrapped instanceof FormInputException refused) {
          log.warn("Refused {}: {}", describe(command), refused.getMessage());
        }
        throw unwrapped;
      } finally {
        depth.set(level);
      }
    }
  }

  private <T> Command<T> guarded(Command<T> command) {
    CommandVariables.TaskSubmission task = CommandVariables.taskSubmission(command);
    if (task != null) {
      return guardTask(command, task);
    }
    CommandVariables.StartSubmission start = CommandVariables.startSubmission(command);
    if (start != null) {
      guardStart(start);
    }
    return command;
  }

  @SuppressWarnings("unchecked")
  private <T> Command<T> guardTask(Command<T> command, CommandVariables.TaskSubmission submission) {
    Map<String, Object> variables = submission.variables() == null ? Map.of() : submission.variables();
    CommandContext context = Context.getCommandContext();
    TaskEntity task = context.getTaskManager().findTaskById(submission.taskId());
    if (task == null) {
      // the engine would answer a completion of an unknown task with a server error
      throw new FormInputException(
          List.of(new FieldError("taskId", "tugas '" + submission.taskId() + "' tidak ada atau sudah selesai")));
    }
    // may this caller work on the task at all? Asked first, so a stranger learns nothing of the form
    for (CommandChecker checker : context.getProcessEngineConfiguration().getCommandCheckers()) {
      checker.checkTaskWork(task);
    }
    Optional<FormSchema> form =
        task.getProcessDefinitionId() == null
            ? Optional.empty()
            : FormSchemas.ofTask(task.getProcessDefinitionId(), task.getTaskDefinitionKey());
    if (form.isEmpty() && variables.isEmpty()) {
      return command;
    }
    // an empty submission is checked too: a form with required fields is not complete without them
    List<FieldError> errors =
        form.map(schema -> check.check(schema, variables, task.getVariables()))
            .orElseGet(() -> List.of(new FieldError("variables", "tugas ini tidak menerima isian")));
    if (!errors.isEmpty()) {
      throw new FormInputException(errors);
    }
    if (variables.isEmpty()) {
      return command;
    }
    // the submission belongs to this task: the listener reads it from here, the process never sees it
    task.setVariablesLocal(variables);
    Command<?> withoutVariables =
        switch (submission.kind()) {
          case SUBMIT_FORM -> new SubmitTaskFormCmd(
              submission.taskId(), null, submission.returnVariables(), submission.deserialize());
          case RESOLVE -> new ResolveTaskCmd(submission.taskId(), null);
          case COMPLETE -> new CompleteTaskCmd(
              submission.taskId(), null, submission.returnVariables(), submission.deserialize());
        };
    return (Command<T>) withoutVariables;
  }

  private void guardStart(CommandVariables.StartSubmission submission) {
    Map<String, Object> variables = submission.variables() == null ? Map.of() : submission.variables();
    CommandContext context = Context.getCommandContext();
    ProcessDefinitionEntity definition = definition(context, submission);
    if (definition == null) {
      // the command itself answers "no such process"
      return;
    }
    // may this caller start it at all? Asked first, so a stranger learns nothing of the form
    for (CommandChecker checker : context.getProcessEngineConfiguration().getCommandCheckers()) {
      checker.checkCreateProcessInstance(definition);
    }
    Optional<FormSchema> form = FormSchemas.ofStart(definition.getId());
    if (form.isEmpty()) {
      if (context.getAuthentication() != null) {
        // a process without a start form is one the application starts with the ids it hands over
        throw new AuthorizationException(
            "Proses '" + definition.getName() + "' dimulai oleh aplikasi, tidak oleh pengguna ("
                + context.getAuthentication().getUserId() + ")");
      }
      return;
    }
    List<FieldError> errors = check.check(form.get(), variables, Map.of());
    if (!errors.isEmpty()) {
      throw new FormInputException(errors);
    }
  }

  private static ProcessDefinitionEntity definition(
      CommandContext context, CommandVariables.StartSubmission submission) {
    var cache = context.getProcessEngineConfiguration().getDeploymentCache();
    try {
      if (submission.processDefinitionId() != null) {
        return cache.findDeployedProcessDefinitionById(submission.processDefinitionId());
      }
      return submission.tenantId() == null
          ? cache.findDeployedLatestProcessDefinitionByKey(submission.processDefinitionKey())
          : cache.findDeployedLatestProcessDefinitionByKeyAndTenantId(
              submission.processDefinitionKey(), submission.tenantId());
    } catch (RuntimeException notFound) {
      return null;
    }
  }

  /**
   * The engine wraps whatever a listener throws; a refused form or assignment travels on as
   * itself, so the REST API answers 400 or 403 and the engine logs it as a user's error.
   */
  private static RuntimeException unwrapped(RuntimeException e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof FormInputException refused) {
        return refused;
      }
      if (cause instanceof AuthorizationException denied) {
        return denied;
      }
    }
    // "Cannot find task with id x" is the client's mistake, not the server's: a 4xx, not a 500
    if (e instanceof NullValueException missing && String.valueOf(missing.getMessage()).startsWith("Cannot find")) {
      return new NotFoundException(missing.getMessage(), missing);
    }
    return e;
  }

  private static String describe(Command<?> command) {
    CommandVariables.TaskSubmission task = CommandVariables.taskSubmission(command);
    if (task != null) {
      return "submission to task " + task.taskId() + " by " + user();
    }
    return "submission (" + command.getClass().getSimpleName() + ") by " + user();
  }

  private static String user() {
    Authentication authentication =
        Context.getCommandContext() == null ? null : Context.getCommandContext().getAuthentication();
    return authentication == null ? "the application" : authentication.getUserId();
  }
}
