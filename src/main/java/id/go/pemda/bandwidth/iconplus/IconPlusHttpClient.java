package id.go.pemda.bandwidth.iconplus;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;
import org.springframework.web.util.UriUtils;

/**
 * Icon+ over HTTP: {@code POST /orders}, {@code POST /tickets}, {@code GET /orders/{id}}, JSON,
 * bearer API key, {@code Idempotency-Key} header. Every failure becomes an
 * {@link IconPlusException} whose message says what went wrong, in Bahasa Indonesia and English.
 * Every call is timed: {@code bandwidth_iconplus_calls{operation, outcome}} (success, failure).
 */
@Component
public class IconPlusHttpClient implements IconPlusPort {

  static final String CALLS = "bandwidth.iconplus.calls";
  private static final List<String> OPERATIONS = List.of("create_order", "create_ticket", "cancel_order", "order_status");

  private final RestClient http;
  private final MeterRegistry meters;

  public IconPlusHttpClient(IconPlusProperties properties, RestClient.Builder builder, MeterRegistry meters) {
    this.meters = meters;
    // every series from the start, so that a rate over them is defined before the first failure
    OPERATIONS.forEach(operation -> List.of("success", "failure").forEach(outcome -> timer(operation, outcome)));
    HttpClient client = HttpClient.newBuilder().connectTimeout(properties.connectTimeout()).build();
    JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(client);
    requests.setReadTimeout(properties.readTimeout());
    this.http =
        builder
            .requestFactory(requests)
            .baseUrl(String.valueOf(properties.baseUrl()))
            .defaultHeader("Authorization", "Bearer " + properties.apiKey())
            .build();
  }

  @Override
  public ProviderReceipt createOrder(OrderRequest order) {
    return timed("create_order", () -> call("membuat permintaan pemasangan / create connection order", "/orders", order.idempotencyKey(), order));
  }

  @Override
  public ProviderReceipt createTroubleTicket(TicketRequest ticket) {
    return timed("create_ticket", () -> call("membuat tiket gangguan / create trouble ticket", "/tickets", ticket.idempotencyKey(), ticket));
  }

  @Override
  public ProviderReceipt cancelOrder(String providerOrderId, String idempotencyKey, String reason) {
    return timed("cancel_order", () -> call(
        "membatalkan order / cancel order",
        "/orders/" + UriUtils.encodePathSegment(providerOrderId, StandardCharsets.UTF_8) + "/cancel", idempotencyKey,
        Map.of("reason", reason == null ? "" : reason)));
  }

  @Override
  public ProviderReceipt orderStatus(String providerOrderId) {
    return timed("order_status", () -> {
      try {
        return valid(
            "membaca status permintaan pemasangan / read order status",
            http.get().uri("/orders/{id}", providerOrderId).retrieve().body(Map.class));
      } catch (RestClientException e) {
        throw failure("membaca status permintaan pemasangan / read order status", e);
      }
    });
  }

  private ProviderReceipt timed(String operation, Supplier<ProviderReceipt> call) {
    Timer.Sample sample = Timer.start(meters);
    String outcome = "failure";
    try {
      ProviderReceipt receipt = call.get();
      outcome = "success";
      return receipt;
    } finally {
      sample.stop(timer(operation, outcome));
    }
  }

  private Timer timer(String operation, String outcome) {
    return Timer.builder(CALLS)
        .description("Calls to Icon+ and how they ended")
        .tag("operation", operation)
        .tag("outcome", outcome)
        .register(meters);
  }

  private ProviderReceipt call(String what, String path, String idempotencyKey, Object body) {
    try {
      return valid(
          what,
          http.post()
              .uri(path)
              .contentType(MediaType.APPLICATION_JSON)
              .header("Idempotency-Key", idempotencyKey)
              .body(body)
              .retrieve()
              .body(Map.class));
    } catch (RestClientException e) {
      throw failure(what, e);
    }
  }

  private static ProviderReceipt valid(String what, Map<?, ?> body) {
    Object id = body == null ? null : body.get("id");
    if (id == null || String.valueOf(id).isBlank()) {
      throw new IconPlusException("Icon+ gagal " + what + ": jawaban tanpa id / answer without an id: " + body);
    }
    return new ProviderReceipt(String.valueOf(id), String.valueOf(body.get("status")));
  }

  private static IconPlusException failure(String what, RestClientException e) {
    if (e instanceof RestClientResponseException response) {
      return new IconPlusException(
          "Icon+ gagal " + what + ": HTTP " + response.getStatusCode().value() + " "
              + abbreviate(response.getResponseBodyAsString()), e);
    }
    if (e.getCause() instanceof HttpMessageNotReadableException) {
      return new IconPlusException(
          "Icon+ gagal " + what + ": jawaban tidak dapat dibaca / unreadable answer: " + e.getMostSpecificCause(), e);
    }
    return new IconPlusException(
        "Icon+ tidak dapat dihubungi untuk " + what + " / Icon+ unreachable: " + e.getMostSpecificCause(), e);
  }

  private static String abbreviate(String text) {
    return text.length() > 200 ? text.substring(0, 200) + "…" : text;
  }
}
