package id.go.pemda.bandwidth.process.form;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;

/**
 * A form's list as the engine keeps it: a Spin Json variable, the type Tasklist submits for a
 * dynamic list and reads back into a form (a table's rows, a list's prefilled rows). Read with
 * plain Jackson into lists, maps, texts, numbers and booleans, never into a class a client names.
 */
public final class JsonRows {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<Object> ANY = new TypeReference<>() {};

  private JsonRows() {}

  /** Rows for a form to show or prefill: one map per row, keyed like the row's fields. */
  public static JsonValue of(List<?> rows) {
    try {
      return SpinValues.jsonValue(JSON.writeValueAsString(rows)).create();
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("Rows cannot be written as JSON", e);
    }
  }

  /**
   * The plain value of a Json variable, of its Spin node (whose text is the JSON) or of its
   * serialized text; a value that is not JSON comes back as {@link SubmissionCheck.Unreadable}.
   */
  static Object parse(Object raw) {
    if (raw instanceof List<?> || raw instanceof Map<?, ?>) {
      return raw;
    }
    String text;
    if (raw instanceof SerializableValue serializable && serializable.getValueSerialized() != null) {
      text = serializable.getValueSerialized();
    } else if (raw instanceof TypedValue typed) {
      text = typed.getValue() == null ? null : typed.getValue().toString();
    } else {
      text = raw == null ? null : raw.toString();
    }
    if (text == null) {
      return null;
    }
    try {
      return JSON.readValue(text, ANY);
    } catch (JsonProcessingException e) {
      return new SubmissionCheck.Unreadable("json");
    }
  }
}
