package id.go.pemda.bandwidth.engineapi;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.pemda.bandwidth.shared.FieldError;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/**
 * The door's own answers, as problem details (RFC 9457) with the engine API's {@code type} and
 * {@code message} beside them: Tasklist and Cockpit show an engine error's {@code message}.
 */
@Component
class DoorAnswers {

  /** Said of every id the caller cannot see, whether it exists or not: the same bytes for both. */
  static final String NOT_FOUND = "Tidak ditemukan, atau bukan milik Pemda Anda.";

  private final ObjectMapper json;

  DoorAnswers(ObjectMapper json) {
    this.json = json;
  }

  void forbidden(HttpServletResponse response, String detail) throws IOException {
    write(response, problem(HttpStatus.FORBIDDEN, "Akses ditolak", "AuthorizationException", detail));
  }

  void notFound(HttpServletResponse response) throws IOException {
    write(response, problem(HttpStatus.NOT_FOUND, "Tidak ditemukan", "InvalidRequestException", NOT_FOUND));
  }

  void unauthenticated(HttpServletResponse response) throws IOException {
    write(response, problem(HttpStatus.UNAUTHORIZED, "Login diperlukan", "AuthenticationException",
        "Login diperlukan."));
  }

  void conflict(HttpServletResponse response, String detail) throws IOException {
    write(response, problem(HttpStatus.CONFLICT, "Sudah berubah", "OptimisticLockingException", detail));
  }

  void invalid(HttpServletResponse response, String detail, List<FieldError> errors) throws IOException {
    ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Isian tidak valid", "InvalidRequestException", detail);
    problem.setProperty("errors",
        errors.stream().map(error -> Map.of("field", error.field(), "message", error.message())).toList());
    write(response, problem);
  }

  void ok(HttpServletResponse response, Object body) throws IOException {
    response.setStatus(HttpStatus.OK.value());
    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    json.writeValue(response.getOutputStream(), body);
  }

  void noContent(HttpServletResponse response) {
    response.setStatus(HttpStatus.NO_CONTENT.value());
  }

  private static ProblemDetail problem(HttpStatus status, String title, String engineType, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setTitle(title);
    problem.setProperty("message", detail);
    problem.setProperty("engineType", engineType);
    return problem;
  }

  private void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
    response.setStatus(problem.getStatus());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    json.writeValue(response.getOutputStream(), problem);
  }
}
