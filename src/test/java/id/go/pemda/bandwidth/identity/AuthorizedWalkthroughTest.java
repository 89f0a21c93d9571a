package id.go.pemda.bandwidth.identity;

import static id.go.pemda.bandwidth.support.TransitionDriver.accepted;
import static id.go.pemda.bandwidth.support.TransitionDriver.installed;
import static id.go.pemda.bandwidth.support.TransitionDriver.ownIspSite;
import static id.go.pemda.bandwidth.support.TransitionDriver.survey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.pemda.bandwidth.budget.BudgetInstrument;
import id.go.pemda.bandwidth.budget.BudgetLine;
import id.go.pemda.bandwidth.budget.BudgetService;
import id.go.pemda.bandwidth.budget.BudgetStatus;
import id.go.pemda.bandwidth.campaign.CampaignService;
import id.go.pemda.bandwidth.connection.ConnectionService;
import id.go.pemda.bandwidth.connection.SiteConnection;
import id.go.pemda.bandwidth.connection.SiteStatus;
import id.go.pemda.bandwidth.process.contract.CampaignContract;
import id.go.pemda.bandwidth.process.contract.TransitionContract;
import id.go.pemda.bandwidth.support.ApplicationTest;
import id.go.pemda.bandwidth.support.TimeTravel;
import id.go.pemda.bandwidth.support.TransitionDriver;
import id.go.pemda.bandwidth.transition.DecisionRecord;
import id.go.pemda.bandwidth.transition.TransitionService;
import id.go.pemda.bandwidth.transition.TransitionStatus;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.spin.plugin.variable.value.JsonValue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * One OPD's whole transition, from Diskominfo's campaign start form to the old ISP contract
 * ended, each step done over the engine's REST API by the demo user of its role with
 * authorization checks on, as Tasklist does it: the user sees the task, claims it and submits
 * its form. Only the job executor's work (async steps, timers) is done by the test.
 */
@ApplicationTest
class AuthorizedWalkthroughTest {

  // Tests share one database: this class owns the form-started fiscal year 2036 (the start form
  // takes this year and the next five, so the clock is in late 2031) and the OPDs DISPERKIM and DP2PA.
  private static final int FISCAL_YEAR = 2036;
  private static final String OPD = "DISPERKIM";
  private static final String OPD_USER = "opd.disperkim";
  private static final String OTHER_OPD_USER = "opd.dp2pa";
  private static final BigDecimal PAGU = new BigDecimal("60000000");

  @Autowired TestRestTemplate http;
  @Autowired ProcessEngine engine;
  @Autowired TransitionDriver driver;
  @Autowired BudgetService budgets;
  @Autowired TransitionService transitions;
  @Autowired CampaignService campaigns;
  @Autowired ConnectionService connections;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
    // 3 November 2031, 08.00 WITA: the APBD 2036 is years away, the line is left out of its RKA
    TimeTravel.to(Instant.parse("2031-11-03T00:00:00Z"));
  }

  @Test
  void role_users_take_one_opd_from_the_campaign_start_form_to_its_old_contract_ended() {
    budgets.record(OPD, FISCAL_YEAR, PAGU, BigDecimal.ZERO);
    ResponseEntity<JsonNode> started = send("diskominfo", HttpMethod.POST,
        "/engine-rest/process-definition/key/" + CampaignContract.KEY + "/submit-form",
        body(Map.of("programName", "Pemusatan belanja internet 2036", "fiscalYear", FISCAL_YEAR,
            "quietPeriodDays", TransitionDriver.QUIET_PERIOD_DAYS, "opdCodes", OPD + ", " + "dp2pa")));
    assertThat(started.getStatusCode()).as(String.valueOf(started.getBody())).isEqualTo(HttpStatus.OK);
    String campaign = started.getBody().get("id").asText();
    runJobs(campaign);
    // the demo program has its own transition of this OPD: this one is the campaign's
    ProcessInstance transition = engine.getRuntimeService().createProcessInstanceQuery()
        .superProcessInstanceId(campaign).processInstanceBusinessKey(OPD).singleResult();

    // each OPD sees only its own survey, also through the Tasklist filter of its role
    JsonNode survey = taskOf(OPD_USER, transition, TransitionContract.TASK_FILL_SURVEY);
    assertThat(engineTask(survey)).hasCandidateGroup(Groups.opd(OPD));
    assertThat(businessKeysOf(get(OPD_USER, "/engine-rest/task"))).containsOnly(OPD);
    assertThat(businessKeysOf(get(OTHER_OPD_USER, "/engine-rest/task"))).containsOnly("DP2PA");
    String filter = get(OPD_USER, "/engine-rest/filter?name=" + TasklistFilters.OPD_FILTER).get(0).get("id").asText();
    JsonNode filtered = send(OPD_USER, HttpMethod.POST, "/engine-rest/filter/" + filter + "/list", Map.of()).getBody();
    assertThat(filtered.findValuesAsText("id")).contains(survey.get("id").asText());
    assertThat(businessKeysOf(filtered)).containsOnly(OPD);
    assertThat(get(OTHER_OPD_USER, "/engine-rest/task?processInstanceId=" + transition.getId())).isEmpty();
    Map<String, Object> answers = survey(ownIspSite("Kantor Dinas Perkim", 2_500_000L, "2035-12-31"));
    assertThat(send(OTHER_OPD_USER, HttpMethod.POST, "/engine-rest/task/" + survey.get("id").asText() + "/submit-form",
            body(answers)).getStatusCode())
        .as("another OPD's task is not there for it").isEqualTo(HttpStatus.NOT_FOUND);
    // no screen of an OPD lists instances: the engine API's door does not open the list to it
    assertThat(send(OPD_USER, HttpMethod.GET, "/engine-rest/process-instance", null).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);

    completeAs(OPD_USER, transition, TransitionContract.TASK_FILL_SURVEY, answers);
    // the head of Diskominfo has nothing to do before Diskominfo agreed the plan
    assertThat(get("kadis", "/engine-rest/task?processInstanceId=" + transition.getId())).isEmpty();
    JsonNode coordinate = taskOf("diskominfo", transition, TransitionContract.TASK_COORDINATE_TECHNICALLY);
    completeAs("diskominfo", transition, TransitionContract.TASK_COORDINATE_TECHNICALLY,
        driver.agreement(engineTask(coordinate), 1_500_000L));
    assertThat(engineTask(taskOf("kadis", transition, TransitionContract.TASK_APPROVE_PLAN)))
        .hasCandidateGroup(Groups.KADIS_DISKOMINFO);
    completeAs("kadis", transition, TransitionContract.TASK_APPROVE_PLAN, Map.of("planDecision", "APPROVE"));
    runJobs(transition.getId());
    completeAs("diskominfo", transition, TransitionContract.TASK_CONFIRM_INSTALLATION, installed());
    completeAs(OPD_USER, transition, TransitionContract.TASK_ACCEPT_LINK, accepted());

    TimeTravel.advance(Duration.ofDays(TransitionDriver.QUIET_PERIOD_DAYS + 1));
    driver.runJobs(transition, TransitionContract.EVENT_QUIET_PERIOD_ELAPSED);
    // the head of Diskominfo confirms the monitoring's end before the Sekda decides
    assertThat(driver.tasks(transition, TransitionContract.TASK_APPROVE_BUDGET_REVOCATION)).isEmpty();
    assertThat(engineTask(taskOf("kadis", transition, TransitionContract.TASK_CONFIRM_MONITORING_END)))
        .hasCandidateGroup(Groups.KADIS_DISKOMINFO);
    completeAs("kadis", transition, TransitionContract.TASK_CONFIRM_MONITORING_END, TransitionDriver.monitoringEndConfirmed());
    // the Sekda monitors every instance
    assertThat(get("sekda", "/engine-rest/process-instance?processInstanceIds=" + transition.getId())).hasSize(1);
    assertThat(engineTask(taskOf("sekda", transition, TransitionContract.TASK_APPROVE_BUDGET_REVOCATION)))
        .hasCandidateGroup(Groups.SEKDA);
    completeAs("sekda", transition, TransitionContract.TASK_APPROVE_BUDGET_REVOCATION,
        Map.of("revocationDecision", "APPROVE"));
    assertThat(engineTask(taskOf("bpkad", transition, TransitionContract.TASK_RECORD_BUDGET_REVOCATION)))
        .hasCandidateGroup(Groups.BPKAD);
    completeAs("bpkad", transition, TransitionContract.TASK_RECORD_BUDGET_REVOCATION,
        Map.of("instrument", BudgetInstrument.RKA_NOT_PROPOSED.name(), "documentNumber", "RKA-SKPD/2036/DISPERKIM",
            "documentDate", "2031-12-03"));
    completeAs(OPD_USER, transition, TransitionContract.TASK_CONFIRM_ISP_TERMINATION,
        Map.of("ispTerminatedOn", "2035-12-31", "ispTerminationReference", "045/PERKIM/2035",
            "signerName", "Ir. Hendra", "signedByHead", true));

    assertThat(transition).isEnded().hasPassed(TransitionContract.END_TRANSITION_COMPLETED);
    Long transitionId = historic(transition.getId(), TransitionContract.TRANSITION_ID.name());
    assertThat(transitions.require(transitionId).status()).isEqualTo(TransitionStatus.COMPLETED);
    assertThat(connections.connectionsOf(transitionId)).extracting(SiteConnection::status)
        .containsExactly(SiteStatus.ISP_TERMINATED);
    BudgetLine line = budgets.line(OPD, FISCAL_YEAR).orElseThrow();
    assertThat(line.status()).isEqualTo(BudgetStatus.REVOKED);
    assertThat(line.movedAmountRupiah()).isEqualByComparingTo(PAGU);
    assertThat(line.movement().revokedBy()).isEqualTo("bpkad");
    assertThat(engine.getHistoryService().createUserOperationLogQuery().userId("sekda").count()).isPositive();
    // who decided what is on record, with the real user of each step
    assertThat(transitions.decisions(transitionId))
        .extracting(DecisionRecord::step, DecisionRecord::decidedBy)
        .contains(
            tuple(TransitionContract.TASK_COORDINATE_TECHNICALLY, "diskominfo"),
            tuple(TransitionContract.TASK_APPROVE_PLAN, "kadis"),
            tuple(TransitionContract.TASK_CONFIRM_MONITORING_END, "kadis"),
            tuple(TransitionContract.TASK_APPROVE_BUDGET_REVOCATION, "sekda"));
    assertThat(transitions.decisions(transitionId)).extracting(DecisionRecord::decidedBy)
        .isSubsetOf("diskominfo", "kadis", "sekda", "bpkad", OPD_USER);
    Long campaignId = historic(campaign, CampaignContract.CAMPAIGN_ID.name());
    assertThat(campaigns.require(campaignId).startedBy()).isEqualTo("diskominfo");
  }

  /** Tasklist's way: the user finds the task among those it may see, claims it and submits its form. */
  private void completeAs(String user, ProcessInstance transition, String taskKey, Map<String, Object> values) {
    String taskId = taskOf(user, transition, taskKey).get("id").asText();
    ResponseEntity<JsonNode> claimed =
        send(user, HttpMethod.POST, "/engine-rest/task/" + taskId + "/claim", Map.of("userId", user));
    assertThat(claimed.getStatusCode()).as("%s claims %s: %s", user, taskKey, claimed.getBody())
        .isEqualTo(HttpStatus.NO_CONTENT);
    ResponseEntity<JsonNode> submitted =
        send(user, HttpMethod.POST, "/engine-rest/task/" + taskId + "/submit-form", body(values));
    assertThat(submitted.getStatusCode()).as("%s submits %s: %s", user, taskKey, submitted.getBody())
        .isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery().taskId(taskId).singleResult().getAssignee())
        .isEqualTo(user);
  }

  /** The one task of the transition the user sees. */
  private JsonNode taskOf(String user, ProcessInstance transition, String taskKey) {
    JsonNode tasks = get(user, "/engine-rest/task?processInstanceId=" + transition.getId());
    assertThat(tasks.findValuesAsText("taskDefinitionKey")).as("tasks of the transition visible to %s", user)
        .containsExactly(taskKey);
    return tasks.get(0);
  }

  private Task engineTask(JsonNode task) {
    return engine.getTaskService().createTaskQuery().taskId(task.get("id").asText()).singleResult();
  }

  private List<String> businessKeysOf(JsonNode tasks) {
    return tasks.findValuesAsText("processInstanceId").stream()
        .map(id -> engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(id).singleResult()
            .getBusinessKey())
        .toList();
  }

  /** As Tasklist sends a form: each value typed, a list as Json. */
  private static Map<String, Object> body(Map<String, Object> values) {
    Map<String, Object> variables = new HashMap<>();
    values.forEach((name, value) -> variables.put(name, value instanceof JsonValue json
        ? Map.of("value", json.getValueSerialized(), "type", "Json")
        : Map.of("value", value)));
    return Map.of("variables", variables);
  }

  private JsonNode get(String user, String path) {
    ResponseEntity<JsonNode> answer = http.withBasicAuth(user, "demo").getForEntity(path, JsonNode.class);
    assertThat(answer.getStatusCode()).as("GET %s as %s", path, user).isEqualTo(HttpStatus.OK);
    return answer.getBody();
  }

  private ResponseEntity<JsonNode> send(String user, HttpMethod method, String path, Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return http.withBasicAuth(user, "demo").exchange(path, method, new HttpEntity<>(body, headers), JsonNode.class);
  }

  private Long historic(String processInstanceId, String name) {
    return ((Number) engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(processInstanceId).variableName(name).singleResult().getValue()).longValue();
  }

  /** What the job executor does: every due job of the instance, until none is left. */
  private void runJobs(String processInstanceId) {
    List<Job> jobs;
    while (!(jobs = engine.getManagementService().createJobQuery().processInstanceId(processInstanceId).executable()
        .list()).isEmpty()) {
      jobs.forEach(job -> engine.getManagementService().executeJob(job.getId()));
    }
  }
}
