package id.go.pemda.bandwidth.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.pemda.bandwidth.process.contract.TransitionContract;
import id.go.pemda.bandwidth.support.ApplicationTest;
import id.go.pemda.bandwidth.support.TransitionDriver;
import id.go.pemda.bandwidth.support.WebappSession;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** Each rule of {@code docs/access-model.md}, exercised over HTTP as the role's demo users. */
@ApplicationTest
class AccessRulesHttpTest {

  // Tests share one database: this OPD belongs to this class.
  private static final String OPD = "DISKOPUKM";
  private static final String OPD_USER = "opd.diskopukm";

  @Autowired TestRestTemplate http;
  @Autowired ProcessEngine engine;
  @Autowired TransitionDriver driver;

  private ProcessInstance transition;

  @BeforeEach
  void ownTransition() {
    transition =
        engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(OPD)
            .processDefinitionKey(TransitionContract.KEY).active().list().stream().findFirst()
            .orElseGet(() -> driver.start(OPD, 2032));
  }

  @Test
  void every_role_may_use_tasklist_and_only_monitors_may_use_cockpit() {
    for (String user : List.of(OPD_USER, "diskominfo", "kadis", "sekda", "bpkad")) {
      assertThat(login(user, "tasklist")).as("tasklist for %s", user).isEqualTo(HttpStatus.OK);
    }
    for (String user : List.of("diskominfo", "kadis", "sekda")) {
      assertThat(login(user, "cockpit")).as("cockpit for %s", user).isEqualTo(HttpStatus.OK);
    }
    for (String user : List.of(OPD_USER, "bpkad")) {
      assertThat(login(user, "cockpit")).as("cockpit for %s", user).isEqualTo(HttpStatus.FORBIDDEN);
    }
  }

  @Test
  void only_the_administrator_may_use_the_admin_webapp_and_manage_identities() {
    assertThat(WebappSession.login(http, "admin", "admin").loginStatus()).isEqualTo(200);
    for (String user : List.of(OPD_USER, "diskominfo", "kadis", "sekda", "bpkad")) {
      assertThat(WebappSession.login(http, user, "admin").loginStatus()).as("admin app for %s", user).isEqualTo(403);
      WebappSession tasklist = WebappSession.login(http, user, "tasklist");
      String newUser = "{\"profile\":{\"id\":\"penyusup\",\"firstName\":\"P\",\"lastName\":\"P\"},"
          + "\"credentials\":{\"password\":\"Rahasia-123\"}}";
      assertThat(tasklist.post(WebappSession.engineApi("/user/create"), newUser).getStatusCode().value())
          .as("create a user as %s", user).isEqualTo(403);
      assertThat(tasklist.send(HttpMethod.PUT, WebappSession.engineApi("/group/sekda/members/" + user), null)
              .getStatusCode().value())
          .as("join the Sekda's group as %s", user).isEqualTo(403);
      assertThat(tasklist.post(WebappSession.engineApi("/authorization/create"),
              Map.of("type", 1, "permissions", List.of("ALL"), "userId", user, "resourceType", 0, "resourceId", "*"))
          .getStatusCode().value())
          .as("grant itself everything as %s", user).isEqualTo(403);
    }
    assertThat(engine.getIdentityService().createUserQuery().userId("penyusup").count()).isZero();
    assertThat(engine.getIdentityService().createUserQuery().memberOfGroup("sekda").list())
        .extracting(user -> user.getId()).containsExactly("sekda");
  }

  @Test
  void the_webapps_refuse_a_login_without_the_csrf_token() {
    MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    form.add("username", "diskominfo");
    form.add("password", "demo");
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);

    assertThat(http.postForEntity("/camunda/api/admin/auth/user/default/login/tasklist",
            new HttpEntity<>(form, headers), String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void each_role_may_start_only_its_own_process() {
    assertThat(startable(OPD_USER)).containsExactly("complaint-intake");
    assertThat(startable("diskominfo")).containsExactly("bandwidth-campaign");
    assertThat(startable("sekda")).containsExactly("force-cut");
    assertThat(startable("kadis")).isEmpty();
    assertThat(startable("bpkad")).containsExactly("budget-load");
  }

  @Test
  void each_role_reads_only_its_own_tasklist_filter() {
    assertThat(filters(OPD_USER)).containsExactly("Tugas OPD saya");
    assertThat(filters("diskominfo")).containsExactly("Tugas Diskominfo");
    assertThat(filters("kadis")).containsExactly("Persetujuan Kepala Diskominfo");
    assertThat(filters("sekda")).containsExactly("Keputusan Sekda");
    assertThat(filters("bpkad")).containsExactly("Tugas BPKAD");
  }

  @Test
  void an_opd_reads_its_own_tasks_and_no_instance_list_which_no_screen_of_its_shows() {
    JsonNode visible = get(OPD_USER, "/engine-rest/task?processInstanceId=" + transition.getId());
    assertThat(visible.findValuesAsText("processInstanceId")).containsOnly(transition.getId());
    assertThat(get("opd.dispar", "/engine-rest/task?processInstanceId=" + transition.getId())).isEmpty();
    for (String user : List.of(OPD_USER, "bpkad")) {
      assertThat(exchange(user, HttpMethod.GET, "/engine-rest/process-instance", null))
          .as(user).isEqualTo(HttpStatus.FORBIDDEN);
    }
  }

  @Test
  void monitors_read_every_instance_its_history_and_the_decisions() {
    long instances = engine.getRuntimeService().createProcessInstanceQuery().count();
    long history = engine.getHistoryService().createHistoricProcessInstanceQuery().count();
    for (String user : List.of("diskominfo", "kadis", "sekda")) {
      assertThat(count(user, "/engine-rest/process-instance/count")).as(user).isEqualTo(instances);
      assertThat(count(user, "/engine-rest/history/process-instance/count")).as(user).isEqualTo(history);
      assertThat(get(user, "/engine-rest/decision-definition?latestVersion=true")).as(user).hasSize(3);
      assertThat(get(user, "/engine-rest/process-definition?latestVersion=true").size()).as(user).isGreaterThan(1);
    }
    // no screen of an OPD shows history or decisions: the door does not open them
    assertThat(exchange(OPD_USER, HttpMethod.GET, "/engine-rest/history/process-instance/count", null))
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(exchange(OPD_USER, HttpMethod.GET, "/engine-rest/decision-definition", null))
        .isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void the_sekda_may_not_suspend_modify_or_delete_an_instance() {
    String instance = "/engine-rest/process-instance/" + transition.getId();
    assertThat(exchange("sekda", HttpMethod.PUT, instance + "/suspended", Map.of("suspended", true)))
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(exchange("sekda", HttpMethod.POST, instance + "/variables",
            Map.of("modifications", Map.of("opdGroup", Map.of("value", "sekda")))))
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(exchange("sekda", HttpMethod.DELETE, instance, null)).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(transition.getId())
        .active().count()).isOne();
  }

  @Test
  void another_roles_task_is_not_there_for_it_to_claim() {
    String survey =
        engine.getTaskService().createTaskQuery().processInstanceId(transition.getId())
            .taskDefinitionKey(TransitionContract.TASK_FILL_SURVEY).singleResult().getId();
    for (String user : List.of("diskominfo", "kadis", "sekda", "bpkad", "opd.dispar")) {
      assertThat(exchange(user, HttpMethod.POST, "/engine-rest/task/" + survey + "/claim", Map.of("userId", user)))
          .as("claim by %s", user).isEqualTo(HttpStatus.NOT_FOUND);
    }
    assertThat(engine.getTaskService().createTaskQuery().taskId(survey).singleResult().getAssignee()).isNull();
  }

  @Test
  void budget_reports_are_for_bpkad_and_the_sekda_only() {
    assertThat(http.withBasicAuth("bpkad", "demo").getForEntity("/api/budget/lines?fiscalYear=2027", JsonNode.class)
        .getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(http.withBasicAuth("sekda", "demo").getForEntity("/api/budget/lines?fiscalYear=2027", JsonNode.class)
        .getStatusCode()).isEqualTo(HttpStatus.OK);
    for (String user : List.of(OPD_USER, "diskominfo", "kadis")) {
      assertThat(http.withBasicAuth(user, "demo").getForEntity("/api/budget/lines?fiscalYear=2027", JsonNode.class)
          .getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
    }
    JsonNode report =
        http.withBasicAuth("bpkad", "demo").getForObject("/api/budget/lines?fiscalYear=2027", JsonNode.class);
    assertThat(report.get("lines").size()).isEqualTo(41);
  }

  /** Logs in as the webapp does: fetch the CSRF cookie first, then post the form with its token. */
  private HttpStatus login(String user, String application) {
    List<String> cookies =
        http.getForEntity("/camunda/app/" + application + "/default/", String.class)
            .getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE);
    String csrf =
        cookies.stream().filter(c -> c.startsWith("XSRF-TOKEN=")).map(c -> c.substring(11, c.indexOf(';')))
            .findFirst().orElseThrow();
    MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    form.add("username", user);
    form.add("password", "demo");
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    headers.set("X-XSRF-TOKEN", csrf);
    headers.put(HttpHeaders.COOKIE, cookies.stream().map(c -> c.substring(0, c.indexOf(';'))).toList());
    return HttpStatus.valueOf(
        http.postForEntity("/camunda/api/admin/auth/user/default/login/" + application, new HttpEntity<>(form, headers),
            String.class).getStatusCode().value());
  }

  private List<String> startable(String user) {
    return get(user, "/engine-rest/process-definition?latestVersion=true&startableInTasklist=true"
        + "&startablePermissionCheck=true").findValuesAsText("key");
  }

  private List<String> filters(String user) {
    // only the filters' own names: their column definitions (properties.variables) have names too
    List<String> names = new ArrayList<>();
    get(user, "/engine-rest/filter").forEach(filter -> names.add(filter.get("name").asText()));
    return names;
  }

  private JsonNode get(String user, String path) {
    return http.withBasicAuth(user, "demo").getForObject(path, JsonNode.class);
  }

  private long count(String user, String path) {
    return get(user, path).get("count").asLong();
  }

  private HttpStatus exchange(String user, HttpMethod method, String path, Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return HttpStatus.valueOf(
        http.withBasicAuth(user, "demo").exchange(path, method, new HttpEntity<>(body, headers), String.class)
            .getStatusCode().value());
  }
}
