package id.go.pemda.bandwidth.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.pemda.bandwidth.connection.IconPlusSignature;
import id.go.pemda.bandwidth.iconplus.IconPlusCallbackApi;
import id.go.pemda.bandwidth.support.ApplicationTest;
import id.go.pemda.bandwidth.support.TimeTravel;
import id.go.pemda.bandwidth.support.TransitionDriver;
import id.go.pemda.bandwidth.transition.TransitionProcess;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Bad input over HTTP, case by case: each answer is the expected 4xx, names the field where
 * there is one, is never a 500, and leaves the database and the processes as they were.
 */
@ApplicationTest
class BadInputMatrixTest {

  // Tests share one database: this OPD belongs to this class.
  private static final String OPD = "DISPAR";
  private static final String OPD_USER = "opd.dispar";
  private static final String SECRET = "test-callback-secret";
  private static final List<String> TABLES =
      List.of("survey_answer", "bandwidth_plan", "campaign", "opd_transition", "complaint", "connection_order",
          "trouble_ticket", "iconplus_callback", "decision_record", "budget_line");

  @Autowired TestRestTemplate http;
  @Autowired ProcessEngine engine;
  @Autowired TransitionDriver driver;
  @Autowired JdbcTemplate jdbc;
  @Autowired ObjectMapper json;

  private String survey;

  record Case(String name, String user, HttpMethod method, String path, Object body, int status, String field) {}

  @TestFactory
  Stream<DynamicTest> every_bad_input_is_refused_with_a_clear_answer_and_nothing_changes() {
    ProcessInstance transition = driver.start(OPD, 2032);
    survey = surveyTask(transition).getId();
    List<Case> cases = cases();
    assertThat(cases).hasSizeGreaterThanOrEqualTo(40);
    return cases.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> check(c, transition)));
  }

  private void check(Case c, ProcessInstance transition) throws Exception {
    Map<String, Object> before = snapshot(transition);

    ResponseEntity<String> answer = send(c);

    assertThat(answer.getStatusCode().value()).as("%s: %s", c.name(), answer.getBody()).isEqualTo(c.status());
    if (c.field() != null) {
      assertThat(answer.getBody()).as(c.name()).contains(c.field());
    }
    assertThat(snapshot(transition)).as(c.name()).isEqualTo(before);
  }

  private List<Case> cases() {
    String complete = "/engine-rest/task/" + survey + "/complete";
    String submit = "/engine-rest/task/" + survey + "/submit-form";
    String claim = "/engine-rest/task/" + survey + "/claim";
    String campaign = "/engine-rest/process-definition/key/bandwidth-campaign/submit-form";
    String intake = "/engine-rest/process-definition/key/complaint-intake/submit-form";
    String forceCut = "/engine-rest/process-definition/key/force-cut/submit-form";
    String complaints = "/api/complaints";
    List<Case> cases = new ArrayList<>();
    Function<Map<String, Object>, Object> vars = BadInputMatrixTest::variables;

    // the survey, completed over the engine's REST API
    cases.add(new Case("negative bandwidth", OPD_USER, HttpMethod.POST, complete, vars.apply(survey("currentBandwidthMbps", -5)), 400, "currentBandwidthMbps"));
    cases.add(new Case("huge bandwidth", OPD_USER, HttpMethod.POST, complete, vars.apply(survey("currentBandwidthMbps", 1_000_000_000)), 400, "currentBandwidthMbps"));
    cases.add(new Case("bandwidth as words", OPD_USER, HttpMethod.POST, complete, vars.apply(survey("currentBandwidthMbps", "dua puluh")), 400, "currentBandwidthMbps"));
    cases.add(new Case("half a staff member", OPD_USER, HttpMethod.POST, complete, vars.apply(survey("staffCount", 12.5)), 400, "staffCount"));
    cases.add(new Case("zero staff", OPD_USER, HttpMethod.POST, complete, vars.apply(survey("staffCount", 0)), 400, "staffCount"));
    cases.add(new Case("missing ISP", OPD_USER, HttpMethod.POST, complete, vars.apply(survey("currentIsp", null)), 400, "currentIsp"));
    cases.add(new Case("blank ISP", OPD_USER, HttpMethod.POST, complete, vars.apply(survey("currentIsp", "   ")), 400, "currentIsp"));
    cases.add(new Case("ISP as a number", OPD_USER, HttpMethod.POST, complete, vars.apply(survey("currentIsp", 42)), 400, "currentIsp"));
    cases.add(new Case("10,000 characters of obstacles", OPD_USER, HttpMethod.POST, complete, vars.apply(survey("obstacles", "x".repeat(10_000))), 400, "obstacles"));
    cases.add(new Case("date in another format", OPD_USER, HttpMethod.POST, complete, vars.apply(survey("contractEndDate", "31/12/2026")), 400, "contractEndDate"));
    cases.add(new Case("letters in the phone number", OPD_USER, HttpMethod.POST, complete, vars.apply(survey("contactPhone", "0812-ABC")), 400, "contactPhone"));
    cases.add(new Case("SQL in the phone number", OPD_USER, HttpMethod.POST, complete, vars.apply(survey("contactPhone", "0812'; DROP TABLE survey_answer;--")), 400, "contactPhone"));
    cases.add(new Case("negative monthly cost", OPD_USER, HttpMethod.POST, complete, vars.apply(survey("monthlyCostRupiah", -1)), 400, "monthlyCostRupiah"));
    cases.add(new Case("rupiah with cents", OPD_USER, HttpMethod.POST, complete, vars.apply(survey("monthlyCostRupiah", 1500.5)), 400, "monthlyCostRupiah"));
    cases.add(new Case("a trillion rupiah a month", OPD_USER, HttpMethod.POST, complete, vars.apply(survey("monthlyCostRupiah", 1_000_000_000_000L)), 400, "monthlyCostRupiah"));
    cases.add(new Case("address as a boolean", OPD_USER, HttpMethod.POST, complete, vars.apply(survey("siteAddress", true)), 400, "siteAddress"));
    cases.add(new Case("empty form through submit-form", OPD_USER, HttpMethod.POST, submit, Map.of("variables", Map.of()), 400, "staffCount"));

    // someone else's task
    cases.add(new Case("another OPD completes the survey", "opd.disnaker", HttpMethod.POST, complete, vars.apply(survey(null, null)), 403, null));
    cases.add(new Case("Diskominfo completes the OPD's survey", "diskominfo", HttpMethod.POST, complete, vars.apply(survey(null, null)), 403, null));
    cases.add(new Case("Head of Diskominfo claims the survey", "kadis", HttpMethod.POST, claim, Map.of("userId", "kadis"), 403, null));
    cases.add(new Case("Sekda claims the survey", "sekda", HttpMethod.POST, claim, Map.of("userId", "sekda"), 403, null));
    cases.add(new Case("the OPD claims for somebody else", OPD_USER, HttpMethod.POST, claim, Map.of("userId", "sekda"), 403, null));
    cases.add(new Case("no credentials", null, HttpMethod.POST, complete, vars.apply(survey(null, null)), 401, null));
    cases.add(new Case("wrong password", "opd.kec-palaran:salah", HttpMethod.POST, complete, vars.apply(survey(null, null)), 401, null));

    // processes one may not start, and bad start forms
    // a definition one may not read is not found: its existence is not revealed either
    cases.add(new Case("an OPD starts a campaign", OPD_USER, HttpMethod.POST, campaign, vars.apply(Map.of("fiscalYear", 2029, "quietPeriod", "P30D")), 404, null));
    cases.add(new Case("BPKAD cuts an OPD", "bpkad", HttpMethod.POST, forceCut, vars.apply(Map.of("opdCode", OPD, "forceCutReason", "x")), 404, null));
    cases.add(new Case("the Head files a complaint form", "kadis", HttpMethod.POST, intake, vars.apply(Map.of("complaintCategory", "SLOW", "complaintDescription", "x")), 403, null));
    cases.add(new Case("campaign for a past year", "diskominfo", HttpMethod.POST, campaign, vars.apply(Map.of("fiscalYear", 1999, "quietPeriod", "P30D")), 400, "fiscalYear"));
    cases.add(new Case("campaign for the far future", "diskominfo", HttpMethod.POST, campaign, vars.apply(Map.of("fiscalYear", 2999, "quietPeriod", "P30D")), 400, "fiscalYear"));
    cases.add(new Case("fiscal year in words", "diskominfo", HttpMethod.POST, campaign, vars.apply(Map.of("fiscalYear", "tahun depan", "quietPeriod", "P30D")), 400, "fiscalYear"));
    cases.add(new Case("quiet period in words", "diskominfo", HttpMethod.POST, campaign, vars.apply(Map.of("fiscalYear", 2030, "quietPeriod", "30 hari")), 400, "quietPeriod"));
    cases.add(new Case("campaign for an unknown OPD", "diskominfo", HttpMethod.POST, campaign, vars.apply(Map.of("fiscalYear", 2030, "quietPeriod", "P30D", "opdCodes", "DINAS-HANTU")), 400, "opdCodes"));
    cases.add(new Case("deadline already passed", "diskominfo", HttpMethod.POST, campaign, vars.apply(Map.of("fiscalYear", 2030, "quietPeriod", "P30D", "transitionDeadline", "2020-01-01")), 400, "transitionDeadline"));
    cases.add(new Case("cut of an unknown OPD", "sekda", HttpMethod.POST, forceCut, vars.apply(Map.of("opdCode", "DINAS-HANTU", "forceCutReason", "x")), 400, "opdCode"));
    cases.add(new Case("SQL as the OPD to cut", "sekda", HttpMethod.POST, forceCut, vars.apply(Map.of("opdCode", "DISPAR' OR '1'='1", "forceCutReason", "x")), 400, "opdCode"));
    cases.add(new Case("cut without a reason", "sekda", HttpMethod.POST, forceCut, vars.apply(Map.of("opdCode", OPD)), 400, "forceCutReason"));
    cases.add(new Case("complaint form without a category", OPD_USER, HttpMethod.POST, intake, vars.apply(Map.of("complaintDescription", "mati")), 400, "complaintCategory"));
    cases.add(new Case("complaint form with an unknown category", OPD_USER, HttpMethod.POST, intake, vars.apply(Map.of("complaintCategory", "BANJIR", "complaintDescription", "mati")), 400, "complaintCategory"));
    cases.add(new Case("complaint from the future", OPD_USER, HttpMethod.POST, intake, vars.apply(Map.of("complaintCategory", "SLOW", "complaintDescription", "x", "occurredAt", "2999-01-01T00:00:00+08:00")), 400, "occurredAt"));

    // the complaint API
    cases.add(new Case("API: nothing at all", OPD_USER, HttpMethod.POST, complaints, Map.of(), 400, "description"));
    cases.add(new Case("API: unknown OPD", "diskominfo", HttpMethod.POST, complaints, complaint("opdCode", "DINAS-HANTU"), 400, "opdCode"));
    cases.add(new Case("API: an extra field", OPD_USER, HttpMethod.POST, complaints, complaint("severity", "CRITICAL"), 400, "severity"));
    cases.add(new Case("API: 10,000 characters", OPD_USER, HttpMethod.POST, complaints, complaint("description", "x".repeat(10_000)), 400, "description"));
    cases.add(new Case("API: category as a number", OPD_USER, HttpMethod.POST, complaints, complaint("category", 3), 400, "category"));
    cases.add(new Case("API: twenty years ago", OPD_USER, HttpMethod.POST, complaints, complaint("occurredAt", "2006-11-01T08:00:00+08:00"), 400, "occurredAt"));
    cases.add(new Case("API: another OPD's complaint", "opd.disnaker", HttpMethod.POST, complaints, complaint(null, null), 403, null));
    cases.add(new Case("API: no credentials", null, HttpMethod.POST, complaints, complaint(null, null), 401, null));
    cases.add(new Case("budget report without a year", "bpkad", HttpMethod.GET, "/api/budget/lines", null, 400, "fiscalYear"));
    cases.add(new Case("budget report as an OPD", OPD_USER, HttpMethod.GET, "/api/budget/lines?fiscalYear=2027", null, 403, null));
    return cases;
  }

  @TestFactory
  Stream<DynamicTest> forged_or_broken_icon_plus_callbacks_are_refused() throws Exception {
    ProcessInstance transition = driver.start("KEC-SAMARINDA-SEBERANG", 2032);
    byte[] body = json.writeValueAsBytes(Map.of("orderId", "ORD-1", "status", "INSTALLED", "circuitId", "C",
        "installedBandwidthMbps", 10, "occurredAt", "2026-11-01T08:00:00+08:00"));
    long now = TimeTravel.now().getEpochSecond();
    Map<String, Object[]> cases = new LinkedHashMap<>();
    cases.put("forged with another secret", new Object[] {body, now, IconPlusSignature.sign("tebakan", now, body), 401});
    cases.put("no signature", new Object[] {body, null, null, 401});
    cases.put("replayed from ten minutes ago", new Object[] {body, now - 600, IconPlusSignature.sign(SECRET, now - 600, body), 401});
    cases.put("signature of another body", new Object[] {"{}".getBytes(), now, IconPlusSignature.sign(SECRET, now, body), 401});
    byte[] broken = "{\"orderId\":".getBytes();
    cases.put("not JSON", new Object[] {broken, now, IconPlusSignature.sign(SECRET, now, broken), 400});
    cases.put("unknown order", new Object[] {body, now, IconPlusSignature.sign(SECRET, now, body), 404});
    byte[] negative = json.writeValueAsBytes(Map.of("orderId", "ORD-1", "status", "INSTALLED", "circuitId", "C",
        "installedBandwidthMbps", -10, "occurredAt", "2026-11-01T08:00:00+08:00"));
    cases.put("negative bandwidth installed", new Object[] {negative, now, IconPlusSignature.sign(SECRET, now, negative), 400});
    return cases.entrySet().stream().map(entry -> DynamicTest.dynamicTest(entry.getKey(), () -> {
      Object[] c = entry.getValue();
      Map<String, Object> before = snapshot(transition);
      HttpHeaders headers = new HttpHeaders();
      headers.setContentType(MediaType.APPLICATION_JSON);
      if (c[1] != null) {
        headers.set(IconPlusSignature.TIMESTAMP_HEADER, String.valueOf(c[1]));
        headers.set(IconPlusSignature.SIGNATURE_HEADER, (String) c[2]);
      }
      ResponseEntity<String> answer =
          http.postForEntity(IconPlusCallbackApi.PATH, new HttpEntity<>((byte[]) c[0], headers), String.class);
      assertThat(answer.getStatusCode().value()).as(entry.getKey()).isEqualTo((int) c[3]);
      assertThat(snapshot(transition)).isEqualTo(before);
    }));
  }

  private ResponseEntity<String> send(Case c) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    TestRestTemplate client = http;
    if (c.user() != null) {
      String[] credentials = c.user().contains(":") ? c.user().split(":") : new String[] {c.user(), "demo"};
      client = http.withBasicAuth(credentials[0], credentials[1]);
    }
    return client.exchange(c.path(), c.method(), new HttpEntity<>(c.body(), headers), String.class);
  }

  private Map<String, Object> snapshot(ProcessInstance transition) {
    Map<String, Object> state = new LinkedHashMap<>();
    for (String table : TABLES) {
      state.put(table, jdbc.queryForObject("select count(*) from " + table, Long.class));
    }
    state.put("instances", engine.getRuntimeService().createProcessInstanceQuery().count());
    state.put("history", engine.getHistoryService().createHistoricProcessInstanceQuery().count());
    Task task = surveyTask(transition);
    state.put("survey", task == null ? null : task.getId() + "/" + task.getAssignee());
    state.put("variables", engine.getRuntimeService().getVariables(transition.getId()).keySet());
    return state;
  }

  private Task surveyTask(ProcessInstance transition) {
    return engine.getTaskService().createTaskQuery().processInstanceId(transition.getId())
        .taskDefinitionKey(TransitionProcess.TASK_FILL_SURVEY).singleResult();
  }

  private static Map<String, Object> survey(String field, Object value) {
    Map<String, Object> values = new HashMap<>(TransitionDriver.survey());
    if (field != null) {
      if (value == null) {
        values.remove(field);
      } else {
        values.put(field, value);
      }
    }
    return values;
  }

  private static Map<String, Object> complaint(String field, Object value) {
    Map<String, Object> body = new HashMap<>(Map.of("opdCode", OPD, "category", "SLOW", "description", "lambat"));
    if (field != null) {
      body.put(field, value);
    }
    return body;
  }

  private static Object variables(Map<String, Object> values) {
    Map<String, Object> variables = new HashMap<>();
    values.forEach((name, value) -> variables.put(name, value == null ? Map.of() : Map.of("value", value)));
    return Map.of("variables", variables);
  }
}
