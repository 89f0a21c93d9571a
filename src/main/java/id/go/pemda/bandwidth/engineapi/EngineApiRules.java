package id.go.pemda.bandwidth.engineapi;

import static id.go.pemda.bandwidth.engineapi.Role.COCKPIT;
import static id.go.pemda.bandwidth.engineapi.Role.TASKLIST;

import id.go.pemda.bandwidth.engineapi.Rule.Handling;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The engine API calls a user who is not an administrator may make: the calls Tasklist and
 * Cockpit make for the user's role (read off the browser tests' traffic), nothing else. Every
 * other call is refused with 403 before the engine runs: start instructions, modification,
 * restart, migration, messages, signals, job execution, variable writes, deployments, batches,
 * external tasks, and bodies with fields a rule does not name. docs/security.md lists this table
 * for readers; {@code EngineApiRulesTest} holds the two together.
 *
 * <p>A new screen that needs a new call adds one rule here and one test.
 */
final class EngineApiRules {

  private static final String GET = "GET";
  private static final String POST = "POST";
  private static final String OPTIONS = "OPTIONS";
  private static final Set<String> NO_BODY = Set.of();

  private static final Set<String> PAGING = Set.of("firstResult", "maxResults", "sorting");

  /** Read filters of a task query (Tasklist's filters and search, Cockpit's user tasks tab); no expressions. */
  static final Set<String> TASK_QUERY = with(PAGING,
      "processVariables", "taskVariables", "caseInstanceVariables", "orQueries", "active", "suspended",
      "processInstanceBusinessKey", "processInstanceBusinessKeyIn", "processInstanceBusinessKeyLike",
      "processDefinitionKey", "processDefinitionKeyIn", "processDefinitionId", "processDefinitionName",
      "processDefinitionNameLike", "processInstanceId", "processInstanceIdIn", "executionId", "activityInstanceIdIn",
      "tenantIdIn", "withoutTenantId", "assignee", "assigneeLike", "assigneeIn", "assigneeNotIn", "assigned",
      "unassigned", "candidateGroup", "candidateGroupLike", "candidateGroups", "withCandidateGroups",
      "withoutCandidateGroups", "candidateUser", "withCandidateUsers", "withoutCandidateUsers",
      "includeAssignedTasks", "involvedUser", "owner", "taskId", "taskIdIn", "taskDefinitionKey",
      "taskDefinitionKeyIn", "taskDefinitionKeyNotIn", "taskDefinitionKeyLike", "name", "nameNotEqual", "nameLike",
      "nameNotLike", "description", "descriptionLike", "priority", "minPriority", "maxPriority", "parentTaskId",
      "dueDate", "dueAfter", "dueBefore", "withoutDueDate", "followUpDate", "followUpAfter", "followUpBefore",
      "followUpBeforeOrNotExistent", "createdOn", "createdAfter", "createdBefore", "updatedAfter", "delegationState",
      "variableNamesIgnoreCase", "variableValuesIgnoreCase", "withCommentAttachmentInfo");

  /** Read filters of Cockpit's instance lists. */
  static final Set<String> PROCESS_INSTANCE_QUERY = with(PAGING,
      "processInstanceIds", "processDefinitionKey", "processDefinitionKeyIn", "processDefinitionKeyNotIn",
      "processDefinitionId", "processDefinitionWithoutTenantId", "businessKey", "businessKeyLike",
      "superProcessInstance", "subProcessInstance", "rootProcessInstanceId", "active", "suspended", "withIncident",
      "incidentId", "incidentType", "incidentMessage", "incidentMessageLike", "tenantIdIn", "withoutTenantId",
      "activityIdIn", "rootProcessInstances", "leafProcessInstances", "variables", "variableNamesIgnoreCase",
      "variableValuesIgnoreCase");

  /** Cockpit's variables tab: read filters only (values are read with deserializeValues=false). */
  static final Set<String> VARIABLE_INSTANCE_QUERY = with(PAGING,
      "variableName", "variableNameLike", "variableValues", "variableNamesIgnoreCase", "variableValuesIgnoreCase",
      "processInstanceIdIn", "executionIdIn", "taskIdIn", "variableScopeIdIn", "activityInstanceIdIn", "tenantIdIn");

  /** Cockpit's jobs tab. */
  static final Set<String> JOB_QUERY = with(PAGING,
      "activityId", "jobId", "jobIds", "executionId", "processInstanceId", "processInstanceIds",
      "processDefinitionId", "processDefinitionKey", "jobDefinitionId", "withRetriesLeft", "executable", "timers",
      "messages", "withException", "noRetriesLeft", "active", "suspended", "tenantIdIn", "withoutTenantId");

  /** Cockpit's external tasks tab (the application has none; it counts them). */
  static final Set<String> EXTERNAL_TASK_QUERY = with(PAGING,
      "externalTaskId", "activityId", "activityIdIn", "executionId", "processInstanceId", "processInstanceIdIn",
      "processDefinitionId", "processDefinitionKey", "topicName", "locked", "notLocked", "active", "suspended",
      "tenantIdIn");

  static final List<Rule> RULES = List.of(
      // ---------------------------------------------------------------- every webapp
      rule(GET, "/engine", TASKLIST, "the webapps list the process engines"),
      rule(GET, "/user/{userId}/profile", TASKLIST, "the header shows the user's name; Tasklist names an assignee"),
      rule(GET, "/identity/password-policy", TASKLIST, "the profile page shows the password rules"),
      rule(GET, "/authorization/check", TASKLIST, "the webapps ask whether to show an action"),

      // ---------------------------------------------------------------- Tasklist: filters and lists
      rule(GET, "/filter", TASKLIST, "Tasklist's sidebar lists the filters the user may read"),
      rule(OPTIONS, "/filter", TASKLIST, "Tasklist asks what it may do with filters"),
      rule(GET, "/filter/count", TASKLIST, "Tasklist's sidebar counts the filters"),
      rule(GET, "/filter/{filterId}", TASKLIST, "Tasklist reads a filter's settings"),
      body(POST, "/filter/{filterId}/list", TASKLIST, TASK_QUERY, "Tasklist lists a filter's tasks"),
      body(POST, "/filter/{filterId}/count", TASKLIST, TASK_QUERY, "Tasklist counts a filter's tasks"),
      rule(GET, "/filter/{filterId}/count", TASKLIST, "Tasklist counts a filter's tasks"),
      rule(GET, "/task", TASKLIST, "after a completion Tasklist opens the user's next task of the instance"),
      rule(GET, "/task/count", TASKLIST, "the webapps' start pages count tasks"),
      body(POST, "/task", COCKPIT, TASK_QUERY, "Cockpit's user tasks tab of an instance"),
      body(POST, "/task/count", COCKPIT, TASK_QUERY, "Cockpit's user tasks tab of an instance"),

      // ---------------------------------------------------------------- Tasklist: one task
      rule(GET, "/task/{taskId}", TASKLIST, "Tasklist opens a task"),
      rule(GET, "/task/{taskId}/form", TASKLIST, "Tasklist asks which form a task has"),
      rule(GET, "/task/{taskId}/deployed-form", TASKLIST, "Tasklist loads the task's Camunda Form"),
      new Rule(GET, "/task/{taskId}/form-variables", TASKLIST, NO_BODY, Handling.TASK_FORM_VARIABLES,
          "Tasklist fills the form with what it shows, worked out by the application as it opens"),
      rule(GET, "/task/{taskId}/identity-links", TASKLIST, "Tasklist and Cockpit show a task's groups"),
      rule(GET, "/task/{taskId}/comment", TASKLIST, "Tasklist's history of a task shows its comments"),
      body(POST, "/task/{taskId}/comment/create", TASKLIST, Set.of("message"), "Tasklist's 'add comment'"),
      new Rule(POST, "/task/{taskId}/claim", TASKLIST, Set.of("userId"), Handling.ENGINE_FOR_SELF,
          "Tasklist's 'claim': the user takes the task, never for someone else"),
      rule(POST, "/task/{taskId}/unclaim", TASKLIST, "Tasklist's 'unclaim'"),
      new Rule(POST, "/task/{taskId}/submit-form", TASKLIST, Set.of("variables", "withVariablesInReturn"),
          Handling.TASK_FORM, "Tasklist's 'complete': only the form's fields, checked by the application"),
      new Rule(POST, "/task/{taskId}/complete", TASKLIST, Set.of("variables", "withVariablesInReturn"),
          Handling.TASK_FORM, "a script's completion (docs/api.md): the same form check as Tasklist's"),

      // ---------------------------------------------------------------- Tasklist: start forms
      rule(GET, "/process-definition", TASKLIST, "Tasklist's 'start process' and Cockpit's lists"),
      rule(GET, "/process-definition/count", TASKLIST, "Tasklist's 'start process' and Cockpit's lists"),
      rule(GET, "/process-definition/{processDefinitionId}/startForm", TASKLIST, "Tasklist asks for the start form"),
      rule(GET, "/process-definition/{processDefinitionId}/deployed-start-form", TASKLIST,
          "Tasklist loads the start form"),
      rule(GET, "/process-definition/{processDefinitionId}/form-variables", TASKLIST,
          "Tasklist fills the start form"),
      new Rule(POST, "/process-definition/{processDefinitionId}/submit-form", TASKLIST,
          Set.of("variables", "businessKey"), Handling.START_FORM,
          "Tasklist's 'start': only the start form's fields, checked by the application"),
      new Rule(POST, "/process-definition/key/{processDefinitionKey}/submit-form", TASKLIST,
          Set.of("variables", "businessKey"), Handling.START_FORM,
          "a script's start by key (docs/api.md): the same start form check as Tasklist's"),
      rule(GET, "/process-definition/{processDefinitionId}/xml", TASKLIST, "the diagram of a task or an instance"),

      // ---------------------------------------------------------------- Cockpit: processes
      rule(GET, "/process-definition/statistics", COCKPIT, "Cockpit's processes page"),
      rule(GET, "/process-definition/{processDefinitionId}", COCKPIT, "Cockpit's page of a process"),
      rule(GET, "/process-definition/{processDefinitionId}/statistics", COCKPIT, "tokens on a process's diagram"),
      rule(GET, "/process-definition/{processDefinitionId}/static-called-process-definitions", COCKPIT,
          "the processes a process calls"),
      rule(GET, "/job-definition", COCKPIT, "Cockpit's job definitions of a process"),
      rule(GET, "/job-definition/{jobDefinitionId}", COCKPIT, "Cockpit's job definition of an instance's job"),
      rule(GET, "/case-definition/count", COCKPIT, "Cockpit's start page counts models"),
      rule(GET, "/deployment/count", COCKPIT, "Cockpit's start page counts deployments"),

      // ---------------------------------------------------------------- Cockpit: instances
      body(POST, "/process-instance", COCKPIT, PROCESS_INSTANCE_QUERY, "Cockpit's instance lists"),
      body(POST, "/process-instance/count", COCKPIT, PROCESS_INSTANCE_QUERY, "Cockpit's instance counts"),
      rule(GET, "/process-instance/{processInstanceId}", COCKPIT, "Cockpit's page of an instance"),
      rule(GET, "/process-instance/{processInstanceId}/activity-instances", COCKPIT, "where an instance waits"),
      body(POST, "/variable-instance", COCKPIT, VARIABLE_INSTANCE_QUERY, "Cockpit's variables tab"),
      body(POST, "/variable-instance/count", COCKPIT, VARIABLE_INSTANCE_QUERY, "Cockpit's variables tab"),
      body(POST, "/job", COCKPIT, JOB_QUERY, "Cockpit's jobs tab"),
      rule(GET, "/job/count", COCKPIT, "Cockpit's jobs tab"),
      body(POST, "/external-task/count", COCKPIT, EXTERNAL_TASK_QUERY, "Cockpit's external tasks tab"),
      rule(GET, "/process-instance", COCKPIT, "a monitor's script lists instances (docs/api.md)"),
      rule(GET, "/process-instance/count", COCKPIT, "a monitor's script counts instances (docs/api.md)"),
      rule(GET, "/incident", COCKPIT, "Cockpit's incidents of a process or an instance"),
      rule(GET, "/incident/count", COCKPIT, "Cockpit's incidents of a process or an instance"),

      // ---------------------------------------------------------------- history, for monitoring
      rule(GET, "/history/process-instance", COCKPIT, "finished and running instances of the Pemda"),
      rule(GET, "/history/process-instance/count", COCKPIT, "finished and running instances of the Pemda"),
      rule(GET, "/history/activity-instance", COCKPIT, "the path an instance took"),
      rule(GET, "/history/activity-instance/count", COCKPIT, "the path an instance took"),
      rule(GET, "/history/task", COCKPIT, "who worked on what and when"),
      rule(GET, "/history/task/count", COCKPIT, "who worked on what and when"),
      rule(GET, "/history/incident", COCKPIT, "past incidents"),
      rule(GET, "/history/incident/count", COCKPIT, "past incidents"),
      rule(GET, "/history/user-operation", TASKLIST, "Tasklist's history of a task; the audit trail"),
      rule(GET, "/history/user-operation/count", TASKLIST, "Tasklist's history of a task; the audit trail"),

      // ---------------------------------------------------------------- Cockpit: decisions
      rule(GET, "/decision-definition", COCKPIT, "Cockpit's decisions page"),
      rule(GET, "/decision-definition/count", COCKPIT, "Cockpit's decisions page"),
      rule(GET, "/decision-definition/{decisionDefinitionId}", COCKPIT, "Cockpit's page of a decision"),
      rule(GET, "/decision-definition/{decisionDefinitionId}/xml", COCKPIT, "the decision table"),
      rule(GET, "/decision-requirements-definition", COCKPIT, "Cockpit's decisions page"),
      rule(GET, "/decision-requirements-definition/count", COCKPIT, "Cockpit's decisions page"),
      rule(GET, "/history/decision-instance", COCKPIT, "a decision's evaluations"),
      rule(GET, "/history/decision-instance/count", COCKPIT, "a decision's evaluations"));

  private EngineApiRules() {}

  private static Rule rule(String method, String template, Set<Role> roles, String reason) {
    return new Rule(method, template, roles, NO_BODY, Handling.ENGINE, reason);
  }

  private static Rule body(String method, String template, Set<Role> roles, Set<String> fields, String reason) {
    return new Rule(method, template, roles, fields, Handling.ENGINE, reason);
  }

  private static Set<String> with(Set<String> base, String... more) {
    Set<String> all = new LinkedHashSet<>(base);
    all.addAll(Stream.of(more).toList());
    return Set.copyOf(all);
  }
}
