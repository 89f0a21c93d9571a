package id.go.pemda.bandwidth.iconplus;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.pemda.bandwidth.shared.FieldError;
import id.go.pemda.bandwidth.shared.SafeText;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/iconplus/callbacks}: Icon+ reports installations, failures, reschedules and
 * repairs. Authenticated by an HMAC signature over the raw body, not by a user account.
 * Answers 204 (accepted, or a duplicate that changes nothing), 401 (bad or missing signature,
 * or too old), 400 (malformed), 404 (unknown order or ticket), 409 (not waiting for that, or
 * the very same signed request again), 413 (body larger than 64 KB, refused by
 * {@code RequestBodyGuard} before it is read).
 */
@RestController
@Tag(name = "Icon+", description = "Reports of the network provider, system to system")
public class IconPlusCallbackApi {

  public static final String PATH = "/api/iconplus/callbacks";
  private static final int ATTEMPTS = 3;
  /** No installation is promised further ahead than this; a later date is a typo or an attack. */
  static final Duration LATEST_SCHEDULE = Duration.ofDays(365);

  private final IconPlusCallbacks callbacks;
  private final IconPlusProperties properties;
  private final ObjectMapper json;
  private final ReplayLedger replays;
  private final Clock clock;

  public IconPlusCallbackApi(
      IconPlusCallbacks callbacks, IconPlusProperties properties, ObjectMapper json, ReplayLedger replays, Clock clock) {
    this.callbacks = callbacks;
    this.properties = properties;
    this.json = json;
    this.replays = replays;
    this.clock = clock;
  }

  @PostMapping(path = PATH, consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(
      summary = "Icon+ reports an installation, a failure, a reschedule or a repair",
      description = "INSTALLED, FAILED and RESCHEDULED name the `orderId` Icon+ gave the order; REPAIRED "
          + "names the `ticketId`. Signed, not logged in (scheme " + IconPlusSignature.SCHEME + "). "
          + "Idempotent: the same report again changes nothing and answers 204.",
      security = @SecurityRequirement(name = IconPlusSignature.SCHEME))
  @ApiResponse(responseCode = "204", description = "Accepted, or a duplicate that changes nothing")
  @ApiResponse(responseCode = "400", description = "Malformed: `errors` names each field")
  @ApiResponse(responseCode = "401", description = "Signature or timestamp missing, wrong, or outside the allowed clock skew")
  @ApiResponse(responseCode = "404", description = "Unknown order or ticket")
  @ApiResponse(responseCode = "409", description = "Nothing waits for this report, or the very same signed request again")
  @ApiResponse(responseCode = "413", description = "Body larger than 64 KB")
  public ResponseEntity<ProblemDetail> receive(
      @RequestHeader(name = IconPlusSignature.TIMESTAMP_HEADER, required = false) String timestamp,
      @RequestHeader(name = IconPlusSignature.SIGNATURE_HEADER, required = false) String signature,
      @io.swagger.v3.oas.annotations.parameters.RequestBody(
              required = true,
              content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                  schema = @Schema(implementation = IconPlusCallback.class)))
          @RequestBody byte[] body) {
    if (!IconPlusSignature.verify(
        properties.callbackSecret(), timestamp, signature, body, clock.instant(), properties.maxClockSkew())) {
      return problem(HttpStatus.UNAUTHORIZED, "Tanda tangan Icon+ tidak ada, salah, atau kedaluwarsa");
    }
    // twice the skew: a timestamp may lie that far on either side of now
    if (!replays.firstSight(signature.strip(), properties.maxClockSkew().multipliedBy(2))) {
      return problem(HttpStatus.CONFLICT, "Permintaan bertanda tangan ini sudah pernah diterima (replay)");
    }
    IconPlusCallback callback;
    try {
      callback = parse(body);
    } catch (MalformedCallback malformed) {
      return invalid(malformed.errors);
    }
    return switch (handleOnce(callback)) {
      case ACCEPTED, DUPLICATE -> ResponseEntity.noContent().build();
      case UNKNOWN_REFERENCE ->
          problem(HttpStatus.NOT_FOUND, "Order atau tiket '" + callback.reference() + "' tidak dikenal");
      case NOT_WAITING ->
          problem(HttpStatus.CONFLICT, "Tidak ada yang menunggu " + callback.status() + " untuk '" + callback.reference() + "'");
    };
  }

  /**
   * Two deliveries of one callback may race; the loser's transaction fails on the unique
   * callback record, on the engine's optimistic lock, or finds the message already taken.
   * Trying again then finds the winner's record and answers it as a duplicate.
   */
  private CallbackOutcome handleOnce(IconPlusCallback callback) {
    for (int attempt = 1; ; attempt++) {
      try {
        return callbacks.handle(callback);
      } catch (DataIntegrityViolationException
          | OptimisticLockingException
          | MismatchingMessageCorrelationException e) {
        if (attempt == ATTEMPTS) {
          throw e;
        }
      }
    }
  }

  private IconPlusCallback parse(byte[] body) {
    IconPlusCallback callback;
    try {
      callback = json.readValue(body, IconPlusCallback.class);
    } catch (JsonProcessingException e) {
      throw new MalformedCallback(List.of(new FieldError("body", "bukan JSON callback Icon+ yang valid: " + e.getOriginalMessage())));
    } catch (IOException e) {
      throw new MalformedCallback(List.of(new FieldError("body", "badan callback tidak terbaca")));
    }
    if (callback == null) {
      throw new MalformedCallback(List.of(new FieldError("body", "harus berupa objek callback Icon+, bukan null")));
    }
    List<FieldError> errors = new ArrayList<>();
    if (callback.status() == null) {
      errors.add(new FieldError("status", "wajib diisi: INSTALLED, FAILED, RESCHEDULED atau REPAIRED"));
    } else if (callback.status().aboutOrder() && blank(callback.orderId())) {
      errors.add(new FieldError("orderId", "wajib diisi untuk " + callback.status()));
    } else if (!callback.status().aboutOrder() && blank(callback.ticketId())) {
      errors.add(new FieldError("ticketId", "wajib diisi untuk REPAIRED"));
    }
    if (callback.occurredAt() == null) {
      errors.add(new FieldError("occurredAt", "wajib diisi (ISO-8601 dengan zona waktu)"));
    }
    if (callback.status() == CallbackStatus.INSTALLED) {
      if (blank(callback.circuitId())) {
        errors.add(new FieldError("circuitId", "wajib diisi untuk INSTALLED"));
      }
      Integer mbps = callback.installedBandwidthMbps();
      if (mbps == null || mbps < 1 || mbps > 10_000) {
        errors.add(new FieldError("installedBandwidthMbps", "wajib diisi untuk INSTALLED, 1 sampai 10000"));
      }
    }
    if (callback.occurredAt() != null
        && callback.occurredAt().toInstant().isAfter(clock.instant().plus(properties.maxClockSkew()))) {
      errors.add(new FieldError("occurredAt", "tidak boleh di masa depan"));
    }
    if (callback.status() == CallbackStatus.RESCHEDULED
        && (callback.scheduledFor() == null || !callback.scheduledFor().toInstant().isAfter(clock.instant())
            || callback.scheduledFor().toInstant().isAfter(clock.instant().plus(LATEST_SCHEDULE)))) {
      errors.add(new FieldError("scheduledFor",
          "wajib diisi untuk RESCHEDULED, waktu di masa depan, paling lambat " + LATEST_SCHEDULE.toDays() + " hari lagi"));
    }
    text(errors, "orderId", callback.orderId(), 100);
    text(errors, "ticketId", callback.ticketId(), 100);
    text(errors, "circuitId", callback.circuitId(), 100);
    text(errors, "notes", callback.notes(), 2000);
    if (!errors.isEmpty()) {
      throw new MalformedCallback(errors);
    }
    return callback;
  }

  /** Stored as given: bounded by its column and free of characters that cannot be stored. */
  private static void text(List<FieldError> errors, String field, String value, int maxLength) {
    if (value == null) {
      return;
    }
    if (value.length() > maxLength) {
      errors.add(new FieldError(field, "maksimal " + maxLength + " karakter"));
    } else if (SafeText.problem(value, true) != null) {
      errors.add(new FieldError(field, SafeText.problem(value, true)));
    }
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }

  /** 400 naming each field, in the same problem shape as the application's API. */
  private static ResponseEntity<ProblemDetail> invalid(List<FieldError> errors) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Isian tidak valid: perbaiki kolom yang disebut di 'errors'.");
    problem.setTitle("Isian tidak valid");
    problem.setProperty("errors", errors);
    return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
  }

  /** A callback that could not be read as Icon+'s contract; answered 400, never stored. */
  private static final class MalformedCallback extends RuntimeException {

    private final transient List<FieldError> errors;

    MalformedCallback(List<FieldError> errors) {
      super(errors.toString());
      this.errors = errors;
    }
  }

  private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail) {
    return ResponseEntity.status(status)
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(ProblemDetail.forStatusAndDetail(status, detail));
  }
}
