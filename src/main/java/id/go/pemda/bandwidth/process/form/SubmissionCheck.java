package id.go.pemda.bandwidth.process.form;

import id.go.pemda.bandwidth.shared.FieldError;
import id.go.pemda.bandwidth.shared.SafeText;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.value.JsonValue;

/**
 * Checks one submission against its form exactly as form-js checks it in the browser, and a
 * little more: only the form's input keys, each of its field's type, required, min, max,
 * minLength, maxLength, pattern, the options of a radio or select (the form's own, or the rows
 * the task was opened with), whole numbers where the form allows no decimals, and no value for a
 * field the form hides. Text may not carry control or bidirectional-override characters
 * (PostgreSQL refuses NUL; an override hides what a text says).
 */
final class SubmissionCheck {

  /** Spin's Json variable type, which Tasklist uses for a form's lists. */
  private static final String JSON_TYPE = "json";

  private static final Set<Class<?>> NUMBERS =
      Set.of(Integer.class, Long.class, Short.class, Byte.class, Double.class, Float.class, BigDecimal.class,
          BigInteger.class);

  private static final Map<String, Pattern> PATTERNS = new ConcurrentHashMap<>();

  /** More rows than any OPD has sites: a bigger list is not a form's. */
  static final int MAX_ROWS = 1000;

  private final Feel feel;

  SubmissionCheck(Feel feel) {
    this.feel = feel;
  }

  /**
   * @param submitted the keys and values a client sent (plain or Camunda typed values)
   * @param visible what the form shows ({@link FormViews}), for the form's FEEL conditions
   * @return every problem, so one answer names every field to fix
   */
  List<FieldError> check(FormSchema form, Map<String, ?> submitted, Map<String, Object> visible) {
    List<FieldError> errors = new ArrayList<>();
    Map<String, Object> values = new HashMap<>();
    for (Map.Entry<String, ?> entry : submitted.entrySet()) {
      String key = entry.getKey();
      if (form.input(key).isEmpty()) {
        errors.add(new FieldError(key, form.field(key).isPresent()
            ? "hanya untuk dibaca; nilai ini diisi oleh sistem dan tidak boleh dikirim"
            : "bukan isian formulir ini; kolom ini tidak boleh dikirim"));
      } else {
        values.put(key, plain(entry.getValue()));
      }
    }
    if (!errors.isEmpty()) {
      // the client sent what no form has: refuse before looking at the values at all
      return errors;
    }
    Map<String, Object> context = new HashMap<>();
    // a Json view (a choice's option rows) is read as plain lists and maps, as the browser reads it
    visible.forEach((key, shown) ->
        context.put(key, shown instanceof SpinJsonNode || shown instanceof JsonValue ? JsonRows.parse(shown) : shown));
    context.putAll(values);
    for (FormSchema.Field field : form.inputs()) {
      Object value = values.get(field.key());
      if (field.hide() != null && Boolean.TRUE.equals(feel.evaluate(field.hide(), context))) {
        if (!isEmpty(value)) {
          errors.add(new FieldError(field.describe(), "tidak berlaku untuk pilihan ini; kosongkan"));
        }
        continue;
      }
      if (field.isList()) {
        errors.addAll(listProblems(field, value, context));
        continue;
      }
      String problem = problemWith(field, value, context);
      if (problem != null) {
        errors.add(new FieldError(field.describe(), problem));
      }
    }
    return errors;
  }

  /**
   * A dynamic list arrives as Json (Tasklist) or a list (Java API): a list of rows, each with
   * only the row's keys, each value checked like a field of its own.
   */
  private List<FieldError> listProblems(FormSchema.Field list, Object value, Map<String, Object> context) {
    if (value instanceof Unreadable unreadable) {
      return List.of(new FieldError(list.describe(), "jenis nilai " + unreadable.type() + " tidak diterima"));
    }
    if (value == null) {
      return List.of(new FieldError(list.describe(), "daftar wajib dikirim"));
    }
    if (!(value instanceof List<?> rows)) {
      return List.of(new FieldError(list.describe(), "harus berupa daftar (JSON array)"));
    }
    if (rows.size() > MAX_ROWS) {
      return List.of(new FieldError(list.describe(), "paling banyak " + MAX_ROWS + " baris"));
    }
    List<FieldError> errors = new ArrayList<>();
    for (int index = 0; index < rows.size(); index++) {
      if (!(rows.get(index) instanceof Map<?, ?> row)) {
        errors.add(new FieldError(rowName(list, index, null), "baris harus berupa objek JSON"));
        continue;
      }
      for (Object key : row.keySet()) {
        if (!(key instanceof String name) || list.itemInputs().stream().noneMatch(item -> item.key().equals(name))) {
          errors.add(new FieldError(rowName(list, index, String.valueOf(key)), "bukan isian daftar ini; kolom ini tidak boleh dikirim"));
        }
      }
      Map<String, Object> rowContext = new HashMap<>(context);
      row.forEach((key, cell) -> rowContext.put(String.valueOf(key), cell));
      for (FormSchema.Field item : list.itemInputs()) {
        // a cell the row hides (the village field a Pemda does not have) must stay empty
        if (item.hide() != null && Boolean.TRUE.equals(feel.evaluate(item.hide(), rowContext))) {
          if (!isEmpty(row.get(item.key()))) {
            errors.add(new FieldError(rowName(list, index, item.key()) + " " + item.describe(),
                "tidak berlaku untuk pilihan ini; kosongkan"));
          }
          continue;
        }
        String problem = problemWith(item, row.get(item.key()), rowContext);
        if (problem != null) {
          errors.add(new FieldError(rowName(list, index, item.key()) + " " + item.describe(), problem));
        }
      }
    }
    return errors;
  }

  private static String rowName(FormSchema.Field list, int index, String key) {
    String label = list.label() == null || list.label().isBlank() ? list.key() : list.label();
    return label + " baris " + (index + 1) + (key == null ? "" : " —") + (key == null ? " (" + list.key() + "[" + index + "])" : "");
  }

  private String problemWith(FormSchema.Field field, Object value, Map<String, Object> context) {
    if (value instanceof Unreadable unreadable) {
      return "jenis nilai " + unreadable.type() + " tidak diterima";
    }
    if (isEmpty(value)) {
      return field.validate().required() ? "wajib diisi" : null;
    }
    return switch (field.type()) {
      case "number" -> numberProblem(field, value, context);
      case "checkbox" -> value instanceof Boolean ? null : "harus berupa ya/tidak (true/false)";
      case "textfield", "textarea" -> textProblem(field, value, context);
      case "radio", "select" -> choiceProblem(field, value, context);
      case "datetime" -> dateProblem(field, value);
      default -> "jenis isian " + field.type() + " tidak didukung di server";
    };
  }

  private String numberProblem(FormSchema.Field field, Object value, Map<String, Object> context) {
    if (value == null || !NUMBERS.contains(value.getClass())) {
      return "harus berupa angka";
    }
    BigDecimal number;
    try {
      number = new BigDecimal(value.toString());
    } catch (NumberFormatException e) {
      // NaN and infinities of a double
      return "harus berupa angka";
    }
    boolean floating = value instanceof Double || value instanceof Float;
    if (Integer.valueOf(0).equals(field.decimalDigits()) && floating) {
      // 1e3 or 12.0 from a client: a whole-number field takes integers, as the form sends them
      return "harus bilangan bulat";
    }
    if (field.decimalDigits() != null && number.stripTrailingZeros().scale() > field.decimalDigits()) {
      return field.decimalDigits() == 0
          ? "harus bilangan bulat"
          : "paling banyak " + field.decimalDigits() + " angka di belakang koma";
    }
    BigDecimal min = limit(field.validate().min(), context);
    BigDecimal max = limit(field.validate().max(), context);
    if ((min != null && number.compareTo(min) < 0) || (max != null && number.compareTo(max) > 0)) {
      return range(min, max);
    }
    return null;
  }

  private String textProblem(FormSchema.Field field, Object value, Map<String, Object> context) {
    if (!(value instanceof String text)) {
      return "harus berupa teks";
    }
    String unsafe = SafeText.problem(text, "textarea".equals(field.type()));
    if (unsafe != null) {
      return unsafe;
    }
    int length = text.strip().length();
    FormSchema.Validation rules = field.validate();
    if (rules.maxLength() != null && length > rules.maxLength()) {
      return "maksimal " + rules.maxLength() + " karakter (terisi " + length + ")";
    }
    if (rules.minLength() != null && length < rules.minLength()) {
      return "minimal " + rules.minLength() + " karakter (terisi " + length + ")";
    }
    if (rules.required() && text.isBlank()) {
      return "wajib diisi";
    }
    if (rules.pattern() != null && !matches(rules.pattern(), text)) {
      return "format tidak sesuai" + (field.description() == null ? "" : "; " + field.description());
    }
    return null;
  }

  private String choiceProblem(FormSchema.Field field, Object value, Map<String, Object> context) {
    List<String> allowed = field.valuesKey() != null ? offered(context.get(field.valuesKey()))
        : field.valuesExpression() != null ? offered(feel.evaluate(field.valuesExpression(), context))
        : field.values();
    if (!(value instanceof String choice)) {
      return "harus berupa teks, salah satu dari " + String.join(", ", allowed);
    }
    if (!allowed.contains(choice)) {
      return allowed.isEmpty()
          ? "belum ada pilihan yang berlaku; lihat keterangan formulir"
          : "nilai '" + abbreviate(choice) + "' tidak dikenal; pilih salah satu dari " + String.join(", ", allowed);
    }
    return null;
  }

  /** The values of the options the form offered ({@code [{label, value}]}); none when it offered none. */
  private static List<String> offered(Object options) {
    if (!(options instanceof List<?> rows)) {
      return List.of();
    }
    return rows.stream()
        .filter(Map.class::isInstance)
        .map(row -> ((Map<?, ?>) row).get("value"))
        .filter(String.class::isInstance)
        .map(String.class::cast)
        .toList();
  }

  private static String dateProblem(FormSchema.Field field, Object value) {
    if (!(value instanceof String text) || text.length() > 40) {
      return "harus berupa tanggal (teks ISO-8601)";
    }
    try {
      if ("date".equals(field.subtype())) {
        LocalDate.parse(text);
      } else {
        parseDateTime(text);
      }
      return null;
    } catch (DateTimeParseException e) {
      return "date".equals(field.subtype())
          ? "tanggal harus berformat TTTT-BB-HH, misalnya 2026-12-31"
          : "waktu harus berformat ISO-8601, misalnya 2026-11-29T08:30";
    }
  }

  private static void parseDateTime(String text) {
    try {
      OffsetDateTime.parse(text);
    } catch (DateTimeParseException notOffset) {
      LocalDateTime.parse(text);
    }
  }

  private BigDecimal limit(String limit, Map<String, Object> context) {
    if (limit == null) {
      return null;
    }
    Object value = Feel.isExpression(limit) ? feel.evaluate(limit, context) : limit;
    return new BigDecimal(value.toString());
  }

  /**
   * JavaScript's {@code RegExp.test}, which form-js uses, finds the pattern anywhere. A form's
   * patterns are few and never change: each is compiled once.
   */
  private static boolean matches(String pattern, String text) {
    return PATTERNS.computeIfAbsent(pattern, SubmissionCheck::compiled).matcher(text).find();
  }

  private static Pattern compiled(String pattern) {
    try {
      return Pattern.compile(pattern);
    } catch (PatternSyntaxException e) {
      throw new IllegalStateException("Form pattern is not a valid regular expression: " + pattern, e);
    }
  }


  private static String range(BigDecimal min, BigDecimal max) {
    if (min != null && max != null) {
      return "harus antara " + min.toPlainString() + " dan " + max.toPlainString();
    }
    return min != null ? "minimal " + min.toPlainString() : "maksimal " + max.toPlainString();
  }

  private static boolean isEmpty(Object value) {
    return value == null || (value instanceof String text && text.isEmpty());
  }

  /** A submitted value as the form holds it: text, number, boolean, or a list's rows. */
  static Object plain(Object raw) {
    if (raw instanceof TypedValue typed && typed.getType() != null && JSON_TYPE.equals(typed.getType().getName())) {
      return JsonRows.parse(raw);
    }
    if (raw instanceof List<?> rows) {
      return rows;
    }
    if (raw instanceof SpinJsonNode) {
      // a Json variable as the REST API hands it over (Tasklist's lists): its untyped, deserialized value
      return JsonRows.parse(raw);
    }
    if (raw instanceof SerializableValue serializable && !serializable.isDeserialized()) {
      return new Unreadable(serializable.getType().getName());
    }
    if (raw instanceof TypedValue typed) {
      Object value = typed.getValue();
      if (value != null && !(value instanceof String) && !(value instanceof Boolean) && !NUMBERS.contains(value.getClass())) {
        return new Unreadable(typed.getType() == null ? value.getClass().getSimpleName() : typed.getType().getName());
      }
      return value;
    }
    if (raw != null && !(raw instanceof String) && !(raw instanceof Boolean) && !NUMBERS.contains(raw.getClass())) {
      return new Unreadable(raw.getClass().getSimpleName());
    }
    return raw;
  }

  private static String abbreviate(String value) {
    return value.length() > 40 ? value.substring(0, 40) + "…" : value;
  }

  /** A value of a type no form field submits (an object, a file, bytes, a date object). */
  record Unreadable(String type) {}
}
