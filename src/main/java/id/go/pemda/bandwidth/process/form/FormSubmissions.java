package id.go.pemda.bandwidth.process.form;

import id.go.pemda.bandwidth.shared.FieldError;
import java.time.Clock;
import id.go.pemda.bandwidth.shared.PemdaZone;
import id.go.pemda.bandwidth.tenant.PemdaSettingsService;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The one way a user's form reaches the engine, for Tasklist (through the engine API's door), the
 * application's own callers and the tests alike. A submission carries only the input keys of its
 * form, each valid by the form's own rules (type, required, limits, options, FEEL conditions),
 * checked before the engine runs; the checked values travel to the form's listener or start
 * delegate beside the engine call ({@link PendingSubmission}), so a task's values never become
 * process variables and cannot overwrite what the process owns. A form's listener refuses a
 * completion that did not come this way, so there is no path around the check.
 *
 * <p>Runs as whoever is authenticated on the engine: an id the caller may not see is "not found",
 * whether it exists or not, and the engine's own authorization decides who may complete or start.
 * A refusal is a {@link FormInputException} (HTTP 400, each field named) and nothing is written.
 */
@Service
public class FormSubmissions {

  private static final Logger log = LoggerFactory.getLogger(FormSubmissions.class);

  private final TaskService tasks;
  private final FormService forms;
  private final RepositoryService repository;
  private final FormCatalog catalog;
  private final IdentityService identity;
  private final PemdaSettingsService settings;
  private final FormViews views;
  /** One check per time zone: a form's {@code today()} is the day of the Pemda submitting it. */
  private final Map<PemdaZone, SubmissionCheck> checks = new EnumMap<>(PemdaZone.class);

  public FormSubmissions(TaskService tasks, FormService forms, RepositoryService repository, FormCatalog catalog,
      IdentityService identity, PemdaSettingsService settings, FormViews views, Clock clock) {
    this.settings = settings;
    this.views = views;
    this.identity = identity;
    this.tasks = tasks;
    this.forms = forms;
    this.repository = repository;
    this.catalog = catalog;
    for (PemdaZone zone : PemdaZone.values()) {
      checks.put(zone, new SubmissionCheck(new Feel(clock.withZone(zone.zone()))));
    }
  }

  /** Completes a task with what its form submitted. */
  public void completeTask(String taskId, Map<String, ?> submitted) {
    Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
    if (task == null) {
      throw notFound("Tugas");
    }
    Optional<FormSchema> form = task.getProcessDefinitionId() == null
        ? Optional.empty()
        : catalog.ofTask(task.getProcessDefinitionId(), task.getTaskDefinitionKey());
    if (form.isEmpty()) {
      if (!submitted.isEmpty()) {
        throw refused("to task " + taskId, List.of(new FieldError("variables", "tugas ini tidak menerima isian")));
      }
      tasks.complete(taskId);
      return;
    }
    // what the form's checks read of what the form shows (its options, limits), worked out as
    // the form shows it now, and only when a check reads any (docs/benchmark.md, "Levers")
    List<String> read = form.get().viewsTheChecksRead();
    Map<String, Object> visible = read.isEmpty() ? new HashMap<>() : new HashMap<>(views.shown(task));
    visible.keySet().retainAll(read);
    Map<String, Object> values = checked(task.getTenantId(), form.get(), submitted, visible, "to task " + taskId);
    String key = PendingSubmission.ofTask(taskId);
    PendingSubmission.hold(key, new PendingSubmission.Checked(form.get(), values));
    try {
      tasks.complete(taskId);
    } catch (RuntimeException e) {
      throw unwrapped(e, "to task " + taskId);
    } finally {
      PendingSubmission.release(key);
    }
  }

  /** Starts the latest version of a process with what its start form submitted. */
  public ProcessInstance startByKey(String processDefinitionKey, Map<String, ?> submitted) {
    return startByKey(processDefinitionKey, null, submitted);
  }

  /** Starts the latest version of a process with a business key and what its start form submitted. */
  public ProcessInstance startByKey(String processDefinitionKey, String businessKey, Map<String, ?> submitted) {
    ProcessDefinition definition = repository.createProcessDefinitionQuery()
        .processDefinitionKey(processDefinitionKey).latestVersion().singleResult();
    if (definition == null) {
      throw notFound("Proses");
    }
    return start(definition.getId(), businessKey, submitted);
  }

  /** Starts a process with what its start form submitted. */
  public ProcessInstance start(String processDefinitionId, String businessKey, Map<String, ?> submitted) {
    if (repository.createProcessDefinitionQuery().processDefinitionId(processDefinitionId).count() == 0) {
      throw notFound("Proses");
    }
    // asked before the form is checked, so whoever may not start it learns nothing of its form
    if (repository.createProcessDefinitionQuery().processDefinitionId(processDefinitionId)
        .startablePermissionCheck().count() == 0) {
      throw new AuthorizationException("Anda tidak berwenang memulai proses ini.");
    }
    FormSchema form = catalog.ofStart(processDefinitionId)
        .orElseThrow(() -> new AuthorizationException(
            "Proses ini dimulai oleh aplikasi, tidak melalui formulir pengguna."));
    Map<String, Object> values = checked(starterTenant(), form, submitted, Map.of(), "(start of " + processDefinitionId + ")");
    String key = PendingSubmission.ofStart(processDefinitionId);
    PendingSubmission.hold(key, new PendingSubmission.Checked(form, values));
    try {
      // the start form's values are the new instance's first variables (the Pemda of a start
      // without a user is read from them); its start delegate stores them and removes them
      return forms.submitStartForm(processDefinitionId, businessKey, values);
    } catch (RuntimeException e) {
      throw unwrapped(e, "(start of " + processDefinitionId + ")");
    } finally {
      PendingSubmission.release(key);
    }
  }

  private Map<String, Object> checked(
      String tenantId, FormSchema form, Map<String, ?> submitted, Map<String, Object> visible, String what) {
    PemdaZone zone = tenantId == null ? settings.deploymentZone() : settings.zone(tenantId);
    List<FieldError> errors = checks.get(zone).check(form, submitted, visible);
    if (!errors.isEmpty()) {
      throw refused(what, errors);
    }
    Map<String, Object> values = new HashMap<>();
    submitted.forEach((key, value) -> values.put(key, SubmissionCheck.plain(value)));
    return values;
  }

  /** The Pemda of the user starting a process: its single tenant; none for the administrator. */
  private String starterTenant() {
    var authentication = identity.getCurrentAuthentication();
    List<String> tenants = authentication == null ? null : authentication.getTenantIds();
    return tenants != null && tenants.size() == 1 ? tenants.get(0) : null;
  }

  private FormInputException refused(String what, List<FieldError> errors) {
    FormInputException refusal = new FormInputException(errors);
    logRefusal(what, refusal);
    return refusal;
  }

  /** A user's typo, not a failure: one WARN line, no stack trace. */
  private void logRefusal(String what, FormInputException refusal) {
    Authentication caller = identity.getCurrentAuthentication();
    log.warn("Refused submission {} by {}: {}", what, caller == null ? "the application" : caller.getUserId(),
        refusal.getMessage());
  }

  /**
   * The engine wraps what a listener or delegate throws; a refused form or assignment travels on
   * as itself, so the caller answers 400 or 403, and a refusal is logged as one WARN line.
   */
  private RuntimeException unwrapped(RuntimeException e, String what) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof FormInputException refusal) {
        logRefusal(what, refusal);
        return refusal;
      }
      if (cause instanceof AuthorizationException denied) {
        return denied;
      }
    }
    return e;
  }

  /** Unknown and not the caller's look the same: the answer tells nothing of other Pemda. */
  private static NotFoundException notFound(String what) {
    return new NotFoundException(what + " tidak ditemukan.");
  }
}
