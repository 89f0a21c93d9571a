package id.go.pemda.bandwidth.iconplus;

import java.net.http.HttpClient;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;

/**
 * Icon+ over HTTP: {@code POST /orders}, {@code POST /tickets}, {@code GET /orders/{id}}, JSON,
 * bearer API key, {@code Idempotency-Key} header. Every failure becomes an
 * {@link IconPlusException} whose message says what went wrong, in Bahasa Indonesia and English.
 */
@Component
public class IconPlusHttpClient implements IconPlusPort {

  private final RestClient http;

  public IconPlusHttpClient(IconPlusProperties properties, RestClient.Builder builder) {
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
    return call("membuat order koneksi / create connection order", "/orders", order.idempotencyKey(), order);
  }

  @Override
  public ProviderReceipt createTroubleTicket(TicketRequest ticket) {
    return call("membuat tiket gangguan / create trouble ticket", "/tickets", ticket.idempotencyKey(), ticket);
  }

  @Override
  public ProviderReceipt orderStatus(String providerOrderId) {
    try {
      return valid(
          "membaca status order / read order status",
          http.get().uri("/orders/{id}", providerOrderId).retrieve().body(Map.class));
    } catch (RestClientException e) {
      throw failure("membaca status order / read order status", e);
    }
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
