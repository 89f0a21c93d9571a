package id.go.pemda.bandwidth.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.pemda.bandwidth.iconplus.IconPlusException;
import id.go.pemda.bandwidth.iconplus.IconPlusPort.OrderRequest;
import id.go.pemda.bandwidth.iconplus.IconPlusPort;
import id.go.pemda.bandwidth.support.ApplicationTest;
import id.go.pemda.bandwidth.support.FakeIconPlus.Behaviour;
import id.go.pemda.bandwidth.support.FakeIconPlus;
import id.go.pemda.bandwidth.support.TestOpds;
import id.go.pemda.bandwidth.support.TransitionDriver;
import id.go.pemda.bandwidth.transition.TransitionStatus;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** /actuator over HTTP: who sees what, and the application's own metrics. */
@ApplicationTest
class OpsEndpointsTest {

  // Tests share one database: this OPD (TestOpds) and year belong to this class.
  private static final String OPD = "OPS-METRICS";
  private static final int FISCAL_YEAR = 2033;

  @Autowired TestRestTemplate http;
  @Autowired ProcessEngine engine;
  @Autowired TransitionDriver driver;
  @Autowired TestOpds opds;
  @Autowired OpenWorkMetrics openWork;
  @Autowired IconPlusPort iconPlus;
  @Autowired MeterRegistry meters;

  @AfterEach
  void iconPlusBehaves() {
    FakeIconPlus.behave(Behaviour.NORMAL);
  }

  @Test
  void health_is_open_and_shows_only_the_status_to_anonymous_callers() {
    ResponseEntity<JsonNode> health = http.getForEntity("/actuator/health", JsonNode.class);

    assertThat(health.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(health.getBody().path("status").asText()).isEqualTo("UP");
    assertThat(health.getBody().has("components")).isFalse();
  }

  @Test
  void health_details_are_for_the_administrator_only() {
    JsonNode asDiskominfo =
        http.withBasicAuth("diskominfo", "demo").getForObject("/actuator/health", JsonNode.class);
    JsonNode asAdmin = http.withBasicAuth("admin", "demo").getForObject("/actuator/health", JsonNode.class);

    assertThat(asDiskominfo.has("components")).isFalse();
    assertThat(asAdmin.path("status").asText()).isEqualTo("UP");
    assertThat(asAdmin.at("/components/db/status").asText()).isEqualTo("UP");
    assertThat(asAdmin.at("/components/db/details/database").asText()).isEqualTo("PostgreSQL");
    JsonNode jobExecutor = asAdmin.at("/components/jobExecutor");
    assertThat(jobExecutor.path("status").asText()).isEqualTo("UP");
    // the tests switch the job executor off (application-test.yml): healthy, and it says so
    assertThat(jobExecutor.at("/details/enabled").asBoolean(true)).isFalse();
    assertThat(jobExecutor.at("/details/active").asBoolean(true)).isFalse();
    assertThat(jobExecutor.at("/details/dueJobs").isIntegralNumber()).isTrue();
    assertThat(jobExecutor.at("/details/jobsWithoutRetries").asLong())
        .isEqualTo(engine.getManagementService().createJobQuery().noRetriesLeft().count());
  }

  @Test
  void liveness_and_readiness_are_open_to_probes_and_show_only_the_status() {
    for (String probe : List.of("/actuator/health/liveness", "/actuator/health/readiness")) {
      ResponseEntity<JsonNode> answer = http.getForEntity(probe, JsonNode.class);

      assertThat(answer.getStatusCode()).as(probe).isEqualTo(HttpStatus.OK);
      assertThat(answer.getBody().path("status").asText()).as(probe).isEqualTo("UP");
      assertThat(answer.getBody().has("components")).as(probe).isFalse();
    }
  }

  @Test
  void readiness_is_the_start_up_done_the_database_and_the_job_executor_and_liveness_the_process_alone() {
    JsonNode readiness = http.withBasicAuth("admin", "demo").getForObject("/actuator/health/readiness", JsonNode.class);
    JsonNode liveness = http.withBasicAuth("admin", "demo").getForObject("/actuator/health/liveness", JsonNode.class);

    assertThat(fieldNames(readiness.path("components"))).containsExactlyInAnyOrder("readinessState", "db", "jobExecutor");
    assertThat(readiness.at("/components/readinessState/status").asText()).isEqualTo("UP");
    assertThat(fieldNames(liveness.path("components"))).containsExactly("livenessState");
  }

  @Test
  void info_tells_the_administrator_the_version_and_commit_and_no_secret() throws IOException {
    ResponseEntity<JsonNode> info = http.withBasicAuth("admin", "demo").getForEntity("/actuator/info", JsonNode.class);

    assertThat(info.getStatusCode()).isEqualTo(HttpStatus.OK);
    Properties build = properties("META-INF/build-info.properties");
    assertThat(info.getBody().at("/build/version").asText()).isEqualTo(build.getProperty("build.version")).isNotBlank();
    assertThat(info.getBody().at("/build/artifact").asText()).isEqualTo("bandwidth-transition");
    // the engine's version, to compare with the database schema's before an upgrade
    assertThat(info.getBody().at("/build/camunda/version").asText()).isEqualTo(build.getProperty("build.camunda.version"))
        .startsWith("7.");
    assertThat(info.getBody().at("/java/version").asText()).startsWith("17");
    // a build outside a git checkout has no commit to show
    String commit = properties("git.properties").getProperty("git.commit.id.abbrev");
    if (commit != null) {
      assertThat(info.getBody().at("/git/commit/id").asText()).isEqualTo(commit);
    }
    assertThat(info.getBody().toString().toLowerCase(Locale.ROOT))
        .doesNotContain("password", "secret", "api-key", "apikey", "jdbc:", "remote");
  }

  @Test
  void info_is_for_the_administrator_only() {
    ResponseEntity<String> anonymous = http.getForEntity("/actuator/info", String.class);

    assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(anonymous.getBody()).doesNotContain("version");
    assertThat(http.withBasicAuth("sekda", "demo").getForEntity("/actuator/info", String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void prometheus_asks_for_a_login_without_credentials() {
    ResponseEntity<String> scrape = http.getForEntity("/actuator/prometheus", String.class);

    assertThat(scrape.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(scrape.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Basic");
  }

  @Test
  void prometheus_is_refused_to_a_role_user() {
    ResponseEntity<String> scrape =
        http.withBasicAuth("diskominfo", "demo").getForEntity("/actuator/prometheus", String.class);

    assertThat(scrape.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void other_actuator_endpoints_are_not_exposed() {
    assertThat(http.withBasicAuth("admin", "demo").getForEntity("/actuator/env", String.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(http.withBasicAuth("diskominfo", "demo").getForEntity("/actuator/env", String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void prometheus_serves_the_administrator_the_applications_metrics() {
    ResponseEntity<String> scrape =
        http.withBasicAuth("admin", "demo").getForEntity("/actuator/prometheus", String.class);

    assertThat(scrape.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(scrape.getBody())
        .contains("bandwidth_transitions_open{application=\"bandwidth-transition\",stage=\"SURVEY\"}")
        .contains("stage=\"BUDGET_REVOCATION\"")
        .doesNotContain("stage=\"COMPLETED\"")
        .contains("bandwidth_complaints_open{")
        .contains("bandwidth_incidents_open{")
        .contains("bandwidth_iconplus_calls_seconds_count{application=\"bandwidth-transition\",operation=\"create_order\",outcome=\"failure\"}")
        .contains("jvm_memory_used_bytes")
        .contains("hikaricp_connections_active");
  }

  @Test
  void open_work_is_counted_by_stage() {
    OpenWorkMetrics.Snapshot before = openWork.read();

    driver.start(opds.register(OPD), FISCAL_YEAR);

    OpenWorkMetrics.Snapshot after = openWork.read();
    assertThat(after.transitionsIn(TransitionStatus.SURVEY)).isEqualTo(before.transitionsIn(TransitionStatus.SURVEY) + 1);
    assertThat(after.transitionsIn(TransitionStatus.COORDINATION)).isEqualTo(before.transitionsIn(TransitionStatus.COORDINATION));
    assertThat(after.openIncidents()).isEqualTo(engine.getRuntimeService().createIncidentQuery().count());
  }

  @Test
  void icon_plus_calls_are_timed_by_operation_and_outcome() {
    long failures = count("create_order", "failure");
    long successes = count("create_order", "success");

    FakeIconPlus.behave(Behaviour.SERVER_ERROR);
    assertThatThrownBy(() -> iconPlus.createOrder(order("ops-metrics-1"))).isInstanceOf(IconPlusException.class);
    FakeIconPlus.behave(Behaviour.NORMAL);
    iconPlus.createOrder(order("ops-metrics-1"));

    assertThat(count("create_order", "failure")).isEqualTo(failures + 1);
    assertThat(count("create_order", "success")).isEqualTo(successes + 1);
    assertThat(meters.get("bandwidth.iconplus.calls").tags("operation", "create_order", "outcome", "failure").timer()
            .totalTime(TimeUnit.NANOSECONDS)).isPositive();
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static Properties properties(String resource) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = new ClassPathResource(resource).getInputStream()) {
      properties.load(in);
    }
    return properties;
  }

  private long count(String operation, String outcome) {
    Timer timer = meters.get("bandwidth.iconplus.calls").tags("operation", operation, "outcome", outcome).timer();
    return timer.count();
  }

  private static OrderRequest order(String key) {
    return new OrderRequest(key, OPD, "Kantor " + OPD, "Jl. Ops No. 1", 50, "Rina", "081234567890", LocalDate.of(2026, 11, 10));
  }
}
