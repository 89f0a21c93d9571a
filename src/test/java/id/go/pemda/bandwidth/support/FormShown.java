package id.go.pemda.bandwidth.support;

import id.go.pemda.bandwidth.process.form.FormViews;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.spin.Spin;
import org.camunda.spin.plugin.variable.value.JsonValue;
import org.springframework.stereotype.Component;

/**
 * What a task's form shows when it is opened ({@link FormViews}), as a test reads it: a list of
 * rows as a Spin JSON node, whose text is the JSON Tasklist parses.
 */
@Component
public class FormShown {

  private final FormViews views;

  public FormShown(FormViews views) {
    this.views = views;
  }

  public Map<String, Object> of(String taskId) {
    Map<String, Object> shown = new LinkedHashMap<>();
    views.shown(taskId).forEach((key, value) ->
        shown.put(key, value instanceof JsonValue json ? Spin.JSON(json.getValueSerialized()) : value));
    return shown;
  }

  public Object of(String taskId, String key) {
    return of(taskId).get(key);
  }
}
