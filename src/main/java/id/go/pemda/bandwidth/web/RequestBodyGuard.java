package id.go.pemda.bandwidth.web;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every request body to the application's API, the engine's REST API and the webapps' API is
 * bounded before anything reads it whole: a body over its limit is a 413 after reading at most
 * one byte past the limit, whatever Content-Length claims. A JSON body must also be one
 * well-formed value without repeated keys, NaN or nesting deeper than {@value #MAX_DEPTH}
 * levels (a 400 naming {@code body}). The checked bytes are then handed on unchanged, so a
 * signature over the raw body still verifies.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class RequestBodyGuard extends OncePerRequestFilter {

  static final int MAX_DEPTH = 32;
  /** Icon+'s callbacks are small; a larger body is not Icon+. */
  static final int MAX_CALLBACK_BYTES = 64 * 1024;
  /** The largest form (several text areas of 4,000 characters) fits many times over. */
  static final int MAX_JSON_BYTES = 1024 * 1024;
  /** An administrator's deployment of models and forms. */
  static final int MAX_MULTIPART_BYTES = 10 * 1024 * 1024;
  static final int MAX_OTHER_BYTES = 64 * 1024;
  private static final List<String> GUARDED = List.of("/api/", "/engine-rest/", "/camunda/api/");

  private final JsonFactory strictJson;
  private final ObjectMapper json;

  public RequestBodyGuard(ObjectMapper json) {
    this.json = json;
    this.strictJson =
        JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build())
            .build();
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return GUARDED.stream().noneMatch(path::startsWith) || !hasBody(request);
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    int limit = limitOf(request);
    if (request.getContentLengthLong() > limit) {
      refuse(response, HttpStatus.PAYLOAD_TOO_LARGE, "badan permintaan lebih dari " + limit / 1024 + " KB");
      return;
    }
    if (!isJson(request)) {
      // form logins and uploads are parsed by the container from its own stream: their
      // declared length is checked above, the container's own limits bound the rest
      chain.doFilter(request, response);
      return;
    }
    byte[] body = request.getInputStream().readNBytes(limit + 1);
    if (body.length > limit) {
      refuse(response, HttpStatus.PAYLOAD_TOO_LARGE, "badan permintaan lebih dari " + limit / 1024 + " KB");
      return;
    }
    if (body.length > 0) {
      String problem = jsonProblem(body);
      if (problem != null) {
        refuse(response, HttpStatus.BAD_REQUEST, problem);
        return;
      }
    }
    chain.doFilter(new ReadBody(request, body), response);
  }

  private String jsonProblem(byte[] body) {
    try (JsonParser parser = strictJson.createParser(body)) {
      if (parser.nextToken() == null) {
        return "badan permintaan kosong";
      }
      parser.skipChildren();
      if (parser.nextToken() != null) {
        return "badan permintaan berisi lebih dari satu nilai JSON";
      }
      return null;
    } catch (JsonProcessingException e) {
      return "bukan JSON yang valid: " + e.getOriginalMessage();
    } catch (IOException e) {
      return "badan permintaan tidak terbaca";
    }
  }

  private static int limitOf(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (path.startsWith("/api/iconplus/")) {
      return MAX_CALLBACK_BYTES;
    }
    if (isJson(request)) {
      return MAX_JSON_BYTES;
    }
    String type = request.getContentType();
    // an upload, or a CSV file BPKAD sends as the body (an APBD export with every account)
    return type != null && (type.startsWith(MediaType.MULTIPART_FORM_DATA_VALUE) || type.startsWith("text/csv"))
        ? MAX_MULTIPART_BYTES : MAX_OTHER_BYTES;
  }

  private static boolean isJson(HttpServletRequest request) {
    String type = request.getContentType();
    return type != null && (type.contains("/json") || type.contains("+json"));
  }

  private static boolean hasBody(HttpServletRequest request) {
    return switch (request.getMethod()) {
      case "POST", "PUT", "PATCH", "DELETE" -> true;
      default -> false;
    };
  }

  private void refuse(HttpServletResponse response, HttpStatus status, String message) throws IOException {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, "Permintaan ditolak: " + message);
    problem.setTitle(status == HttpStatus.BAD_REQUEST ? "Isian tidak valid" : "Permintaan terlalu besar");
    problem.setProperty("errors", List.of(Map.of("field", "body", "message", message)));
    // Tasklist and Cockpit show an engine error's "message"
    problem.setProperty("message", message);
    response.setStatus(status.value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    json.writeValue(response.getOutputStream(), problem);
  }
}
