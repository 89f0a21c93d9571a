package id.go.pemda.bandwidth.web;

import static id.go.pemda.bandwidth.support.TransitionDriver.ownIspSite;
import static id.go.pemda.bandwidth.support.TransitionDriver.siteWithoutInternet;
import static id.go.pemda.bandwidth.support.TransitionDriver.survey;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.pemda.bandwidth.process.contract.TransitionContract;
import id.go.pemda.bandwidth.process.view.SharedViews;
import id.go.pemda.bandwidth.process.view.TasklistColumns;
import id.go.pemda.bandwidth.process.view.TransitionViews;
import id.go.pemda.bandwidth.support.ApplicationTest;
import id.go.pemda.bandwidth.support.TestOpds;
import id.go.pemda.bandwidth.support.TransitionDriver;
import id.go.pemda.bandwidth.support.WebappSession;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

/**
 * What a form shows reaches Tasklist with the task's form variables, worked out when the form is
 * opened; the task itself keeps only the values of Tasklist's list columns.
 */
@ApplicationTest
class FormVariablesHttpTest {

  private static final String OPD = "TEST-FORMVARS";

  @Autowired TestRestTemplate http;
  @Autowired ProcessEngine engine;
  @Autowired TransitionDriver driver;
  @Autowired TestOpds opds;

  private final ObjectMapper json = new ObjectMapper();

  @Test
  void tasklist_gets_what_the_form_shows_with_the_task_variables_and_the_task_keeps_only_its_list_columns()
      throws Exception {
    ProcessInstance transition = driver.start(opds.register(OPD), 2033);
    driver.fillSurvey(transition, survey(
        ownIspSite("Kantor Utama", 2_500_000, "2033-06-30"), siteWithoutInternet("Gudang Arsip")));
    Task coordinate = driver.task(transition, TransitionContract.TASK_COORDINATE_TECHNICALLY);

    WebappSession diskominfo = WebappSession.login(http, "diskominfo", "tasklist");
    ResponseEntity<String> answer = diskominfo.get(
        WebappSession.engineApi("/task/" + coordinate.getId() + "/form-variables?deserializeValues=false"));

    assertThat(answer.getStatusCode().value()).isEqualTo(200);
    JsonNode variables = json.readTree(answer.getBody());
    assertThat(variables.path(SharedViews.OPD).path("type").asText()).isEqualTo("String");
    assertThat(variables.path(SharedViews.OPD).path("value").asText()).endsWith("(" + OPD + ")");
    assertThat(variables.path(TransitionViews.FISCAL_YEAR).path("value").asText()).contains("2033");
    JsonNode sites = variables.path("sites");
    assertThat(sites.path("type").asText()).isEqualTo("Json");
    assertThat(json.readTree(sites.path("value").asText()))
        .extracting(row -> row.path("siteName").asText())
        .hasSize(2)
        .anySatisfy(name -> assertThat(name).startsWith("Kantor Utama"))
        .anySatisfy(name -> assertThat(name).startsWith("Gudang Arsip"));
    // the engine's own variables of the task are there as before
    assertThat(variables.has(TransitionContract.TRANSITION_ID.name())).isTrue();

    ResponseEntity<String> named = diskominfo.get(WebappSession.engineApi(
        "/task/" + coordinate.getId() + "/form-variables?variableNames=" + SharedViews.OPD + "&deserializeValues=false"));
    assertThat(json.readTree(named.getBody()).fieldNames()).toIterable().containsExactly(SharedViews.OPD);

    assertThat(engine.getTaskService().getVariablesLocal(coordinate.getId()).keySet())
        .isNotEmpty()
        .isSubsetOf(TasklistColumns.KEYS);
  }
}
