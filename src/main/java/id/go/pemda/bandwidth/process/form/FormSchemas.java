package id.go.pemda.bandwidth.process.form;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.CamundaFormDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;

/**
 * The deployed Camunda Form of a user task or a start event, read from the same deployment as
 * the process ({@code camunda:formRefBinding="deployment"}), so a running instance is checked
 * against the form its users see. Parsed once per deployment and form; a deployment never
 * changes. Runs inside an engine command.
 */
public final class FormSchemas {

  private static final Map<String, FormSchema> PARSED = new ConcurrentHashMap<>();

  private FormSchemas() {}

  /** The form of a user task of a process, if the task has one. */
  public static Optional<FormSchema> ofTask(String processDefinitionId, String taskDefinitionKey) {
    ProcessDefinitionEntity definition = definition(processDefinitionId);
    BpmnModelInstance model = model(definition);
    if (!(model.getModelElementById(taskDefinitionKey) instanceof UserTask task) || task.getCamundaFormRef() == null) {
      return Optional.empty();
    }
    return Optional.of(schema(definition.getDeploymentId(), task.getCamundaFormRef()));
  }

  /** The form of the process's own start event, if it has one. */
  public static Optional<FormSchema> ofStart(String processDefinitionId) {
    ProcessDefinitionEntity definition = definition(processDefinitionId);
    return model(definition).getModelElementsByType(StartEvent.class).stream()
        .filter(start -> start.getParentElement() instanceof Process)
        .map(StartEvent::getCamundaFormRef)
        .filter(formRef -> formRef != null)
        .findFirst()
        .map(formRef -> schema(definition.getDeploymentId(), formRef));
  }

  private static FormSchema schema(String deploymentId, String formKey) {
    return PARSED.computeIfAbsent(deploymentId + "/" + formKey, cacheKey -> load(deploymentId, formKey));
  }

  private static FormSchema load(String deploymentId, String formKey) {
    CommandContext command = Context.getCommandContext();
    CamundaFormDefinitionEntity form =
        command.getCamundaFormDefinitionManager().findDefinitionByDeploymentAndKey(deploymentId, formKey);
    if (form == null) {
      throw new IllegalStateException("Form " + formKey + " is not in deployment " + deploymentId);
    }
    ResourceEntity resource =
        command.getResourceManager().findResourceByDeploymentIdAndResourceName(deploymentId, form.getResourceName());
    return FormSchema.parse(resource.getBytes());
  }

  private static ProcessDefinitionEntity definition(String processDefinitionId) {
    return Context.getProcessEngineConfiguration()
        .getDeploymentCache()
        .findDeployedProcessDefinitionById(processDefinitionId);
  }

  private static BpmnModelInstance model(ProcessDefinitionEntity definition) {
    return Context.getProcessEngineConfiguration()
        .getDeploymentCache()
        .findBpmnModelInstanceForProcessDefinition(definition);
  }
}
