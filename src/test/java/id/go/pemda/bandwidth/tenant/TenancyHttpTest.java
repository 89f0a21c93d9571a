package id.go.pemda.bandwidth.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.pemda.bandwidth.complaint.Complaint;
import id.go.pemda.bandwidth.opd.OpdRegistry;
import id.go.pemda.bandwidth.process.contract.CampaignContract;
import id.go.pemda.bandwidth.process.contract.ComplaintCaseContract;
import id.go.pemda.bandwidth.process.contract.TransitionContract;
import id.go.pemda.bandwidth.shared.PemdaZone;
import id.go.pemda.bandwidth.support.ApplicationTest;
import id.go.pemda.bandwidth.support.TestOpds;
import id.go.pemda.bandwidth.support.TransitionDriver;
import id.go.pemda.bandwidth.support.WebappSession;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Two Pemda on one deployment, Samarinda and Penajam Paser Utara (the demo's {@code ppu}): a
 * user of one never sees the other's instances, tasks, history, OPDs, complaints or budget
 * lines, through the engine REST API, Tasklist's API or the application's API; the
 * administrator onboards a Pemda from its registry CSV, all or nothing.
 */
@ApplicationTest
class TenancyHttpTest {

  // Tests share one database: these OPDs and years belong to this class.
  private static final String SAMARINDA_OPD = "UJI-PEMDA-SMD";
  private static final String PPU_OPD = "PPU.UJI-PEMDA";
  private static final int YEAR = 2033;
  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired TestRestTemplate http;
  @Autowired ProcessEngine engine;
  @Autowired TransitionDriver driver;
  @Autowired TestOpds opds;
  @Autowired OpdRegistry registry;
  @Autowired PemdaRegistry pemdas;
  @Autowired Clock clock;

  private ProcessInstance samarinda;
  private ProcessInstance ppu;

  @BeforeEach
  void oneTransitionInEachPemda() {
    samarinda = running(opds.register(SAMARINDA_OPD));
    ppu = running(opds.register(PPU_OPD));
  }

  @Test
  void an_instance_belongs_to_the_pemda_of_its_opd_and_its_tasks_to_that_pemdas_groups() {
    assertThat(samarinda.getTenantId()).isEqualTo("samarinda");
    assertThat(ppu.getTenantId()).isEqualTo("ppu");
    assertThat(candidateGroups(driver.task(ppu, TransitionContract.TASK_FILL_SURVEY))).containsExactly("ppu.opd-uji-pemda");
    assertThat(engine.getIdentityService().createTenantQuery().groupMember("ppu.diskominfo").singleResult().getId())
        .isEqualTo("ppu");
    assertThat(engine.getIdentityService().createTenantQuery().groupMember("diskominfo").singleResult().getId())
        .isEqualTo("samarinda");
  }

  @Test
  void the_engine_rest_api_shows_each_pemda_its_own_instances_and_history_only() {
    for (String path : List.of("/engine-rest/process-instance/count?businessKey=",
        "/engine-rest/history/process-instance/count?processInstanceBusinessKey=",
        "/engine-rest/history/task/count?processInstanceBusinessKey=")) {
      assertThat(count("sekda", path + SAMARINDA_OPD)).as("sekda: %s", path).isEqualTo(1);
      assertThat(count("sekda", path + PPU_OPD)).as("sekda: %s", path).isZero();
      assertThat(count("ppu.sekda", path + PPU_OPD)).as("ppu.sekda: %s", path).isEqualTo(1);
      assertThat(count("ppu.sekda", path + SAMARINDA_OPD)).as("ppu.sekda: %s", path).isZero();
    }
    assertThat(get("ppu.sekda", "/engine-rest/process-instance?processDefinitionKey=" + TransitionContract.KEY)
            .findValuesAsText("tenantId"))
        .isNotEmpty().containsOnly("ppu");
  }

  @Test
  void tasklists_api_shows_each_pemda_its_own_instances_and_history_only() {
    WebappSession ppuSekda = WebappSession.login(http, "ppu.sekda", "cockpit");
    WebappSession sekda = WebappSession.login(http, "sekda", "cockpit");
    assertThat(ppuSekda.loginStatus()).isEqualTo(200);
    for (String path : List.of("/process-instance/count?businessKey=",
        "/history/process-instance/count?processInstanceBusinessKey=")) {
      assertThat(count(ppuSekda, path + PPU_OPD)).as("ppu.sekda: %s", path).isEqualTo(1);
      assertThat(count(ppuSekda, path + SAMARINDA_OPD)).as("ppu.sekda: %s", path).isZero();
      assertThat(count(sekda, path + SAMARINDA_OPD)).as("sekda: %s", path).isEqualTo(1);
      assertThat(count(sekda, path + PPU_OPD)).as("sekda: %s", path).isZero();
    }
  }

  @Test
  void a_grant_on_every_task_still_shows_a_pemda_its_own_tasks_only() {
    // authorization alone would show every task: what is left out is left out by the tenant check
    Authorization everyTask = engine.getAuthorizationService().createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    everyTask.setGroupId("ppu.sekda");
    everyTask.setResource(Resources.TASK);
    everyTask.setResourceId(Authorization.ANY);
    everyTask.addPermission(Permissions.READ);
    everyTask = engine.getAuthorizationService().saveAuthorization(everyTask);
    try {
      String tasks = "/task/count?processInstanceBusinessKey=";
      assertThat(count("ppu.sekda", "/engine-rest" + tasks + PPU_OPD)).isEqualTo(1);
      assertThat(count("ppu.sekda", "/engine-rest" + tasks + SAMARINDA_OPD)).isZero();
      WebappSession tasklist = WebappSession.login(http, "ppu.sekda", "tasklist");
      assertThat(count(tasklist, tasks + PPU_OPD)).isEqualTo(1);
      assertThat(count(tasklist, tasks + SAMARINDA_OPD)).isZero();
      Task samarindaSurvey = driver.task(samarinda, TransitionContract.TASK_FILL_SURVEY);
      assertThat(status(http.withBasicAuth("ppu.sekda", "demo")
              .getForEntity("/engine-rest/task/" + samarindaSurvey.getId(), String.class)))
          .isEqualTo(404);
    } finally {
      engine.getAuthorizationService().deleteAuthorization(everyTask.getId());
    }
  }

  @Test
  void the_application_api_shows_each_pemda_its_own_opds_complaints_and_budget_lines() {
    List<String> ppuOpds = get("ppu.diskominfo", "/api/opds").findValuesAsText("code");
    assertThat(ppuOpds).contains("PPU.DINKES", "PPU.DISKOMINFO").allMatch(code -> code.startsWith("PPU."));
    assertThat(get("diskominfo", "/api/opds").findValuesAsText("code"))
        .contains("DINKES").noneMatch(code -> code.startsWith("PPU."));

    Complaint inSamarinda = driver.fileComplaint(SAMARINDA_OPD, "SLOW", "Internet lambat di ruang pelayanan");
    assertThat(status(http.withBasicAuth("ppu.diskominfo", "demo")
            .getForEntity("/api/complaints/" + inSamarinda.id(), String.class)))
        .isEqualTo(404);
    assertThat(status(http.withBasicAuth("diskominfo", "demo")
            .getForEntity("/api/complaints/" + inSamarinda.id(), String.class)))
        .isEqualTo(200);

    // a PPU operator writes its own registry's code; the complaint and its case are PPU's
    ResponseEntity<JsonNode> filed = http.withBasicAuth("ppu.opd.dinkes", "demo").postForEntity("/api/complaints",
        json(Map.of("opdCode", "DINKES", "category", "LINK_DOWN", "description", "Jaringan putus sejak pagi")),
        JsonNode.class);
    assertThat(status(filed)).isEqualTo(201);
    assertThat(filed.getBody().get("opdCode").asText()).isEqualTo("PPU.DINKES");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(ComplaintCaseContract.KEY)
            .processInstanceBusinessKey("PPU.DINKES").list())
        .extracting(ProcessInstance::getTenantId).isNotEmpty().containsOnly("ppu");
    long ppuComplaint = filed.getBody().get("complaintId").asLong();
    assertThat(status(http.withBasicAuth("diskominfo", "demo")
            .getForEntity("/api/complaints/" + ppuComplaint, String.class)))
        .isEqualTo(404);

    int thisYear = PemdaZone.WITA.today(clock).getYear();
    List<String> ppuLines = get("ppu.bpkad", "/api/budget/lines?fiscalYear=" + thisYear).findValuesAsText("opdCode");
    assertThat(ppuLines).isNotEmpty().allMatch(code -> code.startsWith("PPU."));
    assertThat(get("bpkad", "/api/budget/lines?fiscalYear=" + thisYear).findValuesAsText("opdCode"))
        .isNotEmpty().noneMatch(code -> code.startsWith("PPU."));
  }

  @Test
  void a_ppu_campaign_started_by_its_diskominfo_reaches_the_coordination_task_of_ppu_diskominfo() {
    Map<String, Object> form = Map.of(
        "programName", variable("Program uji PPU"), "fiscalYear", variable(2030),
        "quietPeriodDays", variable(TransitionDriver.QUIET_PERIOD_DAYS), "opdCodes", variable("DINSOS"));
    ResponseEntity<JsonNode> started = http.withBasicAuth("ppu.diskominfo", "demo").postForEntity(
        "/engine-rest/process-definition/key/" + CampaignContract.KEY + "/submit-form", json(Map.of("variables", form)),
        JsonNode.class);
    assertThat(status(started)).as("%s", started.getBody()).isEqualTo(200);
    String campaignId = started.getBody().get("id").asText();
    assertThat(started.getBody().get("tenantId").asText()).isEqualTo("ppu");
    for (Job job : engine.getManagementService().createJobQuery().processInstanceId(campaignId).list()) {
      engine.getManagementService().executeJob(job.getId());
    }
    ProcessInstance transition = engine.getRuntimeService().createProcessInstanceQuery()
        .superProcessInstanceId(campaignId).singleResult();
    assertThat(transition.getTenantId()).isEqualTo("ppu");
    assertThat(transition.getBusinessKey()).isEqualTo("PPU.DINSOS");

    // the OPD's operator sees its survey; Samarinda's operator of the same registry code does not
    String surveyTasks = "/engine-rest/task?processInstanceId=" + transition.getId();
    assertThat(get("ppu.opd.dinsos", surveyTasks).findValuesAsText("taskDefinitionKey"))
        .containsExactly(TransitionContract.TASK_FILL_SURVEY);
    assertThat(get("opd.dinsos", surveyTasks).findValuesAsText("id")).isEmpty();
    String surveyId = get("ppu.opd.dinsos", surveyTasks).get(0).get("id").asText();
    List<Map<String, Object>> sites = List.of(TransitionDriver.inDesa(
        TransitionDriver.ownIspSite("Kantor Dinas Sosial PPU", 2_000_000L, "2030-06-30"), "Nipah-Nipah"));
    Map<String, Object> survey = new HashMap<>();
    survey.put("contactName", variable("Rina Lestari"));
    survey.put("contactPhone", variable("081234567890"));
    survey.put("obstacles", variable("Belum ada jaringan kabel di gedung baru"));
    survey.put("sites", Map.of("value", write(sites), "type", "Json"));
    ResponseEntity<String> submitted = http.withBasicAuth("ppu.opd.dinsos", "demo").postForEntity(
        "/engine-rest/task/" + surveyId + "/submit-form", json(Map.of("variables", survey)), String.class);
    assertThat(status(submitted)).as("%s", submitted.getBody()).isEqualTo(204);

    Task coordination = driver.task(transition, TransitionContract.TASK_COORDINATE_TECHNICALLY);
    assertThat(coordination.getTenantId()).isEqualTo("ppu");
    assertThat(candidateGroups(coordination)).containsExactly("ppu.diskominfo");
    String tasks = "/engine-rest/task?processInstanceId=" + transition.getId();
    assertThat(get("ppu.diskominfo", tasks).findValuesAsText("taskDefinitionKey"))
        .containsExactly(TransitionContract.TASK_COORDINATE_TECHNICALLY);
    assertThat(get("diskominfo", tasks).findValuesAsText("id")).isEmpty();
    // and in Tasklist, in the Diskominfo filter every Pemda's Diskominfo shares
    WebappSession tasklist = WebappSession.login(http, "ppu.diskominfo", "tasklist");
    JsonNode filters = read(tasklist.get(WebappSession.engineApi("/filter")).getBody());
    assertThat(filters).extracting(filter -> filter.get("name").asText()).containsExactly("Tugas Diskominfo");
    String filterId = filters.get(0).get("id").asText();
    JsonNode listed = read(tasklist.post(WebappSession.engineApi("/filter/" + filterId + "/list?firstResult=0&maxResults=200"),
        Map.of()).getBody());
    assertThat(listed.findValuesAsText("id")).contains(coordination.getId());
    assertThat(listed.findValuesAsText("tenantId")).containsOnly("ppu");
  }

  // ---------------------------------------------------------------- onboarding

  @Test
  void the_administrator_onboards_a_pemda_with_its_groups_grants_and_registry() {
    String csv = "code,name,type,frontline_public_service\n"
        + "DISKOMINFO,Dinas Komunikasi dan Informatika,DINAS,false\n"
        + "DINKES,Dinas Kesehatan,DINAS,true\n"
        + "\n"
        + "KEC-TENGGARONG,Kecamatan Tenggarong,KECAMATAN,true\n";
    ResponseEntity<JsonNode> answer = onboard("admin", "uji-kukar", csv);

    assertThat(status(answer)).as("%s", answer.getBody()).isEqualTo(201);
    assertThat(answer.getBody().get("opdCodes")).extracting(JsonNode::asText)
        .containsExactly("UJI-KUKAR.DISKOMINFO", "UJI-KUKAR.DINKES", "UJI-KUKAR.KEC-TENGGARONG");
    assertThat(pemdas.find("uji-kukar")).contains(
        new Pemda("uji-kukar", "Pemerintah Kabupaten Uji Kukar", Pemda.Kind.KABUPATEN, "Kalimantan Timur"));
    assertThat(registry.active("uji-kukar")).extracting(opd -> opd.code())
        .containsExactlyInAnyOrder("UJI-KUKAR.DISKOMINFO", "UJI-KUKAR.DINKES", "UJI-KUKAR.KEC-TENGGARONG");
    var identity = engine.getIdentityService();
    assertThat(identity.createTenantQuery().tenantId("uji-kukar").count()).isOne();
    assertThat(identity.createGroupQuery().memberOfTenant("uji-kukar").list()).extracting(group -> group.getId())
        .containsExactlyInAnyOrder("uji-kukar.diskominfo", "uji-kukar.kadis-diskominfo", "uji-kukar.sekda",
            "uji-kukar.bpkad", "uji-kukar.opd-diskominfo", "uji-kukar.opd-dinkes", "uji-kukar.opd-kec-tenggarong");
    assertThat(engine.getAuthorizationService().createAuthorizationQuery().groupIdIn("uji-kukar.diskominfo")
            .resourceType(Resources.PROCESS_DEFINITION).resourceId(CampaignContract.KEY).singleResult()
            .isPermissionGranted(Permissions.CREATE_INSTANCE))
        .isTrue();
    assertThat(engine.getAuthorizationService().createAuthorizationQuery().groupIdIn("uji-kukar.opd-dinkes")
            .resourceType(Resources.APPLICATION).resourceId("tasklist").count())
        .isOne();
  }

  @Test
  void a_registry_with_bad_rows_is_refused_by_line_number_and_nothing_is_onboarded() {
    String csv = "code,name,type,frontline_public_service\n"
        + "DISKOMINFO,Dinas Komunikasi dan Informatika,DINAS,false\n"
        + "DINKES,Dinas Kesehatan,DINAS,ya\n"
        + ",Dinas Sosial,DINAS,true\n"
        + "DISKOMINFO,Dinas Kominfo lagi,DINAS,false\n"
        + "BAPPEDA,Bappeda,false\n";
    ResponseEntity<JsonNode> answer = onboard("admin", "uji-salah", csv);

    assertThat(status(answer)).isEqualTo(400);
    List<String> problems = new ArrayList<>();
    answer.getBody().get("errors").forEach(error -> problems.add(error.get("field").asText() + " " + error.get("message").asText()));
    assertThat(problems).containsExactly(
        "opdRegistryCsv line 3: frontline_public_service: harus true atau false, bukan 'ya'",
        "opdRegistryCsv line 4: code: wajib diisi",
        "opdRegistryCsv line 5: code: 'DISKOMINFO' muncul dua kali dalam berkas",
        "opdRegistryCsv line 6: row: harus 4 kolom code,name,type,frontline_public_service, ada 3");
    assertNothingOf("uji-salah");
  }

  @Test
  void only_the_administrator_may_onboard_and_a_bad_request_names_its_fields() {
    String csv = "code,name,type,frontline_public_service\nDINKES,Dinas Kesehatan,DINAS,true\n";
    for (String user : List.of("diskominfo", "ppu.sekda", "sekda")) {
      assertThat(status(onboard(user, "uji-tolak", csv))).as(user).isEqualTo(403);
    }
    assertNothingOf("uji-tolak");

    ResponseEntity<JsonNode> existing = onboard("admin", "ppu", csv);
    assertThat(status(existing)).isEqualTo(400);
    assertThat(existing.getBody().get("errors").findValuesAsText("field")).containsExactly("id");
    ResponseEntity<JsonNode> badId = onboard("admin", "Uji Tolak", "kode,nama\n");
    assertThat(status(badId)).isEqualTo(400);
    assertThat(badId.getBody().get("errors").findValuesAsText("message"))
        .contains("line 1: header: baris pertama harus berupa header code,name,type,frontline_public_service");
  }

  private void assertNothingOf(String tenant) {
    assertThat(pemdas.find(tenant)).isEmpty();
    assertThat(registry.active(tenant)).isEmpty();
    assertThat(engine.getIdentityService().createTenantQuery().tenantId(tenant).count()).isZero();
    assertThat(engine.getIdentityService().createGroupQuery().groupIdIn(tenant + ".diskominfo", tenant + ".opd-dinkes")
        .count()).isZero();
  }

  private ResponseEntity<JsonNode> onboard(String user, String id, String csv) {
    Map<String, Object> body = new HashMap<>();
    body.put("id", id);
    body.put("name", "Pemerintah Kabupaten Uji Kukar");
    body.put("kind", "KABUPATEN");
    body.put("province", "Kalimantan Timur");
    body.put("zone", "WITA");
    body.put("opdRegistryCsv", csv);
    return http.withBasicAuth(user, "demo")
        .postForEntity("/api/admin/tenants", json(body), JsonNode.class);
  }

  // ---------------------------------------------------------------- helpers

  private ProcessInstance running(String opd) {
    return engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(opd)
        .processDefinitionKey(TransitionContract.KEY).active().list().stream().findFirst()
        .orElseGet(() -> driver.start(opd, YEAR));
  }

  private List<String> candidateGroups(Task task) {
    return engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
        .filter(link -> "candidate".equals(link.getType())).map(IdentityLink::getGroupId).toList();
  }

  private JsonNode get(String user, String path) {
    ResponseEntity<JsonNode> answer = http.withBasicAuth(user, "demo").getForEntity(path, JsonNode.class);
    assertThat(status(answer)).as("GET %s as %s: %s", path, user, answer.getBody()).isEqualTo(200);
    return answer.getBody();
  }

  private long count(String user, String path) {
    return get(user, path).get("count").asLong();
  }

  private static long count(WebappSession session, String path) {
    ResponseEntity<String> answer = session.get(WebappSession.engineApi(path));
    assertThat(status(answer)).as("GET %s: %s", path, answer.getBody()).isEqualTo(200);
    return read(answer.getBody()).get("count").asLong();
  }

  private static Map<String, Object> variable(Object value) {
    return Map.of("value", value);
  }

  private static HttpEntity<Object> json(Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return new HttpEntity<>(body, headers);
  }

  private static int status(ResponseEntity<?> answer) {
    return answer.getStatusCode().value();
  }

  private static JsonNode read(String body) {
    try {
      return JSON.readTree(body);
    } catch (Exception e) {
      throw new IllegalStateException(body, e);
    }
  }

  private static String write(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
