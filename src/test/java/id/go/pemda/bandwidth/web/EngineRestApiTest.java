package id.go.pemda.bandwidth.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.pemda.bandwidth.campaign.Campaign;
import id.go.pemda.bandwidth.campaign.CampaignService;
import id.go.pemda.bandwidth.campaign.TransitionDeadline;
import id.go.pemda.bandwidth.process.contract.TransitionContract;
import id.go.pemda.bandwidth.shared.PemdaZone;
import id.go.pemda.bandwidth.support.ApplicationTest;
import id.go.pemda.bandwidth.support.TransitionDriver;
import id.go.pemda.bandwidth.survey.SurveyRepository;
import id.go.pemda.bandwidth.tenant.Tenants;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The engine's REST API as Tasklist and other clients call it: authenticated, authorized, validated. */
@ApplicationTest
@ExtendWith(OutputCaptureExtension.class)
class EngineRestApiTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired TestRestTemplate http;
  @Autowired ProcessEngine engine;
  @Autowired CampaignService campaigns;
  @Autowired SurveyRepository surveys;

  private ProcessInstance transition;
  private Task survey;

  @BeforeEach
  void startTransition() {
    Campaign campaign =
        campaigns.plan(Tenants.DEFAULT, "Program uji REST", 2032, 30, TransitionDeadline.defaultFor(2032, PemdaZone.WITA), "test", List.of("DISPORA"));
    transition =
        engine.getRuntimeService().startProcessInstanceByKey(
            TransitionContract.KEY, "DISPORA",
            Map.of(TransitionContract.OPD_CODE.name(), "DISPORA", TransitionContract.CAMPAIGN_ID.name(), campaign.id()));
    survey = engine.getTaskService().createTaskQuery().processInstanceId(transition.getId()).singleResult();
  }

  @Test
  void requests_without_credentials_are_refused() {
    ResponseEntity<String> response = http.getForEntity("/engine-rest/task", String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void wrong_password_is_refused() {
    // a user of its own: after a failed login Camunda locks the user for a few seconds
    ResponseEntity<String> response =
        http.withBasicAuth("opd.dlh", "salah").getForEntity("/engine-rest/task", String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void an_opd_user_lists_only_the_tasks_of_its_own_opd() {
    JsonNode own = http.withBasicAuth("opd.dispora", "demo").getForObject("/engine-rest/task", JsonNode.class);
    JsonNode other = http.withBasicAuth("opd.dispar", "demo").getForObject("/engine-rest/task", JsonNode.class);

    assertThat(own.findValuesAsText("id")).contains(survey.getId());
    assertThat(businessKeysOf(own)).containsOnly("DISPORA");
    assertThat(other.findValuesAsText("id")).doesNotContain(survey.getId());
    assertThat(businessKeysOf(other)).doesNotContain("DISPORA");
  }

  @Test
  void another_opds_task_is_not_there_for_it_and_nothing_changes() {
    ResponseEntity<JsonNode> response =
        http.withBasicAuth("opd.dispar", "demo")
            .postForEntity("/engine-rest/task/" + survey.getId() + "/complete", surveyBody(20), JsonNode.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertSurveyStillOpenAndNothingStored();
  }

  @Test
  void a_refused_submission_is_one_warning_line_not_an_error_with_a_stack_trace(CapturedOutput output) {
    int before = output.getOut().length();

    http.withBasicAuth("opd.dispora", "demo")
        .postForEntity("/engine-rest/task/" + survey.getId() + "/complete", surveyBody(-5), JsonNode.class);

    String logged = output.getOut().substring(before);
    assertThat(logged.lines().filter(line -> line.contains("Refused submission to task " + survey.getId())))
        .singleElement()
        .satisfies(line -> assertThat(line).contains(" WARN ").contains("by opd.dispora").contains("currentBandwidthMbps"));
    assertThat(logged).doesNotContain(" ERROR ").doesNotContain("ENGINE-16004").doesNotContain("\tat ");
  }

  @Test
  void invalid_values_get_400_naming_the_field_and_the_task_stays_open() {
    ResponseEntity<JsonNode> response =
        http.withBasicAuth("opd.dispora", "demo")
            .postForEntity("/engine-rest/task/" + survey.getId() + "/complete", surveyBody(-5), JsonNode.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody().get("message").asText())
        .contains("currentBandwidthMbps")
        .contains("harus antara 0 dan 100000");
    assertSurveyStillOpenAndNothingStored();
  }

  @Test
  void missing_field_and_unknown_type_get_400_through_submit_form_too() {
    // no telephone, and a site without its cost and address
    Map<String, Object> site = TransitionDriver.ownIspSite("Kantor Dispora", 1_000_000L, "2031-12-31");
    site.remove("monthlyCostRupiah");
    site.remove("address");
    Map<String, Object> body =
        Map.of("variables", Map.of(
            "contactName", Map.of("value", "Rina", "type", "String"),
            "sites", Map.of("value", json(List.of(site)), "type", "Json")));

    ResponseEntity<JsonNode> response =
        http.withBasicAuth("opd.dispora", "demo")
            .postForEntity("/engine-rest/task/" + survey.getId() + "/submit-form", body, JsonNode.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody().get("message").asText())
        .contains("(contactPhone): wajib diisi")
        .contains("(monthlyCostRupiah): wajib diisi")
        .contains("(address): wajib diisi");
    assertSurveyStillOpenAndNothingStored();
  }

  @Test
  void valid_values_complete_the_task() {
    ResponseEntity<String> response =
        http.withBasicAuth("opd.dispora", "demo")
            .postForEntity("/engine-rest/task/" + survey.getId() + "/complete", surveyBody(20), String.class);

    assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(HttpStatus.NO_CONTENT);
    Long transitionId =
        ((Number) engine.getRuntimeService().getVariable(transition.getId(), TransitionContract.TRANSITION_ID.name()))
            .longValue();
    assertThat(surveys.findFirstByTransitionIdOrderByIdDesc(transitionId).orElseThrow().submittedBy())
        .isEqualTo("opd.dispora");
  }

  private List<String> businessKeysOf(JsonNode tasks) {
    return tasks.findValuesAsText("processInstanceId").stream()
        .map(id -> engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(id).singleResult())
        .map(ProcessInstance::getBusinessKey)
        .toList();
  }

  private void assertSurveyStillOpenAndNothingStored() {
    assertThat(engine.getTaskService().createTaskQuery().taskId(survey.getId()).count()).isOne();
    Long transitionId =
        ((Number) engine.getRuntimeService().getVariable(transition.getId(), TransitionContract.TRANSITION_ID.name()))
            .longValue();
    assertThat(surveys.countByTransitionId(transitionId)).isZero();
  }

  /** The survey as Tasklist submits it: plain fields, and the list of sites as a Json variable. */
  private static Map<String, Object> surveyBody(int bandwidth) {
    Map<String, Object> site = TransitionDriver.ownIspSite("Kantor Dispora", 1_000_000L, "2031-12-31");
    site.put("currentBandwidthMbps", bandwidth);
    Map<String, Object> variables = new HashMap<>();
    variables.put("contactName", Map.of("value", "Rina Lestari"));
    variables.put("contactPhone", Map.of("value", "081234567890"));
    variables.put("sites", Map.of("value", json(List.of(site)), "type", "Json"));
    return Map.of("variables", variables);
  }

  private static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
