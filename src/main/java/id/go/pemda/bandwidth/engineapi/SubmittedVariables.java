package id.go.pemda.bandwidth.engineapi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.pemda.bandwidth.shared.FieldError;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code variables} of a submit-form body as a form holds them: texts, numbers, booleans,
 * null, and a dynamic list's rows from a {@code Json} value. A value a form never submits (an
 * {@code Object}, {@code Bytes} or {@code File} value, Java-serialized or not, a {@code Json}
 * text that is not JSON) is the client's mistake: it is named, never handed to the engine.
 */
final class SubmittedVariables {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<Object> ANY = new TypeReference<>() {};
  private static final Set<String> VALUE_FIELDS = Set.of("value", "type", "valueInfo");
  private static final Set<String> NUMBER_TYPES = Set.of("integer", "long", "short", "double");

  /** The values by name, or every problem found. */
  record Read(Map<String, Object> values, List<FieldError> errors) {}

  private SubmittedVariables() {}

  static Read read(JsonNode variables) {
    Map<String, Object> values = new LinkedHashMap<>();
    List<FieldError> errors = new ArrayList<>();
    if (variables == null || variables.isNull()) {
      return new Read(values, errors);
    }
    if (!variables.isObject()) {
      errors.add(new FieldError("variables", "harus berupa objek JSON: nama isian → {\"value\": ...}"));
      return new Read(values, errors);
    }
    for (Iterator<Map.Entry<String, JsonNode>> fields = variables.fields(); fields.hasNext(); ) {
      Map.Entry<String, JsonNode> field = fields.next();
      String name = field.getKey();
      JsonNode variable = field.getValue();
      if (!variable.isObject()) {
        errors.add(new FieldError(name, "harus berupa objek {\"value\": ..., \"type\": ...}"));
        continue;
      }
      for (Iterator<String> keys = variable.fieldNames(); keys.hasNext(); ) {
        String key = keys.next();
        if (!VALUE_FIELDS.contains(key)) {
          errors.add(new FieldError(name + "." + key, "kolom tidak dikenal; hanya value, type dan valueInfo"));
        }
      }
      String type = variable.path("type").asText("").toLowerCase(java.util.Locale.ROOT);
      JsonNode value = variable.path("value");
      String problem = problem(type, value);
      if (problem != null) {
        errors.add(new FieldError(name, problem));
        continue;
      }
      values.put(name, valueOf(type, value));
    }
    return new Read(values, errors);
  }

  private static String problem(String type, JsonNode value) {
    if (value.isMissingNode() || value.isNull()) {
      return null;
    }
    return switch (type) {
      case "", "string", "date" -> value.isValueNode() ? null : "harus berupa teks, angka atau ya/tidak";
      case "boolean" -> value.isBoolean() ? null : "harus bernilai true atau false";
      case "json" -> !value.isTextual() ? "nilai Json harus berupa teks JSON"
          : isJson(value.asText()) ? null : "bukan JSON yang valid";
      case "null" -> null;
      default -> NUMBER_TYPES.contains(type)
          ? (value.isNumber() ? null : "harus berupa angka")
          : "jenis nilai '" + type + "' tidak diterima formulir";
    };
  }

  private static Object valueOf(String type, JsonNode value) {
    if (value.isMissingNode() || value.isNull()) {
      return null;
    }
    if ("json".equals(type)) {
      try {
        return JSON.readValue(value.asText(), ANY);
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("checked as JSON above", e);
      }
    }
    if (value.isTextual()) {
      return value.asText();
    }
    if (value.isBoolean()) {
      return value.asBoolean();
    }
    return value.numberValue();
  }

  private static boolean isJson(String text) {
    try {
      JSON.readTree(text);
      return true;
    } catch (JsonProcessingException e) {
      return false;
    }
  }
}
