package id.go.pemda.bandwidth.process.form;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.springframework.stereotype.Component;

/**
 * The deployed Camunda Form of a user task or of a process's start event, read from the same
 * deployment as the process ({@code camunda:formRefBinding="deployment"}), so a running instance
 * is checked against the form its users see. A deployment never changes, so each form is parsed
 * once. The application reads its own deployments as itself: an OPD operator may submit a survey
 * without the right to read the transition's model.
 *
 * <p>Called outside engine commands only (by {@link FormSubmissions}), where the caller's
 * authentication can be set aside and put back.
 */
@Component
public class FormCatalog {

  private static final String FORM_SUFFIX = ".form";

  private final RepositoryService repository;
  private final IdentityService identity;
  private final Map<String, Optional<FormSchema>> byElement = new ConcurrentHashMap<>();
  private final Map<String, Map<String, FormSchema>> byDeployment = new ConcurrentHashMap<>();
  private final Map<String, Optional<String>> listeners = new ConcurrentHashMap<>();

  public FormCatalog(RepositoryService repository, IdentityService identity) {
    this.repository = repository;
    this.identity = identity;
  }

  /** The form of a user task of a process, if the task has one. */
  public Optional<FormSchema> ofTask(String processDefinitionId, String taskDefinitionKey) {
    return byElement.computeIfAbsent(processDefinitionId + "#" + taskDefinitionKey, cacheKey -> asApplication(() -> {
      BpmnModelInstance model = repository.getBpmnModelInstance(processDefinitionId);
      if (!(model.getModelElementById(taskDefinitionKey) instanceof UserTask task) || task.getCamundaFormRef() == null) {
        return Optional.empty();
      }
      return Optional.of(form(processDefinitionId, task.getCamundaFormRef()));
    }));
  }

  /**
   * The bean named by a user task's {@code create} listener ({@code delegateExpression="${name}"}):
   * the form's server side, which knows what the form shows.
   */
  public Optional<String> listenerOf(String processDefinitionId, String taskDefinitionKey) {
    return listeners.computeIfAbsent(processDefinitionId + "#" + taskDefinitionKey, cacheKey -> asApplication(() -> {
      BpmnModelInstance model = repository.getBpmnModelInstance(processDefinitionId);
      if (!(model.getModelElementById(taskDefinitionKey) instanceof UserTask task) || task.getExtensionElements() == null) {
        return Optional.empty();
      }
      return task.getExtensionElements().getElementsQuery().filterByType(CamundaTaskListener.class).list().stream()
          .filter(listener -> "create".equals(listener.getCamundaEvent()))
          .map(CamundaTaskListener::getCamundaDelegateExpression)
          .filter(expression -> expression != null && expression.startsWith("${") && expression.endsWith("}"))
          .map(expression -> expression.substring(2, expression.length() - 1))
          .findFirst();
    }));
  }

  /** The form of the process's own start event, if it has one. */
  public Optional<FormSchema> ofStart(String processDefinitionId) {
    return byElement.computeIfAbsent(processDefinitionId + "#start", cacheKey -> asApplication(() ->
        repository.getBpmnModelInstance(processDefinitionId).getModelElementsByType(StartEvent.class).stream()
            .filter(start -> start.getParentElement() instanceof Process)
            .map(StartEvent::getCamundaFormRef)
            .filter(formRef -> formRef != null)
            .findFirst()
            .map(formRef -> form(processDefinitionId, formRef))));
  }

  private FormSchema form(String processDefinitionId, String formRef) {
    String deploymentId = repository.getProcessDefinition(processDefinitionId).getDeploymentId();
    FormSchema form = byDeployment.computeIfAbsent(deploymentId, this::formsOf).get(formRef);
    if (form == null) {
      throw new IllegalStateException("Form " + formRef + " is not in deployment " + deploymentId);
    }
    return form;
  }

  private Map<String, FormSchema> formsOf(String deploymentId) {
    Map<String, FormSchema> forms = new HashMap<>();
    for (String resource : repository.getDeploymentResourceNames(deploymentId)) {
      if (resource.endsWith(FORM_SUFFIX)) {
        try (InputStream bytes = repository.getResourceAsStream(deploymentId, resource)) {
          FormSchema form = FormSchema.parse(bytes.readAllBytes());
          forms.put(form.id(), form);
        } catch (IOException e) {
          throw new UncheckedIOException("Form " + resource + " of deployment " + deploymentId + " is unreadable", e);
        }
      }
    }
    return forms;
  }

  <T> T asApplication(Supplier<T> read) {
    Authentication caller = identity.getCurrentAuthentication();
    identity.clearAuthentication();
    try {
      return read.get();
    } finally {
      if (caller != null) {
        identity.setAuthentication(caller);
      }
    }
  }
}
