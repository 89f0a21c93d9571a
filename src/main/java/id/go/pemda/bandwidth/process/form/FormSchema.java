package id.go.pemda.bandwidth.process.form;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Camunda Form (form-js schema) as the server reads it: which keys a user can submit, with
 * which type and limits, and which keys only show values the server put there. The limits the
 * browser checks are these same limits, so the form file is their one source.
 *
 * @param id the form id, which {@code camunda:formRef} names
 */
public record FormSchema(String id, List<Field> fields) {

  /** form-js component types that submit a value under their key. */
  static final Set<String> KEYED_TYPES =
      Set.of("textfield", "textarea", "number", "datetime", "checkbox", "checklist", "radio", "select", "taglist");

  private static final ObjectMapper JSON = new ObjectMapper();
  /** Option rows by {@code valuesExpression}: {@code =key[filter]}. */
  private static final Pattern OPTION_ROWS = Pattern.compile("=\\s*([A-Za-z]\\w*)\\s*\\[.+\\]\\s*", Pattern.DOTALL);

  /**
   * One keyed component, or a dynamic list ({@code dynamiclist}, keyed by its path) whose rows
   * hold {@link #items()}, or a table showing rows the server filled in (keyed by its data source).
   *
   * @param disabled shown but never submitted: a value the server put into the task
   * @param readonly shown and submitted back unchanged: the server reads it only to know the row
   * @param hide the FEEL condition that hides the field; a hidden field is not submitted
   * @param values the allowed values of a radio or select
   * @param valuesExpression the options of a radio or select that depend on the task and the
   *     day (form-js {@code valuesExpression}): {@code =key[filter]}, the {@code {label, value}}
   *     rows the server put into the task under {@code key}, filtered by FEEL as the browser
   *     filters them (by {@code today()}); only the values it yields are allowed
   * @param valuesKey the options of a radio or select that depend on the task alone (form-js
   *     {@code valuesKey}): exactly the {@code {label, value}} rows the server put into the task
   *     under this key; only their values are allowed
   * @param items the fields of each row of a dynamic list
   * @param allowAddRemove whether the user may add or remove rows of a dynamic list
   */
  public record Field(
      String id,
      String key,
      String type,
      String subtype,
      String label,
      String description,
      boolean disabled,
      boolean readonly,
      String hide,
      Validation validate,
      List<String> values,
      String valuesExpression,
      String valuesKey,
      Integer decimalDigits,
      List<Field> items,
      boolean allowAddRemove) {

    /** A value the user types or picks and the server receives. */
    public boolean isInput() {
      return !disabled;
    }

    public boolean isList() {
      return "dynamiclist".equals(type);
    }

    /** The fields a row of this dynamic list submits. */
    public List<Field> itemInputs() {
      return items.stream().filter(Field::isInput).toList();
    }

    public Optional<Field> item(String itemKey) {
      return items.stream().filter(item -> item.key().equals(itemKey)).findFirst();
    }

    /** The label the user reads, with the key, so both user and developer find the field. */
    public String describe() {
      return (label == null || label.isBlank() ? key : label) + " (" + key + ")";
    }
  }

  /** form-js {@code validate}: a limit is a number or a FEEL expression starting with "=". */
  public record Validation(
      boolean required, String min, String max, Integer minLength, Integer maxLength, String pattern) {

    static final Validation NONE = new Validation(false, null, null, null, null, null);
  }

  public static FormSchema parse(byte[] json) {
    try {
      JsonNode root = JSON.readTree(json);
      List<Field> fields = new ArrayList<>();
      Map<String, String> seen = new LinkedHashMap<>();
      collect(root.path("components"), fields, seen, root.path("id").asText(), false);
      return new FormSchema(root.path("id").asText(), List.copyOf(fields));
    } catch (IOException e) {
      throw new UncheckedIOException("Form is not valid JSON", e);
    }
  }

  public List<Field> inputs() {
    return fields.stream().filter(Field::isInput).toList();
  }

  public List<Field> views() {
    return fields.stream().filter(field -> !field.isInput()).toList();
  }

  /**
   * The keys of the fields shown but not submitted that the FEEL expressions of the submitted
   * fields read (a condition that hides a field, a limit starting with "=", the options of a
   * choice): all the server needs
   * of what the task was opened with to check a submission as the form did.
   */
  public List<String> viewsTheChecksRead() {
    List<String> expressions = new ArrayList<>();
    inputs().forEach(field -> expressionsOf(field, expressions));
    return views().stream()
        .map(Field::key)
        .filter(key -> expressions.stream().anyMatch(expression -> names(expression, key)))
        .toList();
  }

  private static void expressionsOf(Field field, List<String> expressions) {
    if (field.hide() != null) {
      expressions.add(field.hide());
    }
    if (field.valuesExpression() != null) {
      expressions.add(field.valuesExpression());
    }
    if (field.valuesKey() != null) {
      // the rows themselves, read as a name
      expressions.add(field.valuesKey());
    }
    for (String limit : new String[] {field.validate().min(), field.validate().max()}) {
      if (limit != null && limit.startsWith("=")) {
        expressions.add(limit);
      }
    }
    field.items().forEach(item -> expressionsOf(item, expressions));
  }

  /** Whether a FEEL expression names a variable: the key as a whole name, not part of another. */
  private static boolean names(String expression, String key) {
    return Pattern.compile("(?<![\\w.])" + Pattern.quote(key) + "(?!\\w)").matcher(expression).find();
  }

  public Optional<Field> input(String key) {
    return inputs().stream().filter(field -> field.key().equals(key)).findFirst();
  }

  public Optional<Field> field(String key) {
    return fields.stream().filter(field -> field.key().equals(key)).findFirst();
  }

  private static void collect(
      JsonNode components, List<Field> fields, Map<String, String> seen, String formId, boolean inList) {
    for (JsonNode component : components) {
      String type = component.path("type").asText();
      String id = component.path("id").asText(null);
      // form-js refuses a form with a repeated id or key, and Tasklist then shows no form at all
      if (id != null && seen.put("id:" + id, id) != null) {
        throw new IllegalStateException("Form " + formId + " repeats the component id " + id);
      }
      if ("dynamiclist".equals(type)) {
        if (inList) {
          throw new IllegalStateException("Form " + formId + ": a dynamic list inside a dynamic list is not supported (" + id + ")");
        }
        String path = component.path("path").asText(null);
        if (path == null || path.contains(".") || seen.put("key:" + path, path) != null) {
          throw new IllegalStateException("Form " + formId + ": dynamic list " + id + " needs a path of its own");
        }
        List<Field> items = new ArrayList<>();
        // keys of a row are the row's own: they may repeat a key outside the list, not each other
        collect(component.path("components"), items, new RowKeys(seen), formId, true);
        fields.add(list(component, id, path, List.copyOf(items)));
        continue;
      }
      if (component.hasNonNull("path")) {
        throw new IllegalStateException("Form " + formId + ": groups with a data path are not supported (" + id + ")");
      }
      if ("table".equals(type)) {
        String source = component.path("dataSource").asText("");
        if (!source.startsWith("=") || seen.put("key:" + source.substring(1), source) != null) {
          throw new IllegalStateException("Form " + formId + ": table " + id + " needs a data source of its own (=name)");
        }
        fields.add(table(component, id, source.substring(1)));
        continue;
      }
      String key = component.path("key").asText(null);
      if (key != null && KEYED_TYPES.contains(type)) {
        if (seen.put("key:" + key, key) != null) {
          throw new IllegalStateException("Form " + formId + " repeats the key " + key);
        }
        fields.add(field(component, id, key, type));
        String valuesExpression = component.path("valuesExpression").asText(null);
        if (valuesExpression != null) {
          Matcher rows = OPTION_ROWS.matcher(valuesExpression);
          if (!rows.matches() || seen.put("key:" + rows.group(1), valuesExpression) != null) {
            throw new IllegalStateException(
                "Form " + formId + ": the options of " + id + " need rows of their own, filtered (=key[filter])");
          }
          fields.add(options(id, rows.group(1)));
        }
        String valuesKey = component.path("valuesKey").asText(null);
        if (valuesKey != null) {
          if (valuesExpression != null || !valuesKey.matches("[A-Za-z]\\w*") || seen.put("key:" + valuesKey, valuesKey) != null) {
            throw new IllegalStateException(
                "Form " + formId + ": the options of " + id + " need rows of their own, by one source (valuesKey)");
          }
          fields.add(options(id, valuesKey));
        }
      }
      collect(component.path("components"), fields, seen, formId, inList);
    }
  }

  /** Ids are unique across the whole form; keys only within one row. */
  private static final class RowKeys extends LinkedHashMap<String, String> {

    private final Map<String, String> form;

    RowKeys(Map<String, String> form) {
      this.form = form;
    }

    @Override
    public String put(String name, String value) {
      return name.startsWith("id:") ? form.put(name, value) : super.put(name, value);
    }
  }

  private static Field list(JsonNode component, String id, String path, List<Field> items) {
    return new Field(
        id, path, "dynamiclist", null, component.path("label").asText(null), component.path("description").asText(null),
        component.path("disabled").asBoolean(false), false, component.path("conditional").path("hide").asText(null),
        Validation.NONE, List.of(), null, null, null, items, component.path("allowAddRemove").asBoolean(false));
  }

  private static Field table(JsonNode component, String id, String source) {
    return new Field(
        id, source, "table", null, component.path("label").asText(null), null, true, false, null, Validation.NONE,
        List.of(), null, null, null, List.of(), false);
  }

  /**
   * The option rows of a radio or select: put there by the server, offered as they are
   * ({@code valuesKey}) or filtered by the form ({@code valuesExpression}), never submitted.
   */
  private static Field options(String id, String key) {
    return new Field(
        id + "_options", key, "options", null, null, null, true, false, null, Validation.NONE, List.of(), null, null,
        null, List.of(), false);
  }

  private static Field field(JsonNode component, String id, String key, String type) {
    JsonNode validate = component.path("validate");
    List<String> values = new ArrayList<>();
    component.path("values").forEach(value -> values.add(value.path("value").asText()));
    String label = component.path("label").asText(component.path("dateLabel").asText(component.path("dateTimeLabel").asText(null)));
    return new Field(
        id,
        key,
        type,
        component.path("subtype").asText(null),
        label,
        component.path("description").asText(null),
        component.path("disabled").asBoolean(false),
        component.path("readonly").asBoolean(false),
        component.path("conditional").path("hide").asText(null),
        validate.isMissingNode()
            ? Validation.NONE
            : new Validation(
                validate.path("required").asBoolean(false),
                limit(validate.path("min")),
                limit(validate.path("max")),
                validate.hasNonNull("minLength") ? validate.get("minLength").asInt() : null,
                validate.hasNonNull("maxLength") ? validate.get("maxLength").asInt() : null,
                validate.path("pattern").asText(null)),
        List.copyOf(values),
        component.path("valuesExpression").asText(null),
        component.path("valuesKey").asText(null),
        component.hasNonNull("decimalDigits") ? component.get("decimalDigits").asInt() : null,
        List.of(),
        false);
  }

  private static String limit(JsonNode node) {
    if (node.isMissingNode() || node.isNull()) {
      return null;
    }
    return node.isNumber() ? new BigDecimal(node.asText()).toPlainString() : node.asText();
  }
}
