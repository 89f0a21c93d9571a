package id.go.pemda.bandwidth.engineapi;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.text.SimpleDateFormat;
import java.util.Date;
import java.util.Map;
import java.util.Set;
import org.camunda.spin.plugin.variable.value.JsonValue;

/**
 * What a form shows ({@code process.form.FormViews}) added to the engine API's answer for the
 * task's form variables, each as the engine API writes a variable ({@code type}, {@code value},
 * {@code valueInfo}), so Tasklist reads it like any other: a list of rows as {@code Json} text,
 * which Tasklist parses for the form.
 */
final class ShownVariables {

  /** The engine API's date format. */
  private static final String DATE_FORMAT = "yyyy-MM-dd'T'HH:mm:ss.SSSZ";

  private ShownVariables() {}

  /** Adds each shown value the caller asked for ({@code names}; null: all), over a stored one. */
  static void addTo(ObjectNode variables, Map<String, Object> shown, Set<String> names) {
    shown.forEach((name, value) -> {
      if (names == null || names.contains(name)) {
        variables.set(name, typed(value));
      }
    });
  }

  static ObjectNode typed(Object value) {
    ObjectNode variable = JsonNodeFactory.instance.objectNode();
    variable.putObject("valueInfo");
    if (value == null) {
      variable.put("type", "Null").putNull("value");
    } else if (value instanceof JsonValue json) {
      variable.put("type", "Json").put("value", json.getValueSerialized());
    } else if (value instanceof String text) {
      variable.put("type", "String").put("value", text);
    } else if (value instanceof Boolean flag) {
      variable.put("type", "Boolean").put("value", flag);
    } else if (value instanceof Integer number) {
      variable.put("type", "Integer").put("value", number);
    } else if (value instanceof Long number) {
      variable.put("type", "Long").put("value", number);
    } else if (value instanceof Double number) {
      variable.put("type", "Double").put("value", number);
    } else if (value instanceof Date date) {
      variable.put("type", "Date").put("value", new SimpleDateFormat(DATE_FORMAT).format(date));
    } else {
      throw new IllegalStateException(
          "A form shows a " + value.getClass().getName() + ", which the engine API has no type for");
    }
    return variable;
  }
}
