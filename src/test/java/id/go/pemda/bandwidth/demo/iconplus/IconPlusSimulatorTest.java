package id.go.pemda.bandwidth.demo.iconplus;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import id.go.pemda.bandwidth.iconplus.IconPlusProperties;
import id.go.pemda.bandwidth.iconplus.IconPlusSignature;
import id.go.pemda.bandwidth.support.ApplicationTest;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo's Icon+ simulator on the application's database, as after a restart: two simulators
 * over one database stand for the one before and the one after. The demo database lives on
 * across restarts, and a number handed out twice collides with the unique provider order id of
 * the first order (the dispatch then fails three times and ends as an incident).
 */
@ApplicationTest
class IconPlusSimulatorTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired JdbcClient jdbc;
  @Autowired IconPlusProperties properties;
  @Autowired ObjectMapper json;
  @Autowired Clock clock;

  private HttpServer callbackApi;
  private final List<Received> received = new CopyOnWriteArrayList<>();

  private record Received(JsonNode body, boolean signed) {}

  @BeforeEach
  void startCallbackApi() throws IOException {
    callbackApi = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    callbackApi.createContext("/callbacks", exchange -> {
      byte[] body = exchange.getRequestBody().readAllBytes();
      String timestamp = exchange.getRequestHeaders().getFirst(IconPlusSignature.TIMESTAMP_HEADER);
      String signature = exchange.getRequestHeaders().getFirst(IconPlusSignature.SIGNATURE_HEADER);
      received.add(new Received(JSON.readTree(body), IconPlusSignature.verify(
          properties.callbackSecret(), timestamp, signature, body, clock.instant(), properties.maxClockSkew())));
      exchange.sendResponseHeaders(204, -1);
      exchange.close();
    });
    callbackApi.start();
  }

  @AfterEach
  void stopCallbackApi() {
    callbackApi.stop(0);
  }

  @Test
  void two_simulators_over_one_database_never_give_the_same_number_and_a_key_keeps_its_first() {
    IconPlusSimulator before = simulator(Duration.ofMinutes(1));
    IconPlusSimulator after = simulator(Duration.ofMinutes(1));
    before.hold(true);
    after.hold(true);
    String first = UUID.randomUUID().toString();

    String one = order(before, first);
    String two = order(after, UUID.randomUUID().toString());
    String three = order(before, UUID.randomUUID().toString());
    String ticket = id(after.ticket(bearer(), UUID.randomUUID().toString(), Map.of("circuitId", "SIM-CIR-1")));

    assertThat(List.of(one, two, three, ticket)).doesNotHaveDuplicates()
        .allSatisfy(id -> assertThat(id).matches("SIM-(ORD|TKT)-\\d+"));
    assertThat(ticket).startsWith("SIM-TKT-");
    // the in-memory counter of earlier versions handed out 1, 2...; a demo database may still hold them
    assertThat(Long.parseLong(one.substring("SIM-ORD-".length()))).isGreaterThan(100_000);
    assertThat(order(after, first)).as("the same idempotency key after the restart").isEqualTo(one);
    assertThat(after.status(one).getBody()).containsEntry("id", one).containsEntry("status", "ACCEPTED");
  }

  @Test
  void a_report_due_when_the_simulator_stopped_is_sent_once_by_the_next_one() {
    IconPlusSimulator before = simulator(Duration.ZERO);
    String installed = order(before, UUID.randomUUID().toString());
    String cancelled = order(before, UUID.randomUUID().toString());
    before.hold(true);
    String held = order(before, UUID.randomUUID().toString());
    assertThat(before.cancel(bearer(), UUID.randomUUID().toString(), cancelled).getStatusCode()).isEqualTo(HttpStatus.OK);
    IconPlusSimulator after = simulator(Duration.ZERO);

    after.reportDue();
    before.reportDue();

    assertThat(received).filteredOn(report -> List.of(installed, cancelled, held).contains(report.body().path("orderId").asText()))
        .singleElement()
        .satisfies(report -> {
          assertThat(report.signed()).isTrue();
          assertThat(report.body().path("orderId").asText()).isEqualTo(installed);
          assertThat(report.body().path("status").asText()).isEqualTo("INSTALLED");
          assertThat(report.body().path("installedBandwidthMbps").asInt()).isEqualTo(20);
          assertThat(report.body().path("circuitId").asText()).isEqualTo("SIM-CIR-" + installed.substring("SIM-ORD-".length()));
        });
    assertThat(after.status(installed).getBody()).containsEntry("status", "INSTALLED");
    assertThat(after.status(cancelled).getBody()).containsEntry("status", "CANCELLED");
    assertThat(after.status(held).getBody()).containsEntry("status", "ACCEPTED");
  }

  private IconPlusSimulator simulator(Duration callbackDelay) {
    URI callbacks = URI.create("http://127.0.0.1:" + callbackApi.getAddress().getPort() + "/callbacks");
    return new IconPlusSimulator(properties, new SimulatorProperties(callbackDelay, callbacks), jdbc, json, clock);
  }

  private String order(IconPlusSimulator simulator, String idempotencyKey) {
    return id(simulator.order(bearer(), idempotencyKey, Map.of("opdCode", "UJI-SIMULATOR", "bandwidthMbps", 20)));
  }

  private String bearer() {
    return "Bearer " + properties.apiKey();
  }

  private static String id(ResponseEntity<Map<String, Object>> receipt) {
    assertThat(receipt.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    return (String) receipt.getBody().get("id");
  }
}
