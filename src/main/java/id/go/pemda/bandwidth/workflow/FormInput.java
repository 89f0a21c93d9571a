package id.go.pemda.bandwidth.workflow;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Reads the values a user submitted with a Camunda Form and checks them again on the server,
 * since the REST API accepts whatever a client sends. Every problem is collected, so one
 * answer names every field to fix; {@link #throwIfInvalid()} then refuses the submission.
 *
 * <p>After the values are stored in the application's tables, {@link #consume()} removes
 * them from the process: the process keeps ids and decisions, the tables keep the data.
 */
public final class FormInput {

  private static final int DEFAULT_MAX_TEXT = 500;

  private final VariableScope scope;
  private final List<FieldError> errors = new ArrayList<>();
  private final Set<String> readKeys = new LinkedHashSet<>();

  private FormInput(VariableScope scope) {
    this.scope = scope;
  }

  public static FormInput of(VariableScope scope) {
    return new FormInput(scope);
  }

  public String requiredText(FormField field) {
    return text(field, true, DEFAULT_MAX_TEXT);
  }

  public String optionalText(FormField field, int maxLength) {
    return text(field, false, maxLength);
  }

  public String requiredText(FormField field, int maxLength) {
    return text(field, true, maxLength);
  }

  public String requiredMatching(FormField field, Pattern pattern, String expectedFormat) {
    String value = requiredText(field, 100);
    if (value != null && !pattern.matcher(value).matches()) {
      reject(field, "format harus " + expectedFormat);
      return null;
    }
    return value;
  }

  /** A whole number within [min, max], submitted as a number or as digits. */
  public Long requiredWholeNumber(FormField field, long min, long max) {
    BigDecimal value = requiredNumber(field);
    if (value == null) {
      return null;
    }
    if (value.stripTrailingZeros().scale() > 0) {
      reject(field, "harus bilangan bulat");
      return null;
    }
    if (value.compareTo(BigDecimal.valueOf(min)) < 0 || value.compareTo(BigDecimal.valueOf(max)) > 0) {
      reject(field, "harus antara " + min + " dan " + max);
      return null;
    }
    return value.longValueExact();
  }

  /** An amount in rupiah: whole, not negative, at most {@code max}. */
  public BigDecimal requiredRupiah(FormField field, BigDecimal max) {
    BigDecimal value = requiredNumber(field);
    if (value == null) {
      return null;
    }
    if (value.stripTrailingZeros().scale() > 0) {
      reject(field, "rupiah harus bilangan bulat tanpa sen");
      return null;
    }
    if (value.signum() < 0 || value.compareTo(max) > 0) {
      reject(field, "harus antara 0 dan " + Rupiah.format(max));
      return null;
    }
    return value.setScale(0);
  }

  public LocalDate requiredDate(FormField field) {
    return date(field, requiredText(field, 40));
  }

  public LocalDate optionalDate(FormField field) {
    return date(field, optionalText(field, 40));
  }

  private LocalDate date(FormField field, String raw) {
    if (raw == null) {
      return null;
    }
    try {
      // Camunda Forms' date picker submits yyyy-MM-dd; API clients may send a timestamp.
      return raw.length() == 10 ? LocalDate.parse(raw) : LocalDateTime.parse(raw).toLocalDate();
    } catch (DateTimeParseException e) {
      reject(field, "tanggal harus berformat TTTT-BB-HH, misalnya 2026-12-31");
      return null;
    }
  }

  /**
   * An optional moment within the past year: an ISO timestamp with offset, or a local
   * date-time or date meant in WITA.
   */
  public Instant optionalPastInstant(FormField field) {
    String raw = optionalText(field, 40);
    if (raw == null) {
      return null;
    }
    Instant instant;
    try {
      instant = OffsetDateTime.parse(raw).toInstant();
    } catch (DateTimeParseException notOffset) {
      try {
        instant = raw.length() == 10
            ? LocalDate.parse(raw).atStartOfDay(Wita.ZONE).toInstant()
            : LocalDateTime.parse(raw).atZone(Wita.ZONE).toInstant();
      } catch (DateTimeParseException e) {
        reject(field, "waktu harus berformat ISO-8601, misalnya 2026-11-29T08:30:00+08:00");
        return null;
      }
    }
    if (instant.isAfter(EngineClock.now())) {
      reject(field, "tidak boleh di masa depan");
      return null;
    }
    if (instant.isBefore(EngineClock.now().minus(Duration.ofDays(365)))) {
      reject(field, "tidak boleh lebih dari satu tahun yang lalu");
      return null;
    }
    return instant;
  }

  public Duration requiredDuration(FormField field, Duration min, Duration max) {
    String raw = requiredText(field, 40);
    if (raw == null) {
      return null;
    }
    try {
      Duration duration = Duration.parse(raw);
      if (duration.compareTo(min) < 0 || duration.compareTo(max) > 0) {
        reject(field, "harus antara " + describe(min) + " dan " + describe(max));
        return null;
      }
      return duration;
    } catch (DateTimeParseException e) {
      reject(field, "durasi harus berformat ISO-8601, misalnya P30D (30 hari) atau PT10M (10 menit)");
      return null;
    }
  }

  public <E extends Enum<E>> E requiredChoice(FormField field, Class<E> choices) {
    String raw = requiredText(field, 60);
    if (raw == null) {
      return null;
    }
    try {
      return Enum.valueOf(choices, raw);
    } catch (IllegalArgumentException e) {
      String allowed =
          Arrays.stream(choices.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
      reject(field, "nilai '" + abbreviate(raw) + "' tidak dikenal; pilih salah satu dari " + allowed);
      return null;
    }
  }

  /** A reason that is required only when the decision needs one. */
  public String reasonWhen(boolean required, FormField field) {
    return required ? requiredText(field, 2000) : optionalText(field, 2000);
  }

  public boolean isValid() {
    return errors.isEmpty();
  }

  public void reject(FormField field, String message) {
    errors.add(new FieldError(field.describe(), message));
  }

  public void throwIfInvalid() {
    if (!errors.isEmpty()) {
      throw new FormInputException(errors);
    }
  }

  /** Removes every value read through this reader from the process variables. */
  public void consume() {
    readKeys.forEach(scope::removeVariable);
  }

  private BigDecimal requiredNumber(FormField field) {
    Object raw = read(field);
    if (raw == null || (raw instanceof String s && s.isBlank())) {
      reject(field, "wajib diisi");
      return null;
    }
    try {
      if (raw instanceof Number number) {
        return new BigDecimal(number.toString());
      }
      if (raw instanceof String s) {
        return new BigDecimal(s.trim());
      }
    } catch (NumberFormatException e) {
      // falls through to the rejection below
    }
    reject(field, "harus berupa angka, bukan '" + abbreviate(String.valueOf(raw)) + "'");
    return null;
  }

  private String text(FormField field, boolean required, int maxLength) {
    Object raw = read(field);
    if (raw != null && !(raw instanceof String)) {
      reject(field, "harus berupa teks");
      return null;
    }
    String value = raw == null ? null : ((String) raw).strip();
    if (value == null || value.isEmpty()) {
      if (required) {
        reject(field, "wajib diisi");
      }
      return null;
    }
    if (value.length() > maxLength) {
      reject(field, "maksimal " + maxLength + " karakter (terisi " + value.length() + ")");
      return null;
    }
    return value;
  }

  private Object read(FormField field) {
    readKeys.add(field.key());
    return scope.getVariable(field.key());
  }

  private static String describe(Duration duration) {
    if (duration.toMinutes() < 60 * 24) {
      return duration.toMinutes() + " menit";
    }
    return duration.toDays() + " hari";
  }

  private static String abbreviate(String value) {
    return value.length() > 40 ? value.substring(0, 40) + "…" : value;
  }
}
