package id.go.pemda.bandwidth.demo.iconplus;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
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
 * INSTALLED with the bandwidth asked for, the ticket REPAIRED. Only
 * in the demo profile, with {@code iconplus.simulator.enabled=true} (its default there).
 */
@RestController
@Profile("demo")
@RequestMapping("/simulator/iconplus")
@ConditionalOnProperty(name = "iconplus.simulator.enabled", havingValue = "true")
public class IconPlusSimulator {

  private static final Logger log = LoggerFactory.getLogger(IconPlusSimulator.class);

  private final IconPlusProperties properties;
  private final SimulatorProperties simulator;
  private final ObjectMapper json;
  private final Clock clock;
  private final HttpClient http = HttpClient.newHttpClient();
  private final ScheduledExecutorService callbacks = Executors.newSingleThreadScheduledExecutor();
  private final Map<String, Map<String, Object>> byIdempotencyKey = new ConcurrentHashMap<>();
  private final AtomicInteger sequence = new AtomicInteger();
  private volatile boolean held;

  public IconPlusSimulator(IconPlusProperties properties, SimulatorProperties simulator, ObjectMapper json, Clock clock) {
    this.properties = properties;
    this.simulator = simulator;
    this.json = json;
    this.clock = clock;
    log.warn("Icon+ simulator is on: orders are installed {} after they arrive", simulator.callbackDelay());
  }

  /**
   * While held, the simulator takes orders and tickets but never calls back: the demo plays its
   * own Icon+ reports, backdated, and leaves some installations and repairs outstanding.
   */
  public void hold(boolean hold) {
    held = hold;
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
    return accept(authorization, idempotencyKey, "ORD", order, CallbackStatus.INSTALLED);
  }

  @PostMapping("/tickets")
  public ResponseEntity<Map<String, Object>> ticket(
      @RequestHeader(name = "Authorization", required = false) String authorization,
      @RequestHeader("Idempotency-Key") String idempotencyKey,
      @RequestBody Map<String, Object> ticket) {
    return accept(authorization, idempotencyKey, "TKT", ticket, CallbackStatus.REPAIRED);
  }

  @PostMapping("/orders/{id}/cancel")
  public ResponseEntity<Map<String, Object>> cancel(
      @RequestHeader(name = "Authorization", required = false) String authorization,
      @RequestHeader("Idempotency-Key") String idempotencyKey,
      @PathVariable String id) {
    if (!("Bearer " + properties.apiKey()).equals(authorization)) {
      return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
    }
    return ResponseEntity.ok(Map.of("id", id, "status", "CANCELLED"));
  }

  @GetMapping("/orders/{id}")
  public ResponseEntity<Map<String, Object>> status(@PathVariable String id) {
    return byIdempotencyKey.values().stream()
        .filter(receipt -> id.equals(receipt.get("id")))
        .findFirst()
        .map(ResponseEntity::ok)
        .orElse(ResponseEntity.notFound().build());
  }

  private ResponseEntity<Map<String, Object>> accept(
      String authorization, String idempotencyKey, String kind, Map<String, Object> request, CallbackStatus then) {
    if (!("Bearer " + properties.apiKey()).equals(authorization)) {
      return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
    }
    Map<String, Object> known = byIdempotencyKey.get(idempotencyKey);
    if (known != null) {
      return ResponseEntity.ok(known);
    }
    Map<String, Object> receipt = new LinkedHashMap<>();
    receipt.put("id", "SIM-" + kind + "-" + sequence.incrementAndGet());
    receipt.put("status", "ACCEPTED");
    byIdempotencyKey.put(idempotencyKey, receipt);
    if (held) {
      return ResponseEntity.status(HttpStatus.CREATED).body(receipt);
    }
    callbacks.schedule(
        () -> callBack(receipt, request, then),
        simulator.callbackDelay().toMillis(),
        TimeUnit.MILLISECONDS);
    return ResponseEntity.status(HttpStatus.CREATED).body(receipt);
  }

  private void callBack(Map<String, Object> receipt, Map<String, Object> request, CallbackStatus status) {
    String id = (String) receipt.get("id");
    Map<String, Object> callback = new LinkedHashMap<>();
    callback.put(status == CallbackStatus.REPAIRED ? "ticketId" : "orderId", id);
    callback.put("status", status.name());
    if (status == CallbackStatus.INSTALLED) {
      callback.put("installedBandwidthMbps", request.get("bandwidthMbps"));
      callback.put("circuitId", "SIM-CIR-" + id.substring(id.lastIndexOf('-') + 1));
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
    } catch (JsonProcessingException e) {
      log.error("Icon+ simulator could not write its callback for {}", id, e);
    } catch (IOException e) {
      log.warn("Icon+ simulator could not deliver its callback for {}: {}", id, e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
