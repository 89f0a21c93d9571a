package id.go.pemda.bandwidth.demo.iconplus;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.pemda.bandwidth.demo.iconplus.SimulatedRequests.Kind;
import id.go.pemda.bandwidth.demo.iconplus.SimulatedRequests.Request;
import id.go.pemda.bandwidth.iconplus.CallbackStatus;
import id.go.pemda.bandwidth.iconplus.IconPlusProperties;
import id.go.pemda.bandwidth.iconplus.IconPlusSignature;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A stand-in for Icon+ on the same HTTP contract, for the demo: it accepts orders and tickets
 * (idempotently, by {@code Idempotency-Key}) and, after a delay, calls back signed: the order
 * INSTALLED with the bandwidth asked for, the ticket REPAIRED. Only in the demo profile, with
 * {@code iconplus.simulator.enabled=true} (its default there).
 *
 * <p>Like Icon+ itself it remembers what it was asked across restarts ({@link SimulatedRequests},
 * in the database): its numbers never repeat, and a report due while the application was down
 * is sent once it runs again.
 */
@RestController
@Profile("demo")
@RequestMapping(IconPlusSimulator.PATH)
@ConditionalOnProperty(name = "iconplus.simulator.enabled", havingValue = "true")
public class IconPlusSimulator {

  public static final String PATH = "/simulator/iconplus";

  private static final Logger log = LoggerFactory.getLogger(IconPlusSimulator.class);
  /** How often due reports are looked for; a report is at most this late. */
  private static final Duration POLL = Duration.ofSeconds(1);

  private final IconPlusProperties properties;
  private final SimulatorProperties simulator;
  private final SimulatedRequests requests;
  private final ObjectMapper json;
  private final Clock clock;
  private final HttpClient http = HttpClient.newHttpClient();
  private final ScheduledExecutorService callbacks = Executors.newSingleThreadScheduledExecutor();
  private volatile boolean held;

  public IconPlusSimulator(
      IconPlusProperties properties, SimulatorProperties simulator, JdbcClient jdbc, ObjectMapper json, Clock clock) {
    this.properties = properties;
    this.simulator = simulator;
    this.requests = new SimulatedRequests(jdbc);
    this.json = json;
    this.clock = clock;
    log.warn("Icon+ simulator is on: orders are installed {} after they arrive", simulator.callbackDelay());
  }

  /**
   * While held, the simulator takes orders and tickets but never reports them: the demo plays its
   * own Icon+ reports, backdated, and leaves some installations and repairs outstanding.
   */
  public void hold(boolean hold) {
    held = hold;
  }

  /** Reports go to the application's callback API, which answers once the application is ready. */
  @EventListener(ApplicationReadyEvent.class)
  void start() {
    callbacks.scheduleWithFixedDelay(this::reportDue, POLL.toMillis(), POLL.toMillis(), TimeUnit.MILLISECONDS);
  }

  @PreDestroy
  void stop() {
    callbacks.shutdownNow();
  }

  @PostMapping("/orders")
  public ResponseEntity<Map<String, Object>> order(
      @RequestHeader(name = "Authorization", required = false) String authorization,
      @RequestHeader("Idempotency-Key") String idempotencyKey,
      @RequestBody Map<String, Object> order) {
    return accept(authorization, idempotencyKey, Kind.ORD, order);
  }

  @PostMapping("/tickets")
  public ResponseEntity<Map<String, Object>> ticket(
      @RequestHeader(name = "Authorization", required = false) String authorization,
      @RequestHeader("Idempotency-Key") String idempotencyKey,
      @RequestBody Map<String, Object> ticket) {
    return accept(authorization, idempotencyKey, Kind.TKT, ticket);
  }

  @PostMapping("/orders/{id}/cancel")
  public ResponseEntity<Map<String, Object>> cancel(
      @RequestHeader(name = "Authorization", required = false) String authorization,
      @RequestHeader("Idempotency-Key") String idempotencyKey,
      @PathVariable String id) {
    if (!authorized(authorization)) {
      return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
    }
    if (!requests.cancel(id)) {
      return ResponseEntity.notFound().build();
    }
    return ResponseEntity.ok(Map.of("id", id, "status", "CANCELLED"));
  }

  @GetMapping("/orders/{id}")
  public ResponseEntity<Map<String, Object>> status(@PathVariable String id) {
    return requests.find(id)
        .map(request -> ResponseEntity.ok(receipt(request)))
        .orElse(ResponseEntity.notFound().build());
  }

  private ResponseEntity<Map<String, Object>> accept(
      String authorization, String idempotencyKey, Kind kind, Map<String, Object> request) {
    if (!authorized(authorization)) {
      return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
    }
    Integer mbps = request.get("bandwidthMbps") instanceof Number number ? number.intValue() : null;
    Request accepted = requests.accept(
        kind, idempotencyKey, mbps, held ? null : clock.instant().plus(simulator.callbackDelay()));
    return ResponseEntity.status(HttpStatus.CREATED).body(receipt(accepted));
  }

  private boolean authorized(String authorization) {
    return ("Bearer " + properties.apiKey()).equals(authorization);
  }

  private static Map<String, Object> receipt(Request request) {
    Map<String, Object> receipt = new LinkedHashMap<>();
    receipt.put("id", request.providerId());
    receipt.put("status", request.status());
    return receipt;
  }

  /** Sends every report now due; one that does not arrive is sent again a callback delay later. */
  void reportDue() {
    try {
      for (Request request : requests.due(clock.instant())) {
        if (requests.claim(request)) {
          report(request);
        }
      }
    } catch (RuntimeException e) {
      // the scheduler stops a task that throws; the next round tries again
      log.warn("Icon+ simulator could not look for due reports: {}", e.getMessage());
    }
  }

  private void report(Request request) {
    CallbackStatus status = request.kind() == Kind.ORD ? CallbackStatus.INSTALLED : CallbackStatus.REPAIRED;
    String id = request.providerId();
    Map<String, Object> callback = new LinkedHashMap<>();
    callback.put(request.kind() == Kind.ORD ? "orderId" : "ticketId", id);
    callback.put("status", status.name());
    if (status == CallbackStatus.INSTALLED) {
      callback.put("installedBandwidthMbps", request.bandwidthMbps());
      callback.put("circuitId", "SIM-CIR-" + request.id());
    }
    callback.put("occurredAt", OffsetDateTime.now(clock).toString());
    callback.put("notes", "Simulator Icon+");
    try {
      byte[] body = json.writeValueAsString(callback).getBytes(StandardCharsets.UTF_8);
      long timestamp = clock.instant().getEpochSecond();
      HttpResponse<String> response =
          http.send(
              HttpRequest.newBuilder(simulator.callbackUrl())
                  .header("Content-Type", "application/json")
                  .header(IconPlusSignature.TIMESTAMP_HEADER, String.valueOf(timestamp))
                  .header(IconPlusSignature.SIGNATURE_HEADER, IconPlusSignature.sign(properties.callbackSecret(), timestamp, body))
                  .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      log.info("Icon+ simulator reported {} {}: HTTP {}", id, status, response.statusCode());
      if (response.statusCode() >= 500) {
        requests.retryAt(request, clock.instant().plus(simulator.callbackDelay()));
      } else {
        requests.reported(request, status.name());
      }
    } catch (JsonProcessingException e) {
      log.error("Icon+ simulator could not write its callback for {}", id, e);
    } catch (IOException e) {
      log.warn("Icon+ simulator could not deliver its callback for {}: {}", id, e.getMessage());
      requests.retryAt(request, clock.instant().plus(simulator.callbackDelay()));
    } catch (InterruptedException e) {
      requests.retryAt(request, clock.instant());
      Thread.currentThread().interrupt();
    }
  }
}
