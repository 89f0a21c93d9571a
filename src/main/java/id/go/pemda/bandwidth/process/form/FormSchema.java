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

  /**
   * One keyed component.
   *
   * @param disabled shown but never submitted: a value the server put into the task
   * @param hide the FEEL condition that hides the field; a hidden field is not submitted
   * @param values the allowed values of a radio or select
   */
  public record Field(
      String id,
      String key,
      String type,
      String subtype,
      String label,
      String description,
      boolean disabled,
      String hide,
      Validation validate,
      List<String> values,
      Integer decimalDigits) {

    /** A value the user types or picks and the server receives. */
    public boolean isInput() {
      return !disabled;
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
      collect(root.path("components"), fields, seen, root.path("id").asText());
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

  public Optional<Field> input(String key) {
    return inputs().stream().filter(field -> field.key().equals(key)).findFirst();
  }

  public Optional<Field> field(String key) {
    return fields.stream().filter(field -> field.key().equals(key)).findFirst();
  }

  private static void collect(JsonNode components, List<Field> fields, Map<String, String> seen, String formId) {
    for (JsonNode component : components) {
      String type = component.path("type").asText();
      String id = component.path("id").asText(null);
      // form-js refuses a form with a repeated id or key, and Tasklist then shows no form at all
      if (id != null && seen.put("id:" + id, id) != null) {
        throw new IllegalStateException("Form " + formId + " repeats the component id " + id);
      }
      if (component.hasNonNull("path")) {
        throw new IllegalStateException("Form " + formId + ": groups with a data path are not supported (" + id + ")");
      }
      String key = component.path("key").asText(null);
      if (key != null && KEYED_TYPES.contains(type)) {
        if (seen.put("key:" + key, key) != null) {
          throw new IllegalStateException("Form " + formId + " repeats the key " + key);
        }
        fields.add(field(component, id, key, type));
      }
      collect(component.path("components"), fields, seen, formId);
    }
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
        component.hasNonNull("decimalDigits") ? component.get("decimalDigits").asInt() : null);
  }

  private static String limit(JsonNode node) {
    if (node.isMissingNode() || node.isNull()) {
      return null;
    }
    return node.isNumber() ? new BigDecimal(node.asText()).toPlainString() : node.asText();
  }
}
