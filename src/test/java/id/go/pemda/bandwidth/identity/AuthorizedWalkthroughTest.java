package id.go.pemda.bandwidth.identity;

import static id.go.pemda.bandwidth.support.TransitionDriver.agreed;
import static id.go.pemda.bandwidth.support.TransitionDriver.installed;
import static id.go.pemda.bandwidth.support.TransitionDriver.survey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.pemda.bandwidth.budget.BudgetService;
import id.go.pemda.bandwidth.budget.BudgetStatus;
import id.go.pemda.bandwidth.campaign.CampaignService;
import id.go.pemda.bandwidth.process.contract.CampaignContract;
import id.go.pemda.bandwidth.process.contract.TransitionContract;
import id.go.pemda.bandwidth.support.ApplicationTest;
import id.go.pemda.bandwidth.support.TimeTravel;
import id.go.pemda.bandwidth.transition.DecisionRecord;
import id.go.pemda.bandwidth.transition.TransitionService;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * One OPD's whole transition on PostgreSQL through the engine's public services, each step
 * done by the demo user of its role with authorization checks on, as Tasklist does it.
 */
@ApplicationTest
class AuthorizedWalkthroughTest {

  // Tests share one database: this one owns the form-started fiscal year 2027 and the OPDs
  // DISPERKIM and DP2PA (other tests plan their transitions for 2032 without the form).
  private static final int FISCAL_YEAR = 2027;

  @Autowired ProcessEngine engine;
  @Autowired BudgetService budgets;
  @Autowired TransitionService transitions;
  @Autowired CampaignService campaigns;

  @AfterEach
  void cleanUp() {
    engine.getIdentityService().clearAuthentication();
  }

  @Test
  void role_users_take_one_opd_from_campaign_start_to_budget_revocation() {
    TimeTravel.to(Instant.parse("2026-11-03T00:00:00Z"));
    ProcessInstance campaign =
        as("diskominfo", () -> engine.getFormService().submitStartForm(
            campaignDefinitionId(),
            Map.of("fiscalYear", FISCAL_YEAR, "quietPeriod", "P30D", "opdCodes", "DISPERKIM, DP2PA")));
    runJobs(campaign.getId());
    ProcessInstance transition =
        engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey("DISPERKIM").singleResult();

    // each OPD sees only its own survey, also through the Tasklist filter of its role
    Task survey = taskOf("opd.disperkim", transition);
    assertThat(survey.getTaskDefinitionKey()).isEqualTo(TransitionContract.TASK_FILL_SURVEY);
    assertThat(businessKeysOfTasksVisibleTo("opd.disperkim")).containsOnly("DISPERKIM");
    assertThat(businessKeysOfTasksVisibleTo("opd.dp2pa")).containsOnly("DP2PA");
    List<Task> filtered =
        as("opd.disperkim", () -> engine.getFilterService().<Task>list(filterId(TasklistFilters.OPD_FILTER)));
    assertThat(filtered).extracting(Task::getId).containsExactly(survey.getId());
    assertThat(as("opd.dp2pa", () -> engine.getTaskService().createTaskQuery().taskId(survey.getId()).count())).isZero();
    assertThatThrownBy(() -> as("opd.dp2pa", () -> complete(survey, survey())))
        .isInstanceOf(AuthorizationException.class);
    // an OPD user reads its own transition and no other instance
    assertThat(as("opd.disperkim", () -> engine.getRuntimeService().createProcessInstanceQuery().list()))
        .extracting(ProcessInstance::getId)
        .containsExactly(transition.getId());

    completeAs("opd.disperkim", transition, TransitionContract.TASK_FILL_SURVEY, survey());
    assertThat(as("kadis", () -> engine.getTaskService().createTaskQuery().processInstanceId(transition.getId()).count()))
        .isZero();
    completeAs("diskominfo", transition, TransitionContract.TASK_COORDINATE_TECHNICALLY, agreed(100, 1_500_000));
    completeAs("kadis", transition, TransitionContract.TASK_APPROVE_PLAN, Map.of("planDecision", "APPROVE"));
    runJobs(transition.getId());
    completeAs("diskominfo", transition, TransitionContract.TASK_CONFIRM_INSTALLATION, installed());
    completeAs("opd.disperkim", transition, TransitionContract.TASK_ACCEPT_LINK, Map.of("linkAcceptance", "ACCEPTED"));

    TimeTravel.advance(Duration.ofDays(31));
    runJobs(transition.getId());
    // the Sekda monitors every instance
    assertThat(as("sekda", () -> engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(transition.getId()).count()))
        .isOne();
    completeAs("sekda", transition, TransitionContract.TASK_APPROVE_BUDGET_REVOCATION, Map.of("revocationDecision", "APPROVE"));
    completeAs("bpkad", transition, TransitionContract.TASK_RECORD_BUDGET_REVOCATION, Map.of("budgetDocumentNumber", "DPPA/2027/07"));
    completeAs(
        "opd.disperkim",
        transition,
        TransitionContract.TASK_CONFIRM_ISP_TERMINATION,
        Map.of("ispTerminatedOn", "2026-12-31", "ispTerminationReference", "045/DUKCAPIL/2026"));

    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(transition.getId())
            .singleResult().getEndActivityId())
        .isEqualTo(TransitionContract.END_TRANSITION_COMPLETED);
    assertThat(budgets.line("DISPERKIM", FISCAL_YEAR).orElseThrow().status()).isEqualTo(BudgetStatus.REVOKED);
    assertThat(engine.getHistoryService().createUserOperationLogQuery().userId("sekda").count()).isPositive();
    // who decided what is on record, with the real user of each step
    Long transitionId =
        (Long) engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(transition.getId())
            .variableName(TransitionContract.TRANSITION_ID.name()).singleResult().getValue();
    assertThat(transitions.decisions(transitionId))
        .extracting(DecisionRecord::decidedBy)
        .containsExactly("diskominfo", "kadis", "opd.disperkim", "sekda");
    Long campaignId =
        (Long) engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(campaign.getId())
            .variableName(CampaignContract.CAMPAIGN_ID.name()).singleResult().getValue();
    assertThat(campaigns.require(campaignId).startedBy()).isEqualTo("diskominfo");
  }

  private void completeAs(String userId, ProcessInstance transition, String taskKey, Map<String, Object> values) {
    Task task = taskOf(userId, transition);
    assertThat(task.getTaskDefinitionKey()).as("task of %s", userId).isEqualTo(taskKey);
    as(userId, () -> {
      engine.getTaskService().claim(task.getId(), userId);
      engine.getFormService().submitTaskForm(task.getId(), values);
      return null;
    });
  }

  private Task taskOf(String userId, ProcessInstance transition) {
    List<Task> tasks =
        as(userId, () -> engine.getTaskService().createTaskQuery().processInstanceId(transition.getId()).list());
    assertThat(tasks).as("tasks of the transition visible to %s", userId).hasSize(1);
    return tasks.get(0);
  }

  private List<String> businessKeysOfTasksVisibleTo(String userId) {
    return as(userId, () -> engine.getTaskService().createTaskQuery().list()).stream()
        .map(task -> engine.getRuntimeService().createProcessInstanceQuery()
            .processInstanceId(task.getProcessInstanceId()).singleResult().getBusinessKey())
        .toList();
  }

  private Void complete(Task task, Map<String, Object> values) {
    engine.getTaskService().complete(task.getId(), values);
    return null;
  }

  private String campaignDefinitionId() {
    return engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(CampaignContract.KEY)
        .latestVersion().singleResult().getId();
  }

  private String filterId(String name) {
    Filter filter = engine.getFilterService().createFilterQuery().filterName(name).singleResult();
    return filter.getId();
  }

  private void runJobs(String processInstanceId) {
    for (Job job : engine.getManagementService().createJobQuery().processInstanceId(processInstanceId).executable().list()) {
      engine.getManagementService().executeJob(job.getId());
    }
    assertThat(engine.getManagementService().createJobQuery().processInstanceId(processInstanceId).executable().count())
        .isZero();
  }

  private <T> T as(String userId, java.util.function.Supplier<T> action) {
    List<String> groups =
        engine.getIdentityService().createGroupQuery().groupMember(userId).list().stream().map(g -> g.getId()).toList();
    engine.getIdentityService().setAuthentication(userId, groups);
    try {
      return action.get();
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }
}
