package id.go.pemda.bandwidth.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.support.TestPropertySourceUtils;

/**
 * A real HTTP server on loopback standing in for Icon+ in tests, one per test JVM. It keeps
 * orders and tickets by idempotency key like the provider, notes orders withdrawn, and can be
 * told to misbehave: answer 500, answer too slowly, or answer with something that is not JSON.
 */
public final class FakeIconPlus implements ApplicationContextInitializer<ConfigurableApplicationContext> {

  public enum Behaviour {
    NORMAL,
    SERVER_ERROR,
    SLOW,
    MALFORMED
  }

  private static final HttpServer SERVER = start();
  private static final Map<String, String> IDS_BY_KEY = new ConcurrentHashMap<>();
  private static final Set<String> CANCELLED = ConcurrentHashMap.newKeySet();
  private static final AtomicInteger REQUESTS = new AtomicInteger();
  private static final AtomicInteger SEQUENCE = new AtomicInteger();
  private static volatile Behaviour behaviour = Behaviour.NORMAL;

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    TestPropertySourceUtils.addInlinedPropertiesToEnvironment(
        context, "iconplus.base-url=http://127.0.0.1:" + SERVER.getAddress().getPort());
  }

  public static void behave(Behaviour next) {
    behaviour = next;
  }

  public static int requests() {
    return REQUESTS.get();
  }

  /** How many distinct orders and tickets Icon+ holds: one per idempotency key. */
  public static int created() {
    return IDS_BY_KEY.size();
  }

  public static String idFor(String idempotencyKey) {
    return IDS_BY_KEY.get(idempotencyKey);
  }

  /** Whether the order was withdrawn ({@code POST /orders/{id}/cancel}). */
  public static boolean cancelled(String orderId) {
    return CANCELLED.contains(orderId);
  }

  private static HttpServer start() {
    try {
      HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
      server.setExecutor(Executors.newFixedThreadPool(4));
      server.createContext("/", FakeIconPlus::handle);
      server.start();
      return server;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void handle(HttpExchange exchange) throws IOException {
    REQUESTS.incrementAndGet();
    exchange.getRequestBody().readAllBytes();
    switch (behaviour) {
      case SERVER_ERROR -> respond(exchange, 500, "{\"error\":\"maintenance\"}");
      case SLOW -> {
        // Icon+ creates the order, but answers after the client gave up waiting (its read timeout
        // in application-test.yml is 5 s)
        String id = register(exchange);
        sleep(7_000);
        respond(exchange, 201, "{\"id\":\"" + id + "\",\"status\":\"ACCEPTED\"}");
      }
      case MALFORMED -> respond(exchange, 200, "<html>gateway error</html>");
      case NORMAL -> {
        if (!"Bearer test-api-key".equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
          respond(exchange, 401, "{}");
          return;
        }
        if ("GET".equals(exchange.getRequestMethod())) {
          String id = exchange.getRequestURI().getPath().substring("/orders/".length());
          boolean known = IDS_BY_KEY.containsValue(id);
          respond(exchange, known ? 200 : 404, known ? "{\"id\":\"" + id + "\",\"status\":\"ACCEPTED\"}" : "{}");
          return;
        }
        String path = exchange.getRequestURI().getPath();
        if (path.startsWith("/orders/") && path.endsWith("/cancel")) {
          // withdrawing an order creates nothing; asking again changes nothing
          String id = path.substring("/orders/".length(), path.length() - "/cancel".length());
          CANCELLED.add(id);
          respond(exchange, 200, "{\"id\":\"" + id + "\",\"status\":\"CANCELLED\"}");
          return;
        }
        respond(exchange, 201, "{\"id\":\"" + register(exchange) + "\",\"status\":\"ACCEPTED\"}");
      }
    }
  }

  private static String register(HttpExchange exchange) {
    String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
    String kind = exchange.getRequestURI().getPath().startsWith("/tickets") ? "TKT" : "ORD";
    return IDS_BY_KEY.computeIfAbsent(key, k -> "FAKE-" + kind + "-" + SEQUENCE.incrementAndGet());
  }

  private static void respond(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    // one connection per call: a pooled connection the server closed while idle (a slow test
    // machine) would fail the next order with "IOException: closed"
    exchange.getResponseHeaders().add("Connection", "close");
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
    exchange.close();
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
