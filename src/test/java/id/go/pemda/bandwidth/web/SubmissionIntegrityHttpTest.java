package id.go.pemda.bandwidth.web;

import static id.go.pemda.bandwidth.support.TransitionDriver.accepted;
import static id.go.pemda.bandwidth.support.TransitionDriver.installed;
import static id.go.pemda.bandwidth.support.TransitionDriver.ownIspSite;
import static id.go.pemda.bandwidth.support.TransitionDriver.survey;
import static org.assertj.core.api.Assertions.assertThat;

import id.go.pemda.bandwidth.process.ProcessVariable;
import id.go.pemda.bandwidth.process.contract.CampaignContract;
import id.go.pemda.bandwidth.process.contract.ComplaintCaseContract;
import id.go.pemda.bandwidth.process.contract.ComplaintIntakeContract;
import id.go.pemda.bandwidth.process.contract.BudgetLoadContract;
import id.go.pemda.bandwidth.process.contract.ForceCutContract;
import id.go.pemda.bandwidth.process.contract.TransitionContract;
import id.go.pemda.bandwidth.shared.PemdaZone;
import id.go.pemda.bandwidth.support.ApplicationTest;
import id.go.pemda.bandwidth.support.DatabaseSnapshot;
import id.go.pemda.bandwidth.support.TimeTravel;
import id.go.pemda.bandwidth.support.TransitionDriver;
import id.go.pemda.bandwidth.support.WebappSession;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.value.JsonValue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Nobody can write what the process owns (ids, groups, decisions, the cut, task priority,
 * deadlines, a site's order), whatever the role: each role completes its own task of a whole
 * transition (survey, coordination, approval, a site's installation and acceptance, the deadline,
 * BPKAD's record, the ISP termination) with valid answers plus one variable of the process,
 * through the engine's REST API and through Tasklist's own API (session cookie and CSRF header),
 * and is refused with 400 naming that variable, the task open, nothing changed. The rights a
 * role never had (variables, messages, signals, job due dates, modification) stay refused.
 */
@ApplicationTest
class SubmissionIntegrityHttpTest {

  // Tests share one database: this OPD (a demo OPD, so that it has its demo operator) belongs to this class.
  private static final String OPD = "DPTPH";
  private static final String OPD_USER = "opd.dptph";
  private static final int FISCAL_YEAR = 2027;
  /** 1 December 2026, 09.00 WITA: the APBD 2027 is adopted, BPKAD moves the line by pergeseran. */
  private static final Instant NOW = Instant.parse("2026-12-01T01:00:00Z");

  @Autowired TestRestTemplate http;
  @Autowired ProcessEngine engine;
  @Autowired TransitionDriver driver;
  @Autowired DatabaseSnapshot database;

  private ProcessInstance transition;

  @BeforeEach
  void setUp() {
    TimeTravel.to(NOW);
    transition = driver.start(OPD, FISCAL_YEAR, NOW.plus(Duration.ofDays(10)));
  }

  @Test
  void no_role_can_write_what_the_process_owns_through_either_rest_path() {
    Map<String, Object> survey = survey(ownIspSite("Kantor Dinas", 2_500_000L, "2026-12-31"));
    refusesEveryOwnedVariable(OPD_USER, TransitionContract.TASK_FILL_SURVEY, survey);
    refusesEveryOwnedVariable("admin", TransitionContract.TASK_FILL_SURVEY, survey);
    driver.complete(task(TransitionContract.TASK_FILL_SURVEY), survey);

    Map<String, Object> agreement = driver.agreement(task(TransitionContract.TASK_COORDINATE_TECHNICALLY), 1_500_000L);
    refusesEveryOwnedVariable("diskominfo", TransitionContract.TASK_COORDINATE_TECHNICALLY, agreement);
    driver.complete(task(TransitionContract.TASK_COORDINATE_TECHNICALLY), agreement);

    Map<String, Object> approve = Map.of("planDecision", "APPROVE");
    refusesEveryOwnedVariable("kadis", TransitionContract.TASK_APPROVE_PLAN, approve);
    driver.complete(task(TransitionContract.TASK_APPROVE_PLAN), approve);
    driver.sendOrders(transition);

    // a site's own steps: its order id, route and deadlines are the site sub-process's, not a form's
    refusesEveryOwnedVariable("diskominfo", TransitionContract.TASK_CONFIRM_INSTALLATION, installed());
    driver.complete(task(TransitionContract.TASK_CONFIRM_INSTALLATION), installed());
    refusesEveryOwnedVariable(OPD_USER, TransitionContract.TASK_ACCEPT_LINK, accepted());
    driver.complete(task(TransitionContract.TASK_ACCEPT_LINK), accepted());

    // the deadline passes during the monitoring: the Sekda decides
    TimeTravel.advance(Duration.ofDays(11));
    engine.getManagementService().executeJob(deadlineTimer().getId());
    Map<String, Object> force = Map.of("overdueDecision", "FORCE_REVOCATION", "overdueReason", "Tenggat lewat");
    refusesEveryOwnedVariable("sekda", TransitionContract.TASK_DECIDE_OVERDUE_TRANSITION, force);
    driver.complete(task(TransitionContract.TASK_DECIDE_OVERDUE_TRANSITION), force);

    // BPKAD records the pergeseran within the fiscal year
    TimeTravel.intoFiscalYear(2027);
    Map<String, Object> document = Map.of(
        "instrument", "PERGESERAN", "tapdDecisionNumber", "BA TAPD 1/2027", "documentNumber", "Perwali 17/2027",
        "documentDate", TimeTravel.now().atZone(PemdaZone.WITA.zone()).toLocalDate().toString());
    refusesEveryOwnedVariable("bpkad", TransitionContract.TASK_RECORD_BUDGET_REVOCATION, document);
    driver.complete(task(TransitionContract.TASK_RECORD_BUDGET_REVOCATION), document);

    Map<String, Object> terminated = Map.of(
        "ispTerminatedOn", "2026-12-31", "ispTerminationReference", "045/DPTPH/2026", "signerName", "Ir. Budi",
        "signedByHead", true);
    refusesEveryOwnedVariable(OPD_USER, TransitionContract.TASK_CONFIRM_ISP_TERMINATION, terminated);
    driver.complete(task(TransitionContract.TASK_CONFIRM_ISP_TERMINATION), terminated);

    // the decisions the gateways routed on are the ones the server recorded from the forms
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery()
            .processInstanceId(transition.getId()).variableName("planDecision").list())
        .filteredOn(variable -> variable.getTaskId() == null)
        .extracting(variable -> variable.getValue())
        .containsExactly("APPROVE");
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(transition.getId())
            .singleResult().getEndActivityId())
        .isEqualTo(TransitionContract.END_TRANSITION_COMPLETED);
  }

  @Test
  void no_role_gains_the_rights_it_never_had() {
    Task survey = task(TransitionContract.TASK_FILL_SURVEY);
    String instance = "/engine-rest/process-instance/" + transition.getId();
    Map<String, Object> hostile = Map.of("value", "opd-disdukcapil");
    Map<String, Object> cut = Map.of("value", true, "type", "Boolean");
    Map<String, Object> before = database.of(transition.getId());
    for (String user : List.of(OPD_USER, "diskominfo", "kadis", "sekda", "bpkad")) {
      List<ResponseEntity<String>> answers = new ArrayList<>();
      answers.add(send(user, HttpMethod.PUT, instance + "/variables/opdGroup", hostile));
      // the Sekda cuts with "putus saja" (its own process), never by writing the flag
      answers.add(send(user, HttpMethod.PUT, instance + "/variables/" + TransitionContract.CUT_REQUESTED.name(), cut));
      answers.add(send(user, HttpMethod.POST, instance + "/variables",
          Map.of("modifications", Map.of("opdGroup", hostile, TransitionContract.NETWORK_READY.name(), cut))));
      answers.add(send(user, HttpMethod.DELETE, instance + "/variables/transitionId", null));
      answers.add(send(user, HttpMethod.PUT, "/engine-rest/task/" + survey.getId() + "/variables/opdGroup", hostile));
      answers.add(send(user, HttpMethod.PUT, "/engine-rest/task/" + survey.getId() + "/localVariables/taskPriority",
          Map.of("value", 999)));
      answers.add(send(user, HttpMethod.PUT, "/engine-rest/execution/" + transition.getId() + "/localVariables/opdGroup",
          hostile));
      answers.add(send(user, HttpMethod.POST, "/engine-rest/message",
          Map.of("messageName", TransitionContract.MESSAGE_INSTALLATION_COMPLETED, "processInstanceId", transition.getId(),
              "processVariables", Map.of("opdGroup", hostile))));
      answers.add(send(user, HttpMethod.POST, "/engine-rest/message",
          Map.of("messageName", TransitionContract.MESSAGE_COMPLAINT_FILED, "processInstanceId", transition.getId(),
              "processVariables", Map.of(TransitionContract.CUT_REQUESTED.name(), cut))));
      answers.add(send(user, HttpMethod.PUT, "/engine-rest/job/" + deadlineTimer().getId() + "/duedate",
          Map.of("duedate", "2026-12-01T10:00:00.000+0800")));
      answers.add(send(user, HttpMethod.POST, instance + "/modification",
          Map.of("instructions", List.of(Map.of("type", "startBeforeActivity",
              "activityId", TransitionContract.TASK_RECORD_BUDGET_REVOCATION)))));
      answers.add(send(user, HttpMethod.PUT, instance + "/suspended", Map.of("suspended", true)));
      for (ResponseEntity<String> answer : answers) {
        assertThat(answer.getStatusCode().is4xxClientError()).as("%s: %s", user, answer.getBody()).isTrue();
      }
      // a signal no process waits for changes nothing, whoever sends it
      assertThat(send(user, HttpMethod.POST, "/engine-rest/signal",
              Map.of("name", "ForceCut", "variables", Map.of("opdGroup", hostile))).getStatusCode().is5xxServerError())
          .isFalse();
    }
    assertThat(database.of(transition.getId())).isEqualTo(before);
    assertThat(task(TransitionContract.TASK_FILL_SURVEY).getId()).isEqualTo(survey.getId());
  }

  private void refusesEveryOwnedVariable(String user, String taskKey, Map<String, Object> validAnswers) {
    Task task = task(taskKey);
    WebappSession browser = WebappSession.login(http, user, "tasklist");
    Map<String, Object> before = database.of(transition.getId());
    Set<String> inputs = validAnswers.keySet();
    for (ProcessVariable<?> owned : ownedVariables()) {
      if (inputs.contains(owned.name())) {
        // this task's form asks for it: what the process keeps is the server's reading of it
        continue;
      }
      Map<String, Object> answers = new LinkedHashMap<>(validAnswers);
      answers.put(owned.name(), hostileValue(owned));
      Object body = Map.of("variables", typed(answers));

      ResponseEntity<String> rest =
          send(user, HttpMethod.POST, "/engine-rest/task/" + task.getId() + "/complete", body);
      ResponseEntity<String> tasklist =
          browser.post(WebappSession.engineApi("/task/" + task.getId() + "/submit-form"), body);

      for (ResponseEntity<String> answer : List.of(rest, tasklist)) {
        assertThat(answer.getStatusCode().value()).as("%s sends %s to %s: %s", user, owned.name(), taskKey,
                answer.getBody())
            .isEqualTo(400);
        assertThat(answer.getBody()).contains(owned.name() + ": bukan isian formulir ini");
      }
      assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).count()).as(owned.name()).isOne();
    }
    assertThat(database.of(transition.getId())).as("after %s's attempts at %s", user, taskKey).isEqualTo(before);
  }

  /** Every variable the process contracts declare: ids, groups, decisions, the cut, priorities, deadlines. */
  private static List<ProcessVariable<?>> ownedVariables() {
    Set<ProcessVariable<?>> owned = new LinkedHashSet<>();
    for (Class<?> contract : List.of(TransitionContract.class, CampaignContract.class, ComplaintCaseContract.class,
        ComplaintIntakeContract.class, ForceCutContract.class, BudgetLoadContract.class)) {
      for (Field field : contract.getFields()) {
        if (Modifier.isStatic(field.getModifiers()) && field.getType() == ProcessVariable.class) {
          try {
            owned.add((ProcessVariable<?>) field.get(null));
          } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
          }
        }
      }
    }
    assertThat(owned).extracting(ProcessVariable::name)
        .contains("opdGroup", "opdCode", "transitionId", "planDecision", "coordinationDecision", "taskPriority",
            "transitionDeadline", "cutRequested", "networkReady", "siteId", "connectionOrderId", "siteRoute",
            "installationDueAt", "complaintId");
    return List.copyOf(owned);
  }

  private static Object hostileValue(ProcessVariable<?> variable) {
    if (Number.class.isAssignableFrom(variable.type())) {
      return 999;
    }
    if (variable.type() == Boolean.class) {
      return true;
    }
    if (variable.type().isEnum()) {
      // the decision a client would like the gateway to take
      return ((Enum<?>) variable.type().getEnumConstants()[0]).name();
    }
    return switch (variable.name()) {
      case "opdGroup" -> "opd-disdukcapil";
      case "opdCode" -> "DISDUKCAPIL";
      default -> variable.type() == String.class ? "sekda" : "2020-01-01T00:00:00";
    };
  }

  /** As Tasklist sends them: each value typed, a form's list as Json. */
  private static Map<String, Object> typed(Map<String, Object> values) {
    Map<String, Object> variables = new HashMap<>();
    values.forEach((name, value) -> variables.put(name, value instanceof JsonValue json
        ? Map.of("value", json.getValueSerialized(), "type", "Json")
        : Map.of("value", value)));
    return variables;
  }

  private ResponseEntity<String> send(String user, HttpMethod method, String path, Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return http.withBasicAuth(user, "demo").exchange(path, method, new HttpEntity<>(body, headers), String.class);
  }

  private Task task(String taskKey) {
    return driver.task(transition, taskKey);
  }

  private Job deadlineTimer() {
    return engine.getManagementService().createJobQuery().processInstanceId(transition.getId())
        .activityId(TransitionContract.EVENT_TRANSITION_DEADLINE).singleResult();
  }
}
