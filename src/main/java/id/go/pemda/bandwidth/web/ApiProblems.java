package id.go.pemda.bandwidth.web;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import id.go.pemda.bandwidth.shared.FieldError;
import id.go.pemda.bandwidth.shared.Refusal;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * RFC 9457 problem bodies for the application's API. Every 400 lists the bad fields in
 * {@code errors} ({@code field}, {@code message}) so a client knows what to fix.
 */
@RestControllerAdvice(basePackages = "id.go.pemda.bandwidth")
public class ApiProblems extends ResponseEntityExceptionHandler {

  private static final String INVALID = "Isian tidak valid: perbaiki kolom yang disebut di 'errors'.";

  @ExceptionHandler(ApiInputException.class)
  ResponseEntity<ProblemDetail> invalidInput(ApiInputException e) {
    return ResponseEntity.badRequest().body(invalid(e.errors()));
  }

  /** A feature's rules refused the request; its fields are the request's. */
  @ExceptionHandler(Refusal.class)
  ResponseEntity<ProblemDetail> refused(Refusal e) {
    return ResponseEntity.badRequest().body(invalid(e.errors()));
  }

  @ExceptionHandler(ApiNotFoundException.class)
  ResponseEntity<ProblemDetail> notFound(ApiNotFoundException e) {
    return ResponseEntity.status(HttpStatus.NOT_FOUND)
        .body(ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage()));
  }

  @ExceptionHandler(ApiForbiddenException.class)
  ResponseEntity<ProblemDetail> forbidden(ApiForbiddenException e) {
    return ResponseEntity.status(HttpStatus.FORBIDDEN)
        .body(ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage()));
  }

  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(
      MethodArgumentNotValidException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    List<FieldError> errors =
        e.getBindingResult().getFieldErrors().stream()
            .map(error -> new FieldError(error.getField(), error.getDefaultMessage()))
            .toList();
    return ResponseEntity.badRequest().body(invalid(errors));
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(
      HttpMessageNotReadableException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    FieldError error;
    Throwable cause = e.getCause();
    if (cause instanceof UnrecognizedPropertyException unknown) {
      error = new FieldError(unknown.getPropertyName(), "kolom tidak dikenal; hapus kolom ini");
    } else if (cause instanceof InvalidFormatException format && format.getTargetType().isEnum()) {
      error =
          new FieldError(
              path(format),
              "nilai '" + format.getValue() + "' tidak dikenal; pilih salah satu dari "
                  + Arrays.stream(format.getTargetType().getEnumConstants())
                      .map(String::valueOf)
                      .collect(Collectors.joining(", ")));
    } else if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
      error = new FieldError(path(mapping), "jenis nilai salah; periksa format kolom ini");
    } else {
      error = new FieldError("body", "badan permintaan bukan JSON yang valid");
    }
    return ResponseEntity.badRequest().body(invalid(List.of(error)));
  }

  private static String path(JsonMappingException e) {
    return e.getPath().stream().map(reference -> reference.getFieldName()).collect(Collectors.joining("."));
  }

  /** The 400 body naming the bad fields; the Cockpit plugin answers with it too. */
  public static ProblemDetail invalid(List<FieldError> errors) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, INVALID);
    problem.setTitle("Isian tidak valid");
    problem.setProperty("errors", errors);
    return problem;
  }
}
