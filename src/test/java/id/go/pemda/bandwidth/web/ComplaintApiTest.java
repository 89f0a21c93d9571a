package id.go.pemda.bandwidth.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.pemda.bandwidth.complaint.Complaint;
import id.go.pemda.bandwidth.complaint.ComplaintChannel;
import id.go.pemda.bandwidth.complaint.ComplaintService;
import id.go.pemda.bandwidth.process.contract.ComplaintCaseContract;
import id.go.pemda.bandwidth.support.ApplicationTest;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** {@code POST /api/complaints} over HTTP: the contract, the access rules and bad input. */
@ApplicationTest
class ComplaintApiTest {

  // Tests share one database: complaints of these OPDs belong to this class.
  private static final String OPD = "KEC-LOA-JANAN-ILIR";
  private static final String OPD_USER = "opd.kec-loa-janan-ilir";

  @Autowired TestRestTemplate http;
  @Autowired ComplaintService complaints;
  @Autowired ProcessEngine engine;
  @Autowired ObjectMapper json;

  @Test
  void a_complaint_is_created_with_its_route_and_a_location() {
    ResponseEntity<JsonNode> response =
        post(OPD_USER, Map.of("opdCode", OPD, "category", "LINK_DOWN", "description", "Kantor camat offline"));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    JsonNode body = response.getBody();
    long id = body.get("complaintId").asLong();
    assertThat(response.getHeaders().getLocation()).hasToString("/api/complaints/" + id);
    assertThat(body.get("route").asText()).isEqualTo("SUPPORT");
    assertThat(body.get("stage").asText()).isEqualTo("AFTER_TRANSITION");
    assertThat(body.get("severity").asText()).isEqualTo("CRITICAL");
    Complaint stored = complaints.require(id);
    assertThat(stored.report().channel()).isEqualTo(ComplaintChannel.API);
    assertThat(stored.report().filedBy()).isEqualTo(OPD_USER);
    // this complaint, not an earlier one of the same OPD, has a case of its own (the support route)
    assertThat(engine.getRuntimeService().createProcessInstanceQuery()
            .processDefinitionKey(ComplaintCaseContract.KEY)
            .variableValueEquals(ComplaintCaseContract.COMPLAINT_ID.name(), id)
            .list())
        .singleElement()
        .satisfies(complaintCase -> assertThat(complaintCase.getId()).isEqualTo(stored.caseProcessInstanceId()));

    JsonNode read =
        http.withBasicAuth(OPD_USER, "demo").getForObject("/api/complaints/" + id, JsonNode.class);
    assertThat(read.get("description").asText()).isEqualTo("Kantor camat offline");
  }

  @Test
  void html_and_script_are_stored_and_returned_as_text() throws Exception {
    String description = "<script>alert('x')</script><b>tebal</b> & \"kutip\"";

    ResponseEntity<JsonNode> response =
        post("diskominfo", Map.of("opdCode", OPD, "category", "OTHER", "description", description));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    long id = response.getBody().get("complaintId").asLong();
    assertThat(complaints.require(id).description()).isEqualTo(description);
    // read back as a JSON string, character for character, never as markup
    ResponseEntity<String> read = http.withBasicAuth(OPD_USER, "demo").getForEntity("/api/complaints/" + id, String.class);
    assertThat(read.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_JSON);
    assertThat(read.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(json.readTree(read.getBody()).get("description").asText()).isEqualTo(description);
  }

  @Test
  void without_credentials_the_answer_is_401_with_a_problem() {
    ResponseEntity<JsonNode> response =
        http.postForEntity("/api/complaints", json(Map.of("opdCode", OPD)), JsonNode.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(response.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Basic");
  }

  @Test
  void another_opds_user_is_forbidden_and_nothing_is_stored() {
    int before = complaints.historyOf(OPD).size();

    ResponseEntity<JsonNode> response =
        post("opd.dispar", Map.of("opdCode", OPD, "category", "SLOW", "description", "bukan OPD saya"));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(complaints.historyOf(OPD)).hasSize(before);
  }

  @Test
  void missing_fields_are_each_named() {
    assertBadRequest(Map.of(), "opdCode", "category", "description");
  }

  @Test
  void an_unknown_opd_is_named() {
    assertBadRequest(Map.of("opdCode", "DINAS-RAHASIA", "category", "SLOW", "description", "x"), "opdCode");
  }

  @Test
  void an_unknown_category_lists_the_allowed_ones() {
    JsonNode problem =
        assertBadRequest(Map.of("opdCode", OPD, "category", "BANJIR", "description", "x"), "category");
    assertThat(problem.toString()).contains("LINK_DOWN, SLOW, INTERMITTENT, OTHER");
  }

  @Test
  void a_description_of_10000_characters_is_refused() {
    assertBadRequest(Map.of("opdCode", OPD, "category", "SLOW", "description", "a".repeat(10_000)), "description");
  }

  @Test
  void an_unknown_field_is_refused() {
    Map<String, Object> body = new HashMap<>(Map.of("opdCode", OPD, "category", "SLOW", "description", "x"));
    body.put("priority", "URGENT");
    assertBadRequest(body, "priority");
  }

  @Test
  void a_moment_in_the_future_or_a_malformed_one_is_refused() {
    assertBadRequest(
        Map.of("opdCode", OPD, "category", "SLOW", "description", "x", "occurredAt", "2999-01-01T00:00:00+08:00"),
        "occurredAt");
    assertBadRequest(
        Map.of("opdCode", OPD, "category", "SLOW", "description", "x", "occurredAt", "kemarin sore"), "occurredAt");
  }

  @Test
  void a_body_that_is_not_json_is_refused() {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    ResponseEntity<JsonNode> response =
        http.withBasicAuth(OPD_USER, "demo")
            .postForEntity("/api/complaints", new HttpEntity<>("{\"opdCode\": ", headers), JsonNode.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody().get("errors").get(0).get("field").asText()).isEqualTo("body");
  }

  @Test
  void reading_an_unknown_complaint_is_404() {
    ResponseEntity<JsonNode> response =
        http.withBasicAuth("diskominfo", "demo").getForEntity("/api/complaints/987654321", JsonNode.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }

  private JsonNode assertBadRequest(Map<String, Object> body, String... fields) {
    int before = complaints.historyOf(OPD).size();
    ResponseEntity<JsonNode> response = post(OPD_USER, body);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(response.getBody().get("errors").findValuesAsText("field")).containsExactlyInAnyOrder(fields);
    assertThat(complaints.historyOf(OPD)).hasSize(before);
    return response.getBody();
  }

  private ResponseEntity<JsonNode> post(String user, Map<String, Object> body) {
    return http.withBasicAuth(user, "demo").postForEntity("/api/complaints", json(body), JsonNode.class);
  }

  private static HttpEntity<Map<String, Object>> json(Map<String, Object> body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return new HttpEntity<>(body, headers);
  }
}
