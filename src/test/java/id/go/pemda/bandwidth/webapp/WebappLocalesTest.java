package id.go.pemda.bandwidth.webapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Our Indonesian locale files and config.js overrides for Camunda's Tasklist, Cockpit, Admin and
 * Welcome webapps (src/main/resources/META-INF/resources/webjars/camunda/app/...) shadow files of
 * the camunda-webapp-webjar at the same classpath path. This checks them against the webjar on
 * the test classpath, so a Camunda upgrade that adds or renames labels fails here instead of
 * showing raw label keys in the UI.
 */
class WebappLocalesTest {

  private static final String APP_PATH = "META-INF/resources/webjars/camunda/app/";
  private static final Path OVERRIDES = Path.of("src/main/resources").resolve(APP_PATH);
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(.*?)\\}\\}", Pattern.DOTALL);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String PLURAL_SUFFIX = "s";

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"tasklist", "admin", "welcome", "cockpit"})
  void indonesian_locale_has_every_english_key_translated(String app) throws IOException {
    JsonNode english = JSON.readTree(stripBom(readWebjar(app + "/locales/en.json")));

    Path idFile = OVERRIDES.resolve(app + "/locales/id.json");
    if (!Files.isRegularFile(idFile)) {
      fail(app + " id.json missing (expected at " + idFile.toAbsolutePath() + ")");
    }
    String idText = Files.readString(idFile, StandardCharsets.UTF_8);
    assertThat(idText).as(app + " id.json must be UTF-8 without BOM").doesNotStartWith("\uFEFF");
    JsonNode indonesian = JSON.readTree(idText);

    List<String> problems = new ArrayList<>();
    compare("", english, indonesian, problems);
    assertThat(problems).as(app + " id.json vs webjar en.json").isEmpty();
    assertThat(indonesian.path("labels").size()).isEqualTo(english.path("labels").size());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"tasklist", "admin", "welcome", "cockpit"})
  void config_override_makes_indonesian_the_default(String app) throws IOException {
    Path config = OVERRIDES.resolve(app + "/scripts/config.js");
    assertThat(config).as(app + " config.js override").isRegularFile();
    String js = Files.readString(config, StandardCharsets.UTF_8);

    assertThat(js).contains("export default {");
    assertThat(js)
        .as("availableLocales lists 'id' first")
        .containsPattern("availableLocales\\s*:\\s*\\[\\s*'id'");
    assertThat(js).as("fallbackLocale is 'id'").containsPattern("fallbackLocale\\s*:\\s*'id'");
    assertThat(js)
        .as("English stays reachable via ?lang=en")
        .containsPattern("availableLocales\\s*:\\s*\\[\\s*'en'")
        .contains("lang=(id|en)");
  }

  @Test
  void tasklist_override_keeps_the_keyboard_shortcuts() throws IOException {
    String js = Files.readString(OVERRIDES.resolve("tasklist/scripts/config.js"));
    String original = readWebjar("tasklist/scripts/config.js");

    for (String shortcut :
        List.of("claimTask", "focusFilter", "focusList", "focusForm", "startProcess")) {
      assertThat(original).containsPattern("\\b" + shortcut + "\\s*:\\s*\\{");
      Matcher ours =
          Pattern.compile("\\b" + shortcut + "\\s*:\\s*\\{\\s*key\\s*:\\s*'([^']+)'").matcher(js);
      Matcher theirs =
          Pattern.compile("\\b" + shortcut + "\\s*:\\s*\\{\\s*key\\s*:\\s*'([^']+)'")
              .matcher(original);
      assertThat(ours.find()).as("shortcut " + shortcut + " defined").isTrue();
      assertThat(theirs.find()).isTrue();
      assertThat(ours.group(1)).as("key of " + shortcut).isEqualTo(theirs.group(1));
    }
  }

  private static void compare(String path, JsonNode en, JsonNode id, List<String> problems) {
    String where = path.isEmpty() ? "(root)" : path.substring(0, path.length() - 1);
    if (id == null || id.isMissingNode()) {
      problems.add(where + ": missing");
      return;
    }
    if (en.getNodeType() != id.getNodeType() || en.isInt() != id.isInt()) {
      problems.add(where + ": type " + id.getNodeType() + ", expected " + en.getNodeType());
      return;
    }
    if (en.isObject()) {
      List<String> enKeys = new ArrayList<>();
      en.fieldNames().forEachRemaining(enKeys::add);
      List<String> idKeys = new ArrayList<>();
      id.fieldNames().forEachRemaining(idKeys::add);
      for (String key : idKeys) {
        if (!en.has(key)) {
          problems.add(path + key + ": not in en.json");
        }
      }
      for (String key : enKeys) {
        compare(path + key + ".", en.get(key), id.get(key), problems);
      }
    } else if (en.isArray()) {
      if (en.size() != id.size()) {
        problems.add(where + ": " + id.size() + " entries, expected " + en.size());
        return;
      }
      for (int i = 0; i < en.size(); i++) {
        compare(path + i + ".", en.get(i), id.get(i), problems);
      }
    } else if (en.isTextual()) {
      // Indonesian has no plural suffix, so labels whose English text is only the suffix "s"
      // (cockpit's PLGN_*_S) may legitimately be empty; everything else must be translated.
      if (id.asText().isBlank() && !PLURAL_SUFFIX.equals(en.asText())) {
        problems.add(where + ": blank");
      }
      Map<String, Integer> enPlaceholders = placeholders(en.asText());
      Map<String, Integer> idPlaceholders = placeholders(id.asText());
      if (!enPlaceholders.equals(idPlaceholders)) {
        problems.add(where + ": placeholders " + idPlaceholders + ", expected " + enPlaceholders);
      }
    }
  }

  private static Map<String, Integer> placeholders(String text) {
    Map<String, Integer> counts = new TreeMap<>();
    Matcher m = PLACEHOLDER.matcher(text);
    while (m.find()) {
      counts.merge(m.group(1).replaceAll("\\s+", ""), 1, Integer::sum);
    }
    return counts;
  }

  /** The webjar's copy: our own file sits at the same classpath path, so skip that one. */
  private static String readWebjar(String relative) throws IOException {
    String resource = APP_PATH + relative;
    for (URL url : Collections.list(getClassLoader().getResources(resource))) {
      if (url.toString().contains("camunda-webapp-webjar")) {
        try (InputStream in = url.openStream()) {
          return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
      }
    }
    return fail("camunda-webapp-webjar's " + resource + " is not on the test classpath");
  }

  private static ClassLoader getClassLoader() {
    return WebappLocalesTest.class.getClassLoader();
  }

  private static String stripBom(String text) {
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }
}
