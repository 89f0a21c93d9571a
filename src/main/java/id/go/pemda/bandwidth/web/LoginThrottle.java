package id.go.pemda.bandwidth.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Slows down whoever guesses passwords, at every door that takes one: the webapps' login form,
 * and HTTP Basic on the engine REST API and the application's API. A caller over its limit
 * ({@link LoginAttempts}) gets 429 with {@code Retry-After} before its password is even looked
 * at. Camunda's own lock, which counts per account whoever tries, is switched off
 * ({@code login-max-attempts}, {@code login-delay-base} in application.yml): with it, anyone
 * who knows a user name could keep that user out. Each failure is a WARN line and counts in
 * {@code bandwidth.login.failures}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
public class LoginThrottle extends OncePerRequestFilter {

  private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);
  private static final Pattern WEBAPP_LOGIN = Pattern.compile("^/camunda/api/admin/auth/user/[^/]+/login/[^/]+/?$");
  private static final List<String> BASIC_DOORS = List.of("/engine-rest/", "/api/");
  private static final String BASIC = "Basic ";

  private final LoginAttempts attempts;
  private final ObjectMapper json;
  private final MeterRegistry meters;

  public LoginThrottle(Clock clock, ObjectMapper json, MeterRegistry meters) {
    this.attempts = new LoginAttempts(clock);
    this.json = json;
    this.meters = meters;
  }

  private record Login(String user, String door) {}

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Optional<Login> login = login(request);
    if (login.isEmpty()) {
      chain.doFilter(request, response);
      return;
    }
    String user = login.get().user();
    String address = request.getRemoteAddr();
    Optional<Duration> wait = attempts.waitFor(user, address);
    if (wait.isPresent()) {
      meters.counter("bandwidth.login.throttled", "door", login.get().door()).increment();
      tooMany(response, wait.get());
      return;
    }
    chain.doFilter(request, response);
    if (response.getStatus() == HttpStatus.UNAUTHORIZED.value()) {
      attempts.failed(user, address);
      Counter failures = meters.counter("bandwidth.login.failures", "door", login.get().door());
      failures.increment();
      log.warn("Failed login for '{}' from {} ({})", printable(user), address, login.get().door());
    } else if (response.getStatus() < HttpStatus.BAD_REQUEST.value()) {
      attempts.succeeded(user, address);
    }
  }

  private static Optional<Login> login(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if ("POST".equals(request.getMethod()) && WEBAPP_LOGIN.matcher(path).matches()) {
      String user = request.getParameter("username");
      return Optional.of(new Login(user == null ? "" : user, "webapp"));
    }
    String header = request.getHeader(HttpHeaders.AUTHORIZATION);
    if (header == null || !header.regionMatches(true, 0, BASIC, 0, BASIC.length())
        || BASIC_DOORS.stream().noneMatch(path::startsWith)) {
      return Optional.empty();
    }
    try {
      String decoded = new String(Base64.getDecoder().decode(header.substring(BASIC.length()).strip()), StandardCharsets.UTF_8);
      int colon = decoded.indexOf(':');
      return Optional.of(new Login(colon < 0 ? decoded : decoded.substring(0, colon), "basic"));
    } catch (IllegalArgumentException notBase64) {
      return Optional.of(new Login("", "basic"));
    }
  }

  private void tooMany(HttpServletResponse response, Duration wait) throws IOException {
    long seconds = Math.max(1, wait.toSeconds() + (wait.toNanosPart() > 0 ? 1 : 0));
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
        "Terlalu banyak percobaan login yang gagal. Coba lagi dalam " + seconds + " detik.");
    problem.setTitle("Terlalu banyak percobaan");
    problem.setProperty("message", problem.getDetail());
    response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
    response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    json.writeValue(response.getOutputStream(), Map.of(
        "type", problem.getType().toString(), "title", problem.getTitle(), "status", problem.getStatus(),
        "detail", problem.getDetail(), "message", problem.getDetail()));
  }

  /** A user name as typed by a stranger: no line breaks or control characters in the log. */
  private static String printable(String user) {
    String shown = user.length() > 64 ? user.substring(0, 64) + "…" : user;
    return shown.replaceAll("\\p{Cntrl}", "?");
  }
}
