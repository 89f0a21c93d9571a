package id.go.pemda.bandwidth.engineapi;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Component;

/**
 * Whether the caller can see an object, asked of the engine as the caller: its authorizations and
 * its Pemda (the tenant check) decide. Queries never fail on an id that does not exist, so an
 * unknown id and another Pemda's id both come back "not visible", and the door answers both alike.
 */
@Component
class Visibility {

  private final TaskService tasks;
  private final RuntimeService runtime;
  private final RepositoryService repository;
  private final ManagementService management;
  private final FilterService filters;
  private final IdentityService identity;

  Visibility(TaskService tasks, RuntimeService runtime, RepositoryService repository, ManagementService management,
      FilterService filters, IdentityService identity) {
    this.tasks = tasks;
    this.runtime = runtime;
    this.repository = repository;
    this.management = management;
    this.filters = filters;
    this.identity = identity;
  }

  boolean visible(Target target, String id) {
    return switch (target) {
      case TASK -> tasks.createTaskQuery().taskId(id).count() > 0;
      case PROCESS_INSTANCE -> runtime.createProcessInstanceQuery().processInstanceId(id).count() > 0;
      case PROCESS_DEFINITION -> repository.createProcessDefinitionQuery().processDefinitionId(id).count() > 0;
      case PROCESS_DEFINITION_KEY -> repository.createProcessDefinitionQuery().processDefinitionKey(id).count() > 0;
      case DECISION_DEFINITION -> repository.createDecisionDefinitionQuery().decisionDefinitionId(id).count() > 0;
      case JOB_DEFINITION -> management.createJobDefinitionQuery().jobDefinitionId(id).count() > 0;
      case FILTER -> filters.createFilterQuery().filterId(id).count() > 0;
      case USER -> identity.createUserQuery().userId(id).count() > 0;
    };
  }
}
