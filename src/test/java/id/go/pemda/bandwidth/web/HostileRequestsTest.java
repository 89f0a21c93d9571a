package id.go.pemda.bandwidth.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.pemda.bandwidth.iconplus.IconPlusCallbackApi;
import id.go.pemda.bandwidth.iconplus.IconPlusSignature;
import id.go.pemda.bandwidth.process.contract.CampaignContract;
import id.go.pemda.bandwidth.process.contract.ComplaintIntakeContract;
import id.go.pemda.bandwidth.process.contract.TransitionContract;
import id.go.pemda.bandwidth.process.view.SharedViews;
import id.go.pemda.bandwidth.support.ApplicationTest;
import id.go.pemda.bandwidth.support.DatabaseSnapshot;
import id.go.pemda.bandwidth.support.TestOpds;
import id.go.pemda.bandwidth.support.TimeTravel;
import id.go.pemda.bandwidth.support.TransitionDriver;
import id.go.pemda.bandwidth.support.WebappSession;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.MethodOrderer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The application as a hostile user of two Pemda (Samarinda and Penajam Paser Utara) tries it,
 * and as nobody: every request of the engine REST API, Tasklist's API, the application's API,
 * the Cockpit plugin, the Icon+ callbacks and the login that no screen of the caller makes, or
 * that reaches for another Pemda's objects, or that carries what no form carries. Each request
 * asserts its status and that nothing changed (every application row, the instances' variables
 * and tasks, the engine's instances, jobs, deployments, identities and authorizations); none
 * answers 5xx; another Pemda's object answers exactly as an unknown one.
 * docs/security.md quotes the figures this class prints.
 */
@ApplicationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HostileRequestsTest {

  private static final String SMD_OPD = "UJI-SERANG-SMD";
  private static final String PPU_OPD = "PPU.UJI-SERANG";
  private static final int YEAR = 2053;
  private static final String UNKNOWN = "00000000-0000-0000-0000-000000000000";
  private static final String SECRET = "test-callback-secret";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String REST = "/engine-rest";
  private static final String TASKLIST_API = "/camunda/api/engine/engine/default";
  private static final List<String> SAMARINDA = List.of("opd.dispar", "diskominfo", "kadis", "sekda", "bpkad");
  private static final List<String> PPU = List.of("ppu.opd.dinkes", "ppu.diskominfo", "ppu.kadis", "ppu.sekda", "ppu.bpkad");

  @Autowired TestRestTemplate http;
  @Autowired ProcessEngine engine;
  @Autowired TransitionDriver driver;
  @Autowired TestOpds opds;
  @Autowired DatabaseSnapshot database;

  private ProcessInstance samarinda;
  private ProcessInstance ppu;
  private Task ppuSurvey;
  private int sent;
  private int refused;
  private int serverErrors;

  /** One request: who sends what, and the statuses it may get. */
  record Attack(String name, String user, HttpMethod method, String path, Object body, Set<Integer> expected) {}

  @BeforeAll
  void oneTransitionInEachPemda() {
    samarinda = driver.start(opds.register(SMD_OPD), YEAR);
    ppu = driver.start(opds.register(PPU_OPD), YEAR);
    ppuSurvey = driver.task(ppu, TransitionContract.TASK_FILL_SURVEY);
  }

  @TestFactory
  @Order(1)
  Stream<DynamicTest> no_door_opens_that_no_screen_uses_and_nothing_changes() {
    List<Attack> attacks = new ArrayList<>();
    attacks.addAll(quotedInTheReport());
    attacks.addAll(operationsNoScreenMakes());
    attacks.addAll(clientMistakes());
    attacks.addAll(nobody());
    assertThat(attacks).hasSizeGreaterThanOrEqualTo(200);
    return attacks.stream().map(attack -> DynamicTest.dynamicTest(attack.name(), () -> {
      Map<String, Object> before = snapshot();
      ResponseEntity<String> answer = send(attack);
      assertThat(answer.getStatusCode().value()).as(attack.name() + ": " + answer.getBody()).isIn(attack.expected());
      assertThat(snapshot()).as(attack.name() + " changed nothing").isEqualTo(before);
    }));
  }

  @TestFactory
  @Order(2)
  Stream<DynamicTest> another_pemdas_object_answers_exactly_as_an_unknown_one() {
    String ppuTask = ppuSurvey.getId();
    String ppuInstance = ppu.getId();
    List<String[]> calls = new ArrayList<>();
    for (String base : List.of(REST, TASKLIST_API)) {
      for (String[] call : List.of(
          new String[] {"GET", "/task/%s"},
          new String[] {"GET", "/task/%s/variables"},
          new String[] {"GET", "/task/%s/form-variables"},
          new String[] {"GET", "/task/%s/deployed-form"},
          new String[] {"GET", "/task/%s/form"},
          new String[] {"GET", "/task/%s/identity-links"},
          new String[] {"POST", "/task/%s/claim"},
          new String[] {"POST", "/task/%s/unclaim"},
          new String[] {"POST", "/task/%s/complete"},
          new String[] {"POST", "/task/%s/submit-form"},
          new String[] {"POST", "/task/%s/assignee"},
          new String[] {"POST", "/task/%s/identity-links"},
          new String[] {"PUT", "/task/%s/localVariables/viewOpd"},
          new String[] {"GET", "/process-instance/%s"},
          new String[] {"GET", "/process-instance/%s/variables"},
          new String[] {"GET", "/process-instance/%s/activity-instances"},
          new String[] {"PUT", "/process-instance/%s/suspended"},
          new String[] {"POST", "/process-instance/%s/variables"},
          new String[] {"DELETE", "/process-instance/%s"})) {
        calls.add(new String[] {base, call[0], call[1]});
      }
    }
    List<DynamicTest> tests = new ArrayList<>();
    for (String user : List.of("opd.dispar", "diskominfo", "sekda")) {
      for (String[] call : calls) {
        String foreignId = call[2].startsWith("/task") ? ppuTask : ppuInstance;
        tests.add(DynamicTest.dynamicTest(user + " " + call[1] + " " + call[0] + call[2], () -> {
          Map<String, Object> before = snapshot();
          Object body = call[1].equals("GET") || call[1].equals("DELETE") ? null : bodyFor(call[2], user);
          ResponseEntity<String> foreign = send(new Attack("foreign", user, HttpMethod.valueOf(call[1]),
              call[0] + call[2].formatted(foreignId), body, Set.of(403, 404)));
          ResponseEntity<String> unknown = send(new Attack("unknown", user, HttpMethod.valueOf(call[1]),
              call[0] + call[2].formatted(UNKNOWN), body, Set.of(403, 404)));
          assertThat(foreign.getStatusCode().value()).as(foreign.getBody()).isIn(403, 404);
          assertThat(foreign.getStatusCode()).isEqualTo(unknown.getStatusCode());
          assertThat(foreign.getBody()).isEqualTo(unknown.getBody());
          assertThat(snapshot()).isEqualTo(before);
        }));
      }
    }
    // the application's API: another Pemda's OPD code is as unknown as a code nobody has
    tests.add(DynamicTest.dynamicTest("POST /api/complaints names another Pemda's OPD", () -> {
      Map<String, Object> before = snapshot();
      ResponseEntity<String> foreign = send(new Attack("foreign", "opd.dispar", HttpMethod.POST, "/api/complaints",
          Map.of("opdCode", "PPU.DINKES", "category", "SLOW", "description", "lambat"), Set.of(400)));
      ResponseEntity<String> unknown = send(new Attack("unknown", "opd.dispar", HttpMethod.POST, "/api/complaints",
          Map.of("opdCode", "PPU.NOPE", "category", "SLOW", "description", "lambat"), Set.of(400)));
      assertThat(foreign.getStatusCode().value()).isEqualTo(400);
      assertThat(foreign.getBody().replace("PPU.DINKES", "X")).isEqualTo(unknown.getBody().replace("PPU.NOPE", "X"));
      assertThat(snapshot()).isEqualTo(before);
    }));
    // the report of another Pemda's program is the report of a program nobody has: empty
    tests.add(DynamicTest.dynamicTest("GET /api/reports/transition of another Pemda's program", () -> {
      Object ppuProgram = engine.getRuntimeService().getVariable(ppu.getId(), TransitionContract.CAMPAIGN_ID.name());
      String report = "/api/reports/transition?fiscalYear=" + YEAR + "&programId=";
      ResponseEntity<String> foreign = send(new Attack("foreign", "sekda", HttpMethod.GET, report + ppuProgram, null, Set.of()));
      ResponseEntity<String> unknown = send(new Attack("unknown", "sekda", HttpMethod.GET, report + 999999, null, Set.of()));
      assertThat(foreign.getStatusCode()).isEqualTo(unknown.getStatusCode());
      assertThat(withoutIdAndTime(foreign.getBody())).isEqualTo(withoutIdAndTime(unknown.getBody()));
      assertThat(foreign.getBody()).doesNotContain(PPU_OPD);
    }));
    return tests.stream();
  }

  private static String withoutIdAndTime(String report) {
    return report.replaceAll("\"programId\":\\d+", "").replaceAll("\"generatedAt\":\"[^\"]*\"", "");
  }

  @Test
  @Order(3)
  void thirty_wrong_passwords_slow_the_guesser_and_leave_the_owner_in_within_five_minutes() {
    String victim = "opd.kesbangpol";
    // the guesser and the owner each come through the city's proxy from an address of their own
    String guesser = "10.66.0.1";
    String owner = "10.66.0.2";
    List<Integer> statuses = new ArrayList<>();
    for (int attempt = 0; attempt < 30; attempt++) {
      statuses.add(tasks(victim, "tebakan-" + attempt, guesser).getStatusCode().value());
    }
    assertThat(statuses).contains(401, 429).containsOnly(401, 429);
    ResponseEntity<String> throttled = tasks(victim, "salah", guesser);
    assertThat(throttled.getStatusCode().value()).isEqualTo(429);
    long retryAfter = Long.parseLong(throttled.getHeaders().getFirst(HttpHeaders.RETRY_AFTER));
    assertThat(retryAfter).isBetween(1L, 60L);
    assertThat(throttled.getBody()).contains("Coba lagi dalam");
    // even the right password waits on the guesser's address: the guess is not even checked
    assertThat(tasks(victim, "demo", guesser).getStatusCode().value()).isEqualTo(429);

    // the owner, elsewhere, is not held up at all, and the account was never locked
    assertThat(tasks(victim, "demo", owner).getStatusCode().value()).isEqualTo(200);
    assertThat(engine.getIdentityService().checkPassword(victim, "demo")).isTrue();
    // and on the guesser's own address, once the wait is over (a minute at most, never five)
    TimeTravel.advance(Duration.ofSeconds(retryAfter));
    assertThat(tasks(victim, "demo", guesser).getStatusCode().value()).isEqualTo(200);
  }

  private ResponseEntity<String> tasks(String user, String password, String address) {
    HttpHeaders headers = new HttpHeaders();
    headers.set("X-Forwarded-For", address);
    return count(http.withBasicAuth(user, password)
        .exchange(REST + "/task", HttpMethod.GET, new HttpEntity<>(headers), String.class));
  }

  @Test
  @Order(4)
  void the_figures() {
    System.out.printf("Hostile requests: %d sent, %d refused (4xx), %d answered 5xx%n", sent, refused, serverErrors);
    assertThat(serverErrors).isZero();
  }

  // ---------------------------------------------------------------- the report's requests

  private List<Attack> quotedInTheReport() {
    String samarindaSurvey = driver.task(samarinda, TransitionContract.TASK_FILL_SURVEY).getId();
    Map<String, Object> intakeWithInstructions = Map.of(
        "variables", Map.of("opdGroup", Map.of("value", "opd-dispar"), "complaintId", Map.of("value", 3, "type", "Long")),
        "startInstructions", List.of(Map.of("type", "startBeforeActivity",
            "activityId", ComplaintIntakeContract.TASK_CONFIRM_RECEIPT)));
    Map<String, Object> campaignWithInstructions = Map.of(
        "variables", Map.of(CampaignContract.CAMPAIGN_ID.name(), Map.of("value", 1, "type", "Long")),
        "startInstructions", List.of(Map.of("type", "startBeforeActivity",
            "activityId", CampaignContract.CALL_OPD_TRANSITION_BODY)));
    List<Attack> attacks = new ArrayList<>();
    for (String base : List.of(REST, TASKLIST_API)) {
      attacks.add(new Attack("opd.dispar starts complaint-intake before its receipt task via " + base, "opd.dispar",
          HttpMethod.POST, base + "/process-definition/key/complaint-intake/start", intakeWithInstructions, Set.of(403)));
      attacks.add(new Attack("opd.dispar submits complaint-intake's start form with instructions via " + base,
          "opd.dispar", HttpMethod.POST, base + "/process-definition/key/complaint-intake/submit-form",
          intakeWithInstructions, Set.of(403)));
      attacks.add(new Attack("diskominfo starts another Pemda's program inside the campaign via " + base, "diskominfo",
          HttpMethod.POST, base + "/process-definition/key/bandwidth-campaign/start", campaignWithInstructions,
          Set.of(403)));
      attacks.add(new Attack("opd.dinkes signals every instance via " + base, "opd.dinkes", HttpMethod.POST,
          base + "/signal", Map.of("name", "anything"), Set.of(403)));
      attacks.add(new Attack("opd.dinkes fetches and locks external tasks via " + base, "opd.dinkes", HttpMethod.POST,
          base + "/external-task/fetchAndLock", Map.of("workerId", "x", "maxTasks", 10,
              "topics", List.of(Map.of("topicName", "x", "lockDuration", 1000))), Set.of(403)));
      attacks.add(new Attack("an OPD resolves a task with an extra key via " + base, "opd.dispar", HttpMethod.POST,
          base + "/task/" + samarindaSurvey + "/resolve", Map.of("variables", Map.of(), "extra", 1), Set.of(403)));
    }
    return attacks;
  }

  // ---------------------------------------------------------------- calls no screen makes

  private List<Attack> operationsNoScreenMakes() {
    String taskId = driver.task(samarinda, TransitionContract.TASK_FILL_SURVEY).getId();
    String instance = samarinda.getId();
    String definition = samarinda.getProcessDefinitionId();
    Map<String, Object> some = Map.of("value", "x");
    List<Object[]> operations = List.of(
        new Object[] {HttpMethod.POST, "/process-definition/key/bandwidth-transition/start", Map.of("variables", Map.of())},
        new Object[] {HttpMethod.POST, "/process-definition/" + definition + "/start", Map.of()},
        new Object[] {HttpMethod.POST, "/process-instance/" + instance + "/modification",
            Map.of("instructions", List.of(Map.of("type", "cancel", "activityId", TransitionContract.TASK_FILL_SURVEY)))},
        new Object[] {HttpMethod.POST, "/process-definition/" + definition + "/restart",
            Map.of("processInstanceIds", List.of(instance), "instructions", List.of())},
        new Object[] {HttpMethod.POST, "/migration/execute", Map.of("migrationPlan", Map.of(), "processInstanceIds", List.of(instance))},
        new Object[] {HttpMethod.POST, "/message", Map.of("messageName", TransitionContract.MESSAGE_INSTALLATION_COMPLETED)},
        new Object[] {HttpMethod.POST, "/job/" + UNKNOWN + "/execute", null},
        new Object[] {HttpMethod.PUT, "/job/" + UNKNOWN + "/retries", Map.of("retries", 5)},
        new Object[] {HttpMethod.PUT, "/process-instance/" + instance + "/variables/opdGroup", some},
        new Object[] {HttpMethod.POST, "/process-instance/" + instance + "/variables",
            Map.of("modifications", Map.of("opdGroup", some))},
        new Object[] {HttpMethod.POST, "/task/" + taskId + "/variables", Map.of("modifications", Map.of(SharedViews.OPD, some))},
        new Object[] {HttpMethod.PUT, "/task/" + taskId + "/localVariables/viewOpd", some},
        new Object[] {HttpMethod.DELETE, "/deployment/" + UNKNOWN, null},
        new Object[] {HttpMethod.POST, "/process-instance/delete", Map.of("processInstanceIds", List.of(instance))},
        new Object[] {HttpMethod.PUT, "/process-instance/" + instance + "/suspended", Map.of("suspended", true)},
        new Object[] {HttpMethod.DELETE, "/process-instance/" + instance, null},
        new Object[] {HttpMethod.POST, "/task/" + taskId + "/delegate", Map.of("userId", "sekda")},
        new Object[] {HttpMethod.POST, "/task/" + taskId + "/identity-links", Map.of("groupId", "sekda", "type", "candidate")},
        new Object[] {HttpMethod.PUT, "/task/" + taskId, Map.of("name", "diubah", "priority", 1)},
        new Object[] {HttpMethod.POST, "/user/create", Map.of("profile", Map.of("id", "penyusup"),
            "credentials", Map.of("password", "Rahasia123!"))},
        new Object[] {HttpMethod.PUT, "/group/sekda/members/opd.dispar", null},
        new Object[] {HttpMethod.POST, "/authorization/create", Map.of("type", 1, "permissions", List.of("ALL"),
            "userId", "*", "resourceType", 0, "resourceId", "*")},
        new Object[] {HttpMethod.POST, "/filter/create", Map.of("resourceType", "Task", "name", "semua", "query", Map.of())},
        new Object[] {HttpMethod.POST, "/condition", Map.of("variables", Map.of())});
    List<Attack> attacks = new ArrayList<>();
    for (String user : Stream.concat(SAMARINDA.stream(), PPU.stream()).toList()) {
      for (Object[] operation : operations) {
        HttpMethod method = (HttpMethod) operation[0];
        attacks.add(new Attack(user + " " + method + " " + operation[1], user, method, REST + operation[1], operation[2],
            Set.of(403)));
      }
    }
    return attacks;
  }

  // ---------------------------------------------------------------- a client's mistakes

  private List<Attack> clientMistakes() {
    String survey = driver.task(samarinda, TransitionContract.TASK_FILL_SURVEY).getId();
    // the task's own OPD has no demo user: its Diskominfo reaches none of its tasks either, so
    // the form checks are tried on the PPU transition by PPU's own OPD... which also has none;
    // the checks before the engine run for whoever may call submit-form, on any task
    String submit = REST + "/task/" + survey + "/submit-form";
    List<Attack> attacks = new ArrayList<>();
    attacks.add(new Attack("a Java-serialized Object variable", "admin", HttpMethod.POST, submit,
        Map.of("variables", Map.of("contactName", Map.of("value", "rO0ABXQAAXg=", "type", "Object",
            "valueInfo", Map.of("objectTypeName", "java.lang.String", "serializationDataFormat",
                "application/x-java-serialized-object")))), Set.of(400)));
    attacks.add(new Attack("a JSON Object variable", "admin", HttpMethod.POST, submit,
        Map.of("variables", Map.of("contactName", Map.of("value", "{}", "type", "Object",
            "valueInfo", Map.of("objectTypeName", "java.util.HashMap", "serializationDataFormat",
                "application/json")))), Set.of(400)));
    attacks.add(new Attack("sites of type Json that is not JSON", "admin", HttpMethod.POST, submit,
        Map.of("variables", Map.of("sites", Map.of("value", "[{not json", "type", "Json"))), Set.of(400)));
    attacks.add(new Attack("a variable that is not an object", "admin", HttpMethod.POST, submit,
        Map.of("variables", Map.of("contactName", "Rina")), Set.of(400)));
    attacks.add(new Attack("a key no form has", "admin", HttpMethod.POST, submit,
        Map.of("variables", Map.of("opdGroup", Map.of("value", "sekda"))), Set.of(400)));
    attacks.add(new Attack("a plain start of what the application starts", "admin", HttpMethod.POST,
        REST + "/process-definition/key/" + TransitionContract.KEY + "/start", Map.of("variables", Map.of()),
        Set.of(403)));
    attacks.add(new Attack("a start form's process started around its form", "admin", HttpMethod.POST,
        REST + "/process-definition/key/" + CampaignContract.KEY + "/start", Map.of("variables", Map.of()),
        Set.of(400)));
    attacks.add(new Attack("a complaint description sent as a number", "opd.dispar", HttpMethod.POST,
        "/api/complaints", Map.of("opdCode", "DISPAR", "category", "SLOW", "description", 42), Set.of(400)));
    attacks.add(new Attack("a complaint description sent as a boolean", "opd.dispar", HttpMethod.POST,
        "/api/complaints", Map.of("opdCode", "DISPAR", "category", "SLOW", "description", true), Set.of(400)));
    attacks.add(new Attack("the Cockpit plugin's report for an OPD user", "opd.dispar", HttpMethod.GET,
        "/camunda/api/cockpit/plugin/transisi-bandwidth/default/report", null, Set.of(401, 403)));
    attacks.add(new Attack("the Cockpit plugin's programs for BPKAD", "bpkad", HttpMethod.GET,
        "/camunda/api/cockpit/plugin/transisi-bandwidth/default/programs", null, Set.of(401, 403)));
    attacks.add(new Attack("the administrator's onboarding for the Sekda", "sekda", HttpMethod.POST,
        "/api/admin/pemda", Map.of(), Set.of(403)));
    return attacks;
  }

  private List<Attack> nobody() {
    List<Attack> attacks = new ArrayList<>();
    for (String path : List.of(REST + "/task", REST + "/process-instance", REST + "/history/process-instance",
        REST + "/deployment", TASKLIST_API + "/task", TASKLIST_API + "/filter", "/api/opds", "/api/complaints/1",
        "/api/reports/transition?fiscalYear=" + YEAR, "/api/budget/lines?fiscalYear=" + YEAR,
        "/camunda/api/cockpit/plugin/transisi-bandwidth/default/report", "/actuator/prometheus")) {
      attacks.add(new Attack("nobody reads " + path, null, HttpMethod.GET, path, null, Set.of(401, 403)));
    }
    attacks.add(new Attack("nobody starts a campaign", null, HttpMethod.POST,
        REST + "/process-definition/key/" + CampaignContract.KEY + "/submit-form", Map.of("variables", Map.of()),
        Set.of(401, 403)));
    attacks.add(new Attack("nobody sends an unsigned Icon+ callback", null, HttpMethod.POST, IconPlusCallbackApi.PATH,
        Map.of("status", "INSTALLED", "orderId", "x"), Set.of(401)));
    return attacks;
  }

  // ---------------------------------------------------------------- plumbing

  /** Icon+'s callbacks, signed as Icon+ signs them: the body is checked after the signature. */
  @TestFactory
  @Order(2)
  Stream<DynamicTest> signed_callbacks_that_are_wrong_are_refused_and_change_nothing() {
    List<Map.Entry<String, String>> bodies = List.of(
        Map.entry("a signed body that is null", "null"),
        Map.entry("a signed body that is a list", "[]"),
        Map.entry("a reschedule to the year 999999", "{\"status\":\"RESCHEDULED\",\"orderId\":\"SIM-X\","
            + "\"occurredAt\":\"" + TimeTravel.now() + "\",\"scheduledFor\":\"+999999-01-01T00:00:00Z\"}"),
        Map.entry("a report from the future", "{\"status\":\"FAILED\",\"orderId\":\"SIM-X\","
            + "\"occurredAt\":\"" + TimeTravel.now().plus(Duration.ofDays(30)) + "\"}"));
    return bodies.stream().map(entry -> DynamicTest.dynamicTest(entry.getKey(), () -> {
      Map<String, Object> before = snapshot();
      byte[] body = entry.getValue().getBytes(StandardCharsets.UTF_8);
      long timestamp = TimeTravel.now().getEpochSecond();
      HttpHeaders headers = new HttpHeaders();
      headers.setContentType(MediaType.APPLICATION_JSON);
      headers.set(IconPlusSignature.TIMESTAMP_HEADER, String.valueOf(timestamp));
      headers.set(IconPlusSignature.SIGNATURE_HEADER, IconPlusSignature.sign(SECRET, timestamp, body));
      ResponseEntity<String> answer =
          http.exchange(IconPlusCallbackApi.PATH, HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
      count(answer);
      assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(400);
      assertThat(snapshot()).isEqualTo(before);
    }));
  }

  private Object bodyFor(String call, String user) {
    if (call.endsWith("/claim") || call.endsWith("/assignee")) {
      return Map.of("userId", user);
    }
    if (call.endsWith("/complete") || call.endsWith("/submit-form")) {
      return Map.of("variables", Map.of());
    }
    if (call.endsWith("/suspended")) {
      return Map.of("suspended", true);
    }
    if (call.endsWith("/identity-links")) {
      return Map.of("groupId", "sekda", "type", "candidate");
    }
    if (call.endsWith("/variables")) {
      return Map.of("modifications", Map.of("x", Map.of("value", 1)));
    }
    return Map.of("value", "x");
  }

  private ResponseEntity<String> send(Attack attack) {
    if (attack.path().startsWith(TASKLIST_API) || attack.path().startsWith("/camunda/api/cockpit")) {
      if (attack.user() == null) {
        return count(http.exchange(attack.path(), attack.method(), new HttpEntity<>(json(attack.body()), jsonHeaders()),
            String.class));
      }
      // every role may log in to Tasklist; the Cockpit plugin must refuse such a session itself
      WebappSession session =
          sessions.computeIfAbsent(attack.user(), user -> WebappSession.login(http, user, "tasklist"));
      return count(session.send(attack.method(), attack.path(), attack.body()));
    }
    TestRestTemplate client = attack.user() == null ? http : http.withBasicAuth(attack.user(), "demo");
    return count(client.exchange(attack.path(), attack.method(), new HttpEntity<>(json(attack.body()), jsonHeaders()),
        String.class));
  }

  private final Map<String, WebappSession> sessions = new LinkedHashMap<>();

  private ResponseEntity<String> count(ResponseEntity<String> answer) {
    sent++;
    int status = answer.getStatusCode().value();
    if (status >= 500) {
      serverErrors++;
    } else if (status >= 400) {
      refused++;
    }
    return answer;
  }

  private static HttpHeaders jsonHeaders() {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return headers;
  }

  private static String json(Object body) {
    try {
      return body == null ? null : JSON.writeValueAsString(body);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private Map<String, Object> snapshot() {
    Map<String, Object> state = new LinkedHashMap<>(database.of(samarinda.getId(), ppu.getId()));
    state.put("jobs", engine.getManagementService().createJobQuery().count());
    state.put("deployments", engine.getRepositoryService().createDeploymentQuery().count());
    state.put("users", engine.getIdentityService().createUserQuery().count());
    state.put("sekda members", engine.getIdentityService().createUserQuery().memberOfGroup("sekda").count());
    state.put("filters", engine.getFilterService().createFilterQuery().count());
    state.put("suspended", engine.getRuntimeService().createProcessInstanceQuery().suspended().count());
    state.put("candidate links", engine.getTaskService().getIdentityLinksForTask(ppuSurvey.getId()).size());
    return state;
  }
}
