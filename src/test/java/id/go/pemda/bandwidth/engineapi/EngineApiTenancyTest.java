package id.go.pemda.bandwidth.engineapi;

import static id.go.pemda.bandwidth.support.TransitionDriver.ownIspSite;
import static id.go.pemda.bandwidth.support.TransitionDriver.survey;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.pemda.bandwidth.support.ApplicationTest;
import id.go.pemda.bandwidth.support.TestOpds;
import id.go.pemda.bandwidth.support.TransitionDriver;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Every collection the engine API's door opens, read by every role of two Pemda: no row of the
 * other Pemda comes back, by its tenant, its instance or its OPD. New rules are covered as they
 * are added, since the list is the door's own.
 */
@ApplicationTest
class EngineApiTenancyTest {

  private static final String SMD_OPD = "UJI-KOLEKSI-SMD";
  private static final String PPU_OPD = "PPU.UJI-KOLEKSI";
  private static final int YEAR = 2054;
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Map<String, List<String>> USERS = Map.of(
      "samarinda", List.of("opd.dispar", "diskominfo", "kadis", "sekda", "bpkad"),
      "ppu", List.of("ppu.opd.dinkes", "ppu.diskominfo", "ppu.kadis", "ppu.sekda", "ppu.bpkad"));

  /** Answers that are no list of rows. */
  private static final List<String> NOT_COLLECTIONS = List.of("/engine", "/identity/password-policy", "/authorization/check");

  @Autowired TestRestTemplate http;
  @Autowired TransitionDriver driver;
  @Autowired TestOpds opds;

  @Test
  void no_collection_shows_a_user_a_row_of_another_pemda() {
    ProcessInstance samarinda = started(opds.register(SMD_OPD));
    ProcessInstance ppu = started(opds.register(PPU_OPD));
    Map<String, ProcessInstance> ofPemda = Map.of("samarinda", samarinda, "ppu", ppu);
    int collections = 0;
    int rows = 0;
    List<String> foreign = new ArrayList<>();
    for (Map.Entry<String, List<String>> pemda : USERS.entrySet()) {
      String other = pemda.getKey().equals("samarinda") ? "ppu" : "samarinda";
      ProcessInstance theirs = ofPemda.get(other);
      for (String user : pemda.getValue()) {
        for (Rule rule : EngineApiRules.RULES) {
          if (!rule.targets().isEmpty() || rule.template().endsWith("/count") || rule.method().equals("OPTIONS")
              || NOT_COLLECTIONS.contains(rule.template())) {
            continue;
          }
          ResponseEntity<String> answer = read(user, rule);
          if (answer == null || answer.getStatusCode().value() == 403) {
            continue;
          }
          assertThat(answer.getStatusCode().value()).as(user + " " + rule.template() + ": " + answer.getBody())
              .isEqualTo(200);
          JsonNode body = parse(answer.getBody());
          if (!body.isArray()) {
            continue;
          }
          collections++;
          for (JsonNode row : body) {
            rows++;
            String text = row.toString();
            if (other.equals(row.path("tenantId").asText(null)) || text.contains(theirs.getId())
                || text.contains(theirs.getBusinessKey())) {
              foreign.add(user + " " + rule.method() + " " + rule.template() + ": " + text);
            }
          }
        }
      }
    }
    System.out.printf("Tenancy: %d collections read, %d rows, %d of another Pemda%n", collections, rows, foreign.size());
    assertThat(collections).isGreaterThan(20);
    assertThat(foreign).isEmpty();
  }

  private ProcessInstance started(String opdCode) {
    ProcessInstance instance = driver.start(opdCode, YEAR);
    Map<String, Object> site = ownIspSite("Kantor " + opdCode, 2_000_000L, "2053-12-31");
    // Penajam Paser Utara is a kabupaten: its sites are in a desa
    driver.fillSurvey(instance, survey(opdCode.startsWith("PPU.") ? TransitionDriver.inDesa(site, "Nipah-Nipah") : site));
    return instance;
  }

  private ResponseEntity<String> read(String user, Rule rule) {
    String path = "/engine-rest" + rule.template();
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    TestRestTemplate as = http.withBasicAuth(user, "demo");
    return switch (rule.method()) {
      case "GET" -> as.exchange(path + "?maxResults=2000", HttpMethod.GET, new HttpEntity<>(headers), String.class);
      case "POST" -> rule.body().contains("firstResult")
          ? as.exchange(path + "?maxResults=2000", HttpMethod.POST, new HttpEntity<>("{}", headers), String.class)
          : null;
      default -> null;
    };
  }

  private static JsonNode parse(String body) {
    try {
      return JSON.readTree(body == null ? "null" : body);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(body, e);
    }
  }
}
