package id.go.pemda.bandwidth.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Tasklist as a user works it: open a task or a start form, claim, fill a Camunda Form field by
 * field, complete. A field is found the way form-js names it in the page
 * ({@code fjs-form-<form>-<component id>[_<row>]}), its kind read from the form's own file under
 * {@code forms/}, so one filler serves every form.
 */
public final class Tasklist {

  /** Shown by Tasklist when a form cannot be rendered ({@code FORM_FAILURE} in locales/id.json). */
  public static final String FORM_FAILURE = "Kegagalan formulir";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String APP = "/camunda/app/tasklist/default/";
  private static final String COMPLETE = ".form-actions button.btn-primary[ng-click='complete()']";
  private static final String START = "button.btn-primary[ng-click='startProcessInstance()']";

  private final Browser browser;

  public Tasklist(Browser browser) {
    this.browser = browser;
  }

  /** Opens a task by its id, as a link from a notification would, and waits for its form. */
  public void openTask(String user, String taskId) {
    browser.login(user, "tasklist");
    // a new page, so that the previous task's form is gone before this one is awaited
    browser.open("about:blank");
    browser.open(APP + "#/?task=" + taskId);
    waitForForm();
  }

  /** Opens the start form of a process from the "Mulai proses" dialog. */
  public void openStartForm(String user, String processName) {
    browser.login(user, "tasklist");
    browser.open(APP + "#/");
    browser.click(browser.waitFor(By.xpath("//a[@ng-click='open()'][normalize-space()='Mulai proses']")));
    browser.click(browser.waitFor(By.xpath("//ul[@class='processes']//a[normalize-space()='" + processName + "']")));
    waitForForm();
  }

  private void waitForForm() {
    browser.waitUntil(d -> !browser.all(By.cssSelector(".fjs-form")).isEmpty() || browser.visibleText().contains(FORM_FAILURE));
  }

  /** The form is shown, with no form failure. */
  public boolean formRendered() {
    return !browser.visibleText().contains(FORM_FAILURE) && !browser.all(By.cssSelector(".fjs-form .fjs-form-field")).isEmpty();
  }

  /** Claims the open task from its header, so that its form can be edited. */
  public void claim() {
    List<WebElement> claim = browser.all(By.cssSelector("button.claim"));
    if (!claim.isEmpty()) {
      browser.click(claim.get(0));
      browser.waitUntil(d -> browser.all(By.cssSelector("button.claim")).isEmpty());
    }
    // the claimed task is loaded again, its form now editable
    browser.waitUntil(d -> browser.all(By.cssSelector(COMPLETE)).stream().anyMatch(WebElement::isEnabled));
    waitForForm();
  }

  // ---------------------------------------------------------------- fields

  /** Fills the form's fields with these values, each by the kind of field its form declares. */
  public void fill(String formId, Map<String, Object> values) {
    fillAll(form(formId), values, null);
  }

  /**
   * The values in the map's order (a choice first, then the fields it shows), dates last: form-js
   * commits typed text a moment later from the state it had before, which would drop a date set
   * in between (callers' maps, {@code Map.of}, have no fixed order).
   */
  private void fillAll(JsonNode container, Map<String, Object> values, Integer row) {
    values.forEach((key, value) -> {
      if (!isDate(container, key)) {
        fill(container, key, value, row);
      }
    });
    values.forEach((key, value) -> {
      if (isDate(container, key)) {
        fill(container, key, value, row);
      }
    });
  }

  private boolean isDate(JsonNode container, String key) {
    return "datetime".equals(component(container, key).path("type").asText());
  }

  private void fill(JsonNode container, String key, Object value, Integer row) {
    JsonNode component = component(container, key);
    String id = component.path("id").asText();
    String suffix = row == null ? "" : "_" + row;
    switch (component.path("type").asText()) {
      case "textfield", "textarea", "number" -> type(input(id + suffix), String.valueOf(value));
      case "select" -> {
        browser.click(input(id + suffix + "-display"));
        String label = label(component, value);
        browser.click(browser.waitFor(By.xpath(
            "//div[contains(@class,'fjs-dropdownlist-item')][normalize-space()='" + label + "']")));
      }
      case "radio" -> {
        if (component.has("valuesKey")) {
          // options the task gives: the one whose label the caller names
          browser.click(browser.waitFor(By.xpath(radioLabels(id + suffix) + "[normalize-space()='" + label(component, value)
              + "']//input")));
        } else {
          browser.click(input(id + suffix + "-" + index(component, value)));
        }
      }
      case "checkbox" -> {
        WebElement box = input(id + suffix);
        if (box.isSelected() != Boolean.TRUE.equals(value)) {
          browser.click(box);
        }
      }
      // flatpickr reads typed dates in the browser's own format; its API takes a date
      case "datetime" -> {
        // form-js hands flatpickr its change handler only after rendering the field
        String date = id + suffix + "-date";
        browser.waitUntil(d -> Boolean.TRUE.equals(browser.script(
            "const fp = arguments[0]._flatpickr; return !!(fp && fp.config.onChange.length);", input(date))));
        browser.script(
            "const [y, m, d] = arguments[1].split('-').map(Number);"
                + "arguments[0].focus(); arguments[0]._flatpickr.setDate(new Date(y, m - 1, d), true);"
                + "arguments[0]._flatpickr.close(); arguments[0].blur();",
            input(date), String.valueOf(value));
      }
      case "dynamiclist" -> fillRows(component, (List<?>) value);
      default -> throw new IllegalArgumentException("no filler for a " + component.path("type") + " field: " + key);
    }
  }

  @SuppressWarnings("unchecked")
  private void fillRows(JsonNode list, List<?> rows) {
    String firstField = list.path("components").get(0).path("id").asText();
    for (int row = 0; row < rows.size(); row++) {
      // a row is there when its first field is (lists without add/remove have no row containers)
      By rowShown = By.cssSelector("[id$='-" + firstField + "_" + row + "']");
      if (browser.all(rowShown).isEmpty()) {
        browser.click(browser.find(By.cssSelector(".fjs-repeat-render-add")));
        browser.waitUntil(d -> !browser.all(rowShown).isEmpty());
      }
      fillAll(list, (Map<String, Object>) rows.get(row), row);
    }
  }

  private WebElement input(String idSuffix) {
    return browser.waitFor(By.cssSelector("[id$='-" + idSuffix + "']"));
  }

  private void type(WebElement input, String text) {
    browser.script("arguments[0].scrollIntoView({block: 'center'});", input);
    input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
    input.sendKeys(text);
    // form-js commits typing with a delay, and at once on blur: a later change (a date) would
    // otherwise render the field again from a state without the text
    browser.script("arguments[0].blur();", input);
  }

  /** Empties a field, as a user deleting its content. */
  public void clear(String formId, String key, Integer row) {
    WebElement input = input(field(formId, key, row).path("id").asText() + (row == null ? "" : "_" + row));
    browser.script("arguments[0].scrollIntoView({block: 'center'});", input);
    // erased key by key, as a user does, so that form-js sees the field go empty
    input.click();
    input.sendKeys(Keys.END);
    for (int i = input.getAttribute("value").length(); i > 0; i--) {
      input.sendKeys(Keys.BACK_SPACE);
    }
    browser.script("arguments[0].blur();", input);
  }

  /**
   * Types a text of several lines into a text area as a user does, a line break as Shift+Enter
   * (a plain Enter in Tasklist's start dialog submits the dialog), and sees that the field holds
   * it. A form still settling after it opened may render the field again from its state before
   * the typing; then the field is emptied and typed again, as a user would.
   */
  public void typeLines(String formId, String key, List<String> lines) {
    String text = String.join("\n", lines);
    String typed = null;
    for (int attempt = 0; attempt < 3 && !text.equals(typed); attempt++) {
      WebElement input = input(field(formId, key, null).path("id").asText());
      browser.script("arguments[0].scrollIntoView({block: 'center'});", input);
      browser.script("arguments[0].focus();", input);
      input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
      for (int i = 0; i < lines.size(); i++) {
        if (i > 0) {
          input.sendKeys(Keys.chord(Keys.SHIFT, Keys.ENTER));
        }
        input.sendKeys(lines.get(i));
      }
      browser.script("arguments[0].blur();", input);
      // what form-js holds a moment after the commit, not only what was typed
      browser.pause(Duration.ofMillis(500));
      typed = input(field(formId, key, null).path("id").asText()).getAttribute("value");
    }
    if (!text.equals(typed)) {
      throw new AssertionError("typed into " + key + ": " + typed);
    }
  }

  /** Types into a field as it is, whatever the form expects (for the validation messages). */
  public void typeInto(String formId, String key, Integer row, String text) {
    String id = field(formId, key, row).path("id").asText();
    type(input(id + (row == null ? "" : "_" + row)), text);
  }

  // ---------------------------------------------------------------- submit

  /** Clicks "Selesaikan" and waits until the engine has the task completed, or Tasklist shows why not. */
  public void complete(BooleanSupplier completed) {
    browser.click(browser.waitFor(By.cssSelector(COMPLETE)));
    waitFor(completed);
  }

  /** Clicks "Mulai" in the start dialog and waits until the engine has the instance, or Tasklist shows why not. */
  public void start(BooleanSupplier started) {
    browser.click(browser.waitFor(By.cssSelector(START)));
    waitFor(started);
  }

  /** Clicks "Selesaikan" without waiting for the engine: form-js checks every field first. */
  public void clickComplete() {
    browser.click(browser.waitFor(By.cssSelector(COMPLETE)));
  }

  /** Whether "Selesaikan" can be clicked. */
  public boolean completeEnabled() {
    return browser.waitFor(By.cssSelector(COMPLETE)).isEnabled();
  }

  private void waitFor(BooleanSupplier done) {
    browser.waitUntil(d -> done.getAsBoolean() || !errors().isEmpty() || !notifications().isEmpty());
    if (!done.getAsBoolean()) {
      throw new AssertionError("Not submitted. Field errors: " + errors() + "; notifications: " + notifications());
    }
  }

  /** The messages form-js shows under its fields. */
  public List<String> errors() {
    List<String> errors = new ArrayList<>();
    browser.all(By.cssSelector(".fjs-form-field-error li")).forEach(error -> errors.add(error.getText()));
    return errors;
  }

  /** Tasklist's error notifications (a refused submission). */
  /** Closes the error notifications, as a user does before trying again (they cover "Selesaikan"). */
  /**
   * The options a radio group or a select offers now, as the user reads them (a select by opening
   * it). The field is left as it was, but form-js then opens a select's list again only after the
   * task is opened anew.
   */
  public List<String> options(String formId, String key) {
    JsonNode component = component(form(formId), key);
    if ("radio".equals(component.path("type").asText())) {
      return browser.all(By.xpath(radioLabels(component.path("id").asText()))).stream().map(WebElement::getText).toList();
    }
    WebElement display = input(component.path("id").asText() + "-display");
    browser.click(display);
    browser.waitFor(By.cssSelector(".fjs-dropdownlist"));
    List<String> shown = browser.all(By.cssSelector(".fjs-dropdownlist-item")).stream().map(WebElement::getText).toList();
    // leaving the field closes the list, as a user's click elsewhere does
    browser.script("document.activeElement.blur();");
    browser.waitUntil(d -> browser.all(By.cssSelector(".fjs-dropdownlist")).isEmpty());
    return shown;
  }

  /** The label of the option a radio group has chosen, none when it has none. */
  public Optional<String> chosen(String formId, String key) {
    String id = component(form(formId), key).path("id").asText();
    return browser.all(By.xpath(radioLabels(id) + "[.//input[@type='radio']][contains(@class,'fjs-checked')]")).stream()
        .map(WebElement::getText).findFirst();
  }

  /** The labels of a radio group's options, each holding its radio button. */
  private static String radioLabels(String id) {
    return "//label[.//input[@type='radio' and contains(@id,'-" + id + "-')]]";
  }

  public void dismissNotifications() {
    browser.all(By.cssSelector(".notifications .alert-danger .close, [cam-notifications] .alert-danger .close"))
        // the close cross shows on hover only; the click is the same handler a user's click runs
        .forEach(close -> browser.script("arguments[0].click();", close));
    browser.waitUntil(d -> notifications().isEmpty());
  }

  public List<String> notifications() {
    List<String> shown = new ArrayList<>();
    browser.all(By.cssSelector(".notifications .alert-danger, [cam-notifications] .alert-danger"))
        .forEach(notification -> shown.add(notification.getText()));
    return shown;
  }

  // ---------------------------------------------------------------- the forms' own files

  static JsonNode form(String formId) {
    try (InputStream in = Tasklist.class.getResourceAsStream("/forms/" + formId + ".form")) {
      if (in == null) {
        throw new IllegalArgumentException("no form " + formId);
      }
      return JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A field of the form, or of its dynamic list when a row is given. */
  private static JsonNode field(String formId, String key, Integer row) {
    JsonNode form = form(formId);
    if (row == null) {
      return component(form, key);
    }
    for (JsonNode component : form.path("components")) {
      if ("dynamiclist".equals(component.path("type").asText())) {
        return component(component, key);
      }
    }
    throw new IllegalArgumentException("no dynamic list in " + formId);
  }

  private static JsonNode component(JsonNode container, String key) {
    for (JsonNode component : container.path("components")) {
      if (key.equals(component.path("key").asText()) || key.equals(component.path("path").asText())) {
        return component;
      }
    }
    throw new IllegalArgumentException("no field " + key + " in " + container.path("id").asText());
  }

  /**
   * The label of a choice's option. A choice whose options the task gives ({@code valuesExpression},
   * {@code valuesKey}) has none in the form file: the caller names the option by its label.
   */
  private static String label(JsonNode component, Object value) {
    if (component.has("valuesExpression") || component.has("valuesKey")) {
      return String.valueOf(value);
    }
    for (JsonNode option : component.path("values")) {
      if (option.path("value").asText().equals(String.valueOf(value))) {
        return option.path("label").asText();
      }
    }
    throw new IllegalArgumentException("no option " + value + " in " + component.path("key").asText());
  }

  private static int index(JsonNode component, Object value) {
    int index = 0;
    for (JsonNode option : component.path("values")) {
      if (option.path("value").asText().equals(String.valueOf(value))) {
        return index;
      }
      index++;
    }
    throw new IllegalArgumentException("no option " + value + " in " + component.path("key").asText());
  }
}
