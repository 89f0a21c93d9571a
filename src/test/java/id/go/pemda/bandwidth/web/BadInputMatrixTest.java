package id.go.pemda.bandwidth.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.pemda.bandwidth.iconplus.IconPlusCallbackApi;
import id.go.pemda.bandwidth.iconplus.IconPlusSignature;
import id.go.pemda.bandwidth.process.contract.TransitionContract;
import id.go.pemda.bandwidth.process.form.JsonRows;
import id.go.pemda.bandwidth.support.ApplicationTest;
import id.go.pemda.bandwidth.support.DatabaseSnapshot;
import id.go.pemda.bandwidth.support.TimeTravel;
import id.go.pemda.bandwidth.support.TransitionDriver;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

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

  @LocalServerPort int port;
  @Autowired TestRestTemplate http;
  @Autowired ProcessEngine engine;
  @Autowired TransitionDriver driver;
  @Autowired DatabaseSnapshot database;
  @Autowired ObjectMapper json;

  private String survey;

  record Case(String name, String user, HttpMethod method, String path, Object body, int status, String field) {}

  @TestFactory
  Stream<DynamicTest> every_bad_input_is_refused_with_a_clear_answer_and_nothing_changes() {
    ProcessInstance transition = driver.start(OPD, 2032);
    survey = surveyTask(transition).getId();
    List<Case> cases = cases();
    assertThat(cases).hasSizeGreaterThanOrEqualTo(90);
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
    cases.add(new Case("negative staff", OPD_USER, HttpMethod.POST, complete, vars.apply(survey("staffCount", -1)), 400, "staffCount"));
    cases.add(new Case("missing ISP", OPD_USER, HttpMethod.POST, complete, vars.apply(survey("ispName", null)), 400, "ispName"));
    cases.add(new Case("blank ISP", OPD_USER, HttpMethod.POST, complete, vars.apply(survey("ispName", "   ")), 400, "ispName"));
    cases.add(new Case("ISP as a number", OPD_USER, HttpMethod.POST, complete, vars.apply(survey("ispName", 42)), 400, "ispName"));
    cases.add(new Case("10,000 characters of obstacles", OPD_USER, HttpMethod.POST, complete, vars.apply(survey("obstacles", "x".repeat(10_000))), 400, "obstacles"));
    cases.add(new Case("date in another format", OPD_USER, HttpMethod.POST, complete, vars.apply(survey("contractEnd", "31/12/2026")), 400, "contractEnd"));
    cases.add(new Case("letters in the phone number", OPD_USER, HttpMethod.POST, complete, vars.apply(survey("contactPhone", "0812-ABC")), 400, "contactPhone"));
    cases.add(new Case("SQL in the phone number", OPD_USER, HttpMethod.POST, complete, vars.apply(survey("contactPhone", "0812'; DROP TABLE survey_answer;--")), 400, "contactPhone"));
    cases.add(new Case("negative monthly cost", OPD_USER, HttpMethod.POST, complete, vars.apply(survey("monthlyCostRupiah", -1)), 400, "monthlyCostRupiah"));
    cases.add(new Case("rupiah with cents", OPD_USER, HttpMethod.POST, complete, vars.apply(survey("monthlyCostRupiah", 1500.5)), 400, "monthlyCostRupiah"));
    cases.add(new Case("a trillion rupiah a month", OPD_USER, HttpMethod.POST, complete, vars.apply(survey("monthlyCostRupiah", 1_000_000_000_000L)), 400, "monthlyCostRupiah"));
    cases.add(new Case("address as a boolean", OPD_USER, HttpMethod.POST, complete, vars.apply(survey("address", true)), 400, "address"));
    cases.add(new Case("empty form through submit-form", OPD_USER, HttpMethod.POST, submit, Map.of("variables", Map.of()), 400, "sites"));

    // someone else's task
    // another role's or OPD's task is not there for them: the same 404 as an unknown id
    cases.add(new Case("another OPD completes the survey", "opd.disnaker", HttpMethod.POST, complete, vars.apply(survey(null, null)), 404, null));
    cases.add(new Case("Diskominfo completes the OPD's survey", "diskominfo", HttpMethod.POST, complete, vars.apply(survey(null, null)), 404, null));
    cases.add(new Case("Head of Diskominfo claims the survey", "kadis", HttpMethod.POST, claim, Map.of("userId", "kadis"), 404, null));
    cases.add(new Case("Sekda claims the survey", "sekda", HttpMethod.POST, claim, Map.of("userId", "sekda"), 404, null));
    cases.add(new Case("the OPD claims for somebody else", OPD_USER, HttpMethod.POST, claim, Map.of("userId", "sekda"), 403, null));
    cases.add(new Case("no credentials", null, HttpMethod.POST, complete, vars.apply(survey(null, null)), 401, null));
    cases.add(new Case("wrong password", "opd.kec-palaran:salah", HttpMethod.POST, complete, vars.apply(survey(null, null)), 401, null));

    // processes one may not start, and bad start forms
    // a definition one may not read is not found: its existence is not revealed either
    cases.add(new Case("an OPD starts a campaign", OPD_USER, HttpMethod.POST, campaign, vars.apply(Map.of("fiscalYear", 2029, "quietPeriodDays", 30)), 404, null));
    cases.add(new Case("BPKAD cuts an OPD", "bpkad", HttpMethod.POST, forceCut, vars.apply(Map.of("opdCode", OPD, "forceCutReason", "x")), 404, null));
    cases.add(new Case("the Head files a complaint form", "kadis", HttpMethod.POST, intake, vars.apply(Map.of("complaintCategory", "SLOW", "complaintDescription", "x")), 403, null));
    cases.add(new Case("campaign for a past year", "diskominfo", HttpMethod.POST, campaign, vars.apply(Map.of("fiscalYear", 1999, "quietPeriodDays", 30)), 400, "fiscalYear"));
    cases.add(new Case("campaign for the far future", "diskominfo", HttpMethod.POST, campaign, vars.apply(Map.of("fiscalYear", 2999, "quietPeriodDays", 30)), 400, "fiscalYear"));
    cases.add(new Case("fiscal year in words", "diskominfo", HttpMethod.POST, campaign, vars.apply(Map.of("fiscalYear", "tahun depan", "quietPeriodDays", 30)), 400, "fiscalYear"));
    cases.add(new Case("quiet period in words", "diskominfo", HttpMethod.POST, campaign, vars.apply(Map.of("fiscalYear", 2030, "quietPeriodDays", "30 hari")), 400, "quietPeriodDays"));
    cases.add(new Case("campaign for an unknown OPD", "diskominfo", HttpMethod.POST, campaign, vars.apply(Map.of("programName", "Program uji", "fiscalYear", 2030, "quietPeriodDays", 30, "opdCodes", "DINAS-HANTU")), 400, "opdCodes"));
    cases.add(new Case("deadline already passed", "diskominfo", HttpMethod.POST, campaign, vars.apply(Map.of("programName", "Program uji", "fiscalYear", 2030, "quietPeriodDays", 30, "transitionDeadline", "2020-01-01")), 400, "transitionDeadline"));
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

    // characters no text may hold, and length one past the form's limit
    cases.add(new Case("NUL in the ISP", OPD_USER, HttpMethod.POST, complete, vars.apply(survey("ispName", "Telkom\u0000")), 400, "ispName"));
    cases.add(new Case("a bell character in the contact name", OPD_USER, HttpMethod.POST, complete, vars.apply(survey("contactName", "Rina\u0007")), 400, "contactName"));
    cases.add(new Case("a line break in a one-line field", OPD_USER, HttpMethod.POST, complete, vars.apply(survey("ispName", "Tel\nkom")), 400, "ispName"));
    cases.add(new Case("right-to-left override in the obstacles", OPD_USER, HttpMethod.POST, complete, vars.apply(survey("obstacles", "kabel \u202Etidak\u202C putus")), 400, "obstacles"));
    cases.add(new Case("a lone surrogate in the address", OPD_USER, HttpMethod.POST, complete, rawText("address", "Jl. \\\\uD800"), 400, "address"));
    cases.add(new Case("obstacles one past 2,000", OPD_USER, HttpMethod.POST, complete, vars.apply(survey("obstacles", "x".repeat(2001))), 400, "obstacles"));
    cases.add(new Case("API: NUL in the description", OPD_USER, HttpMethod.POST, complaints, complaint("description", "mati\u0000"), 400, "description"));
    cases.add(new Case("API: direction override in the description", OPD_USER, HttpMethod.POST, complaints, complaint("description", "\u202Emati"), 400, "description"));
    cases.add(new Case("API: description one past 4,000", OPD_USER, HttpMethod.POST, complaints, complaint("description", "x".repeat(4001)), 400, "description"));

    // bodies no client should send: too big, too deep, ambiguous, not JSON numbers
    String megabytes = "{\"description\":\"" + "x".repeat(5 * 1024 * 1024) + "\"}";
    cases.add(new Case("API: five megabytes", OPD_USER, HttpMethod.POST, complaints, megabytes, 413, "body"));
    cases.add(new Case("engine: five megabytes", OPD_USER, HttpMethod.POST, complete, megabytes, 413, "body"));
    cases.add(new Case("callback: five megabytes", null, HttpMethod.POST, IconPlusCallbackApi.PATH, megabytes, 413, "body"));
    String deep = "[".repeat(5000) + "]".repeat(5000);
    cases.add(new Case("API: nested 5,000 deep", OPD_USER, HttpMethod.POST, complaints, deep, 400, "body"));
    cases.add(new Case("engine: nested 5,000 deep", OPD_USER, HttpMethod.POST, complete, "{\"variables\":" + deep + "}", 400, "body"));
    cases.add(new Case("callback: nested 5,000 deep", null, HttpMethod.POST, IconPlusCallbackApi.PATH, deep, 400, "body"));
    cases.add(new Case("API: a key twice", OPD_USER, HttpMethod.POST, complaints,
        "{\"opdCode\":\"" + OPD + "\",\"opdCode\":\"DISDUKCAPIL\",\"category\":\"SLOW\",\"description\":\"x\"}", 400, "body"));
    cases.add(new Case("engine: a variable twice", OPD_USER, HttpMethod.POST, complete,
        "{\"variables\":{\"staffCount\":{\"value\":1},\"staffCount\":{\"value\":2}}}", 400, "body"));
    cases.add(new Case("engine: NaN", OPD_USER, HttpMethod.POST, complete, rawSurvey("staffCount", "NaN"), 400, "body"));
    cases.add(new Case("engine: staff as 1e3", OPD_USER, HttpMethod.POST, complete, rawSurvey("staffCount", "1e3"), 400, "staffCount"));
    cases.add(new Case("engine: a number past the largest long", OPD_USER, HttpMethod.POST, complete, rawSurvey("monthlyCostRupiah", "9223372036854775808"), 400, "monthlyCostRupiah"));
    cases.add(new Case("engine: not JSON at all", OPD_USER, HttpMethod.POST, complete, "variables=1", 400, "body"));

    // ids that are no ids
    cases.add(new Case("API: a negative complaint id", OPD_USER, HttpMethod.GET, complaints + "/-1", null, 404, null));
    cases.add(new Case("API: a complaint id in words", OPD_USER, HttpMethod.GET, complaints + "/satu", null, 400, "id"));
    cases.add(new Case("API: a path as the complaint id", OPD_USER, HttpMethod.GET, complaints + "/..%2F..%2Fetc%2Fpasswd", null, 400, null));
    cases.add(new Case("engine: an unknown task", OPD_USER, HttpMethod.POST, "/engine-rest/task/-1/complete", vars.apply(survey(null, null)), 404, null));
    cases.add(new Case("engine: claim an unknown task", OPD_USER, HttpMethod.POST, "/engine-rest/task/-1/claim", Map.of("userId", OPD_USER), 404, null));
    cases.add(new Case("engine: a path as the task id", OPD_USER, HttpMethod.POST, "/engine-rest/task/..%2F..%2Ftask/complete", vars.apply(survey(null, null)), 400, null));

    // tasks that are not yours: hand them over, add yourself, delegate
    String task = "/engine-rest/task/" + survey;
    for (String user : List.of("diskominfo", "kadis", "sekda", "bpkad", "opd.disnaker")) {
      cases.add(new Case(user + " sets the survey's assignee", user, HttpMethod.POST, task + "/assignee", Map.of("userId", user), 403, null));
      cases.add(new Case(user + " delegates the survey", user, HttpMethod.POST, task + "/delegate", Map.of("userId", user), 403, null));
      cases.add(new Case(user + " adds its group to the survey", user, HttpMethod.POST, task + "/identity-links",
          Map.of("groupId", user.startsWith("opd.") ? "opd-disnaker" : user, "type", "candidate"), 403, null));
      cases.add(new Case(user + " removes the OPD from the survey", user, HttpMethod.POST, task + "/identity-links/delete",
          Map.of("groupId", "opd-dispar", "type", "candidate"), 403, null));
    }
    cases.add(new Case("the OPD hands its survey to the Sekda", OPD_USER, HttpMethod.POST, task + "/assignee", Map.of("userId", "sekda"), 403, null));
    cases.add(new Case("the OPD delegates its survey to the Sekda", OPD_USER, HttpMethod.POST, task + "/delegate", Map.of("userId", "sekda"), 403, null));
    cases.add(new Case("the OPD adds the Sekda to its survey", OPD_USER, HttpMethod.POST, task + "/identity-links", Map.of("groupId", "sekda", "type", "candidate"), 403, null));
    return cases;
  }

  /** Starting any process one may not start, as every role. */
  @TestFactory
  Stream<DynamicTest> no_role_starts_a_process_it_may_not() {
    ProcessInstance transition = driver.start(OPD, 2032);
    Map<String, List<String>> startable =
        Map.of(OPD_USER, List.of("complaint-intake"), "diskominfo", List.of("bandwidth-campaign"),
            "kadis", List.of(), "sekda", List.of("force-cut"), "bpkad", List.of("budget-load"));
    List<String> processes =
        List.of("bandwidth-campaign", "bandwidth-transition", "complaint-intake", "complaint-case", "force-cut",
            "budget-load");
    List<DynamicTest> tests = new ArrayList<>();
    for (Map.Entry<String, List<String>> role : startable.entrySet()) {
      for (String process : processes) {
        if (role.getValue().contains(process)) {
          continue;
        }
        for (String how : List.of("start", "submit-form")) {
          String path = "/engine-rest/process-definition/key/" + process + "/" + how;
          tests.add(DynamicTest.dynamicTest(role.getKey() + " " + how + "s " + process, () -> {
            Map<String, Object> before = snapshot(transition);
            ResponseEntity<String> answer =
                send(new Case(process, role.getKey(), HttpMethod.POST, path, Map.of("variables", Map.of()), 0, null));
            assertThat(answer.getStatusCode().value()).as(answer.getBody()).isIn(403, 404);
            assertThat(snapshot(transition)).isEqualTo(before);
          }));
        }
      }
    }
    // an administrator may start what has a start form, not what only the application starts
    for (String process : List.of("bandwidth-transition", "complaint-case")) {
      tests.add(DynamicTest.dynamicTest("admin starts " + process, () -> {
        Map<String, Object> before = snapshot(transition);
        ResponseEntity<String> answer =
            send(new Case(process, "admin", HttpMethod.POST, "/engine-rest/process-definition/key/" + process + "/start",
                Map.of("variables", Map.of()), 0, null));
        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(403);
        assertThat(answer.getBody()).contains("dimulai oleh aplikasi");
        assertThat(snapshot(transition)).isEqualTo(before);
      }));
    }
    return tests.stream();
  }

  @Test
  void a_body_of_unknown_length_is_refused_after_its_limit_not_read_whole() throws Exception {
    ProcessInstance transition = driver.start(OPD, 2032);
    Map<String, Object> before = snapshot(transition);
    HttpClient client = HttpClient.newHttpClient();
    long[] served = {0};
    InputStream endless = new InputStream() {
      @Override
      public int read() {
        served[0]++;
        return served[0] == 1 ? '[' : ' ';
      }
    };
    HttpRequest chunked =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/complaints"))
            .header("Content-Type", "application/json")
            .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString((OPD_USER + ":demo").getBytes()))
            .POST(HttpRequest.BodyPublishers.ofInputStream(() -> endless))
            .build();

    HttpResponse<String> answer = client.send(chunked, HttpResponse.BodyHandlers.ofString());

    assertThat(answer.statusCode()).isEqualTo(413);
    // the server stopped reading soon after the one-megabyte limit, far from "endless"
    assertThat(served[0]).isLessThan(64L * 1024 * 1024);
    assertThat(snapshot(transition)).isEqualTo(before);
  }

  @Test
  void a_description_of_exactly_4000_characters_is_accepted() {
    ResponseEntity<String> answer =
        send(new Case("4,000", OPD_USER, HttpMethod.POST, "/api/complaints", complaint("description", "x".repeat(4000)), 201, null));
    assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(201);
  }

  /** The survey with one text field given as raw JSON string content (escapes and all). */
  private String rawText(String field, String jsonContent) {
    try {
      return json.writeValueAsString(variables(survey(field, "@@RAW@@"))).replace("@@RAW@@", jsonContent);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String rawSurvey(String field, String rawNumber) {
    return "{\"variables\":{\"" + field + "\":{\"value\":" + rawNumber + "}}}";
  }

  /** A callback as sent: body, headers (absent when null) and the expected answer. */
  record Callback(String name, byte[] body, String timestamp, String signature, int status, String field) {}

  @TestFactory
  Stream<DynamicTest> forged_or_broken_icon_plus_callbacks_are_refused() throws Exception {
    ProcessInstance transition = driver.start("KEC-SAMARINDA-SEBERANG", 2032);
    // time stands still, so "exactly at the skew" is exact
    TimeTravel.to(TimeTravel.now());
    long now = TimeTravel.now().getEpochSecond();
    long skew = 300;
    byte[] body = callback("ORD-1", "C", 10, null);
    List<Callback> cases = new ArrayList<>();
    cases.add(new Callback("forged with another secret", body, "" + now, IconPlusSignature.sign("tebakan", now, body), 401, null));
    cases.add(new Callback("no signature headers", body, null, null, 401, null));
    cases.add(new Callback("only the timestamp", body, "" + now, null, 401, null));
    cases.add(new Callback("only the signature", body, null, IconPlusSignature.sign(SECRET, now, body), 401, null));
    cases.add(new Callback("signed ten minutes ago", body, "" + (now - 600), IconPlusSignature.sign(SECRET, now - 600, body), 401, null));
    cases.add(new Callback("signed ten minutes ahead", body, "" + (now + 600), IconPlusSignature.sign(SECRET, now + 600, body), 401, null));
    cases.add(new Callback("signed one second past the skew", body, "" + (now - skew - 1), IconPlusSignature.sign(SECRET, now - skew - 1, body), 401, null));
    byte[] edge = callback("ORD-SKEW-EDGE", "C", 10, null);
    cases.add(new Callback("signed exactly at the skew (accepted, unknown order)", edge, "" + (now - skew), IconPlusSignature.sign(SECRET, now - skew, edge), 404, null));
    cases.add(new Callback("timestamp in words", body, "sekarang", IconPlusSignature.sign(SECRET, now, body), 401, null));
    cases.add(new Callback("timestamp beyond any calendar", body, "99999999999999999", IconPlusSignature.sign(SECRET, now, body), 401, null));
    cases.add(new Callback("signature in upper-case hex", body, "" + now, IconPlusSignature.sign(SECRET, now, body).toUpperCase(), 401, null));
    cases.add(new Callback("signature without its sha256= prefix", body, "" + now, IconPlusSignature.sign(SECRET, now, body).substring(7), 401, null));
    cases.add(new Callback("signature of another body", "{}".getBytes(), "" + now, IconPlusSignature.sign(SECRET, now, body), 401, null));
    byte[] broken = "{\"orderId\":".getBytes();
    cases.add(new Callback("not JSON", broken, "" + now, IconPlusSignature.sign(SECRET, now, broken), 400, "body"));
    byte[] negative = callback("ORD-1", "C", -10, null);
    cases.add(new Callback("negative bandwidth installed", negative, "" + now, IconPlusSignature.sign(SECRET, now, negative), 400, "installedBandwidthMbps"));
    byte[] longCircuit = callback("ORD-1", "C".repeat(101), 10, null);
    cases.add(new Callback("circuit id past its column", longCircuit, "" + now, IconPlusSignature.sign(SECRET, now, longCircuit), 400, "circuitId"));
    byte[] nul = callback("ORD-1", "C", 10, "dipasang\u0000");
    cases.add(new Callback("NUL in the notes", nul, "" + now, IconPlusSignature.sign(SECRET, now, nul), 400, "notes"));
    cases.add(new Callback("unknown order", body, "" + now, IconPlusSignature.sign(SECRET, now, body), 404, null));
    cases.add(new Callback("the very same signed request again", body, "" + now, IconPlusSignature.sign(SECRET, now, body), 409, null));
    return cases.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
      Map<String, Object> before = snapshot(transition);
      HttpHeaders headers = new HttpHeaders();
      headers.setContentType(MediaType.APPLICATION_JSON);
      if (c.timestamp() != null) {
        headers.set(IconPlusSignature.TIMESTAMP_HEADER, c.timestamp());
      }
      if (c.signature() != null) {
        headers.set(IconPlusSignature.SIGNATURE_HEADER, c.signature());
      }
      ResponseEntity<String> answer =
          http.postForEntity(IconPlusCallbackApi.PATH, new HttpEntity<>(c.body(), headers), String.class);
      assertThat(answer.getStatusCode().value()).as("%s: %s", c.name(), answer.getBody()).isEqualTo(c.status());
      if (c.field() != null) {
        assertThat(answer.getBody()).contains(c.field());
      }
      assertThat(snapshot(transition)).isEqualTo(before);
    }));
  }

  private byte[] callback(String orderId, String circuitId, int mbps, String notes) throws Exception {
    Map<String, Object> callback = new LinkedHashMap<>();
    callback.put("orderId", orderId);
    callback.put("status", "INSTALLED");
    callback.put("circuitId", circuitId);
    callback.put("installedBandwidthMbps", mbps);
    callback.put("occurredAt", "2026-11-01T08:00:00+08:00");
    if (notes != null) {
      callback.put("notes", notes);
    }
    return json.writeValueAsBytes(callback);
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
    return database.of(transition.getId());
  }

  private Task surveyTask(ProcessInstance transition) {
    return engine.getTaskService().createTaskQuery().processInstanceId(transition.getId())
        .taskDefinitionKey(TransitionContract.TASK_FILL_SURVEY).singleResult();
  }

  /**
   * A valid survey of one site on its own ISP with one field changed ({@code null} removes it):
   * the contact fields are the form's own, every other field is the site row's.
   */
  private static Map<String, Object> survey(String field, Object value) {
    Map<String, Object> values = new HashMap<>(TransitionDriver.survey());
    Map<String, Object> site = TransitionDriver.ownIspSite("Kantor Kecamatan", 2_500_000L, "2027-12-31");
    if (field != null) {
      Map<String, Object> target = values.containsKey(field) ? values : site;
      if (value == null) {
        target.remove(field);
      } else {
        target.put(field, value);
      }
    }
    values.put("sites", List.of(site));
    return values;
  }

  private static Map<String, Object> complaint(String field, Object value) {
    Map<String, Object> body = new HashMap<>(Map.of("opdCode", OPD, "category", "SLOW", "description", "lambat"));
    if (field != null) {
      body.put(field, value);
    }
    return body;
  }

  /** The engine REST API's variables; a list goes as Tasklist sends a dynamic list, a Json text. */
  private static Object variables(Map<String, Object> values) {
    Map<String, Object> variables = new HashMap<>();
    values.forEach((name, value) -> variables.put(name, value == null ? Map.of()
        : value instanceof List<?> rows ? Map.of("value", JsonRows.of(rows(rows)).getValueSerialized(), "type", "Json")
        : Map.of("value", value)));
    return Map.of("variables", variables);
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> rows(List<?> rows) {
    return (List<Map<String, Object>>) rows;
  }
}
