package id.go.pemda.bandwidth.process.form;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.pemda.bandwidth.shared.FieldError;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The limits a form checks in the browser are the server's: for every input of every form file,
 * each rule (required, min, max, minLength, maxLength, pattern, options, whole numbers) lets the
 * boundary value through and refuses the value one past it, on the server.
 */
class FormLimitsTest {

  private static final Pattern SHOWN_WHEN = Pattern.compile("^=(\\w+) != \"(\\w+)\"$");
  private static final Pattern HIDDEN_WHEN = Pattern.compile("^=(\\w+) = \"(\\w+)\"$");
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2027-01-02T02:00:00Z"), ZoneId.of("Asia/Makassar"));

  private final SubmissionCheck check = new SubmissionCheck(new Feel(CLOCK));

  @TestFactory
  Stream<DynamicTest> every_rule_of_every_form_holds_on_the_server() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of("forms"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".form")).sorted().toList()) {
        FormSchema form = FormSchema.parse(Files.readAllBytes(file));
        for (FormSchema.Field field : form.inputs()) {
          if (field.isList()) {
            tests.add(DynamicTest.dynamicTest(form.id() + " " + field.key() + " list required",
                () -> assertRefused(form, null, field, null, "daftar wajib dikirim")));
            for (FormSchema.Field item : field.itemInputs()) {
              tests.addAll(rulesOf(form, item, field));
            }
          } else {
            tests.addAll(rulesOf(form, field, null));
          }
        }
      }
    }
    assertThat(tests).hasSizeGreaterThan(60);
    return tests.stream();
  }

  /** The tests of one field; {@code list} is the dynamic list whose row holds it, or null. */
  private List<DynamicTest> rulesOf(FormSchema form, FormSchema.Field field, FormSchema.Field list) {
    String name = form.id() + " " + (list == null ? "" : list.key() + ".") + field.key() + " ";
    FormSchema.Validation rules = field.validate();
    List<DynamicTest> tests = new ArrayList<>();
    if (rules.required()) {
      tests.add(DynamicTest.dynamicTest(name + "required", () -> assertRefused(form, list, field, null, "wajib diisi")));
    } else {
      tests.add(DynamicTest.dynamicTest(name + "optional", () -> assertAccepted(form, list, field, null)));
    }
    if (rules.min() != null) {
      BigDecimal min = limit(rules.min());
      tests.add(DynamicTest.dynamicTest(name + "min " + min, () -> {
        assertAccepted(form, list, field, min.longValueExact());
        assertRefused(form, list, field, min.longValueExact() - 1, "harus antara");
      }));
    }
    if (rules.max() != null) {
      BigDecimal max = limit(rules.max());
      tests.add(DynamicTest.dynamicTest(name + "max " + max, () -> {
        assertAccepted(form, list, field, max.longValueExact());
        assertRefused(form, list, field, max.longValueExact() + 1, "harus antara");
      }));
    }
    if (Integer.valueOf(0).equals(field.decimalDigits())) {
      tests.add(DynamicTest.dynamicTest(name + "whole number", () ->
          assertRefused(form, list, field, limitOr(rules.min(), BigDecimal.ONE).add(new BigDecimal("0.5")), "bilangan bulat")));
    }
    if (rules.maxLength() != null) {
      tests.add(DynamicTest.dynamicTest(name + "maxLength " + rules.maxLength(), () -> {
        if (rules.pattern() == null) {
          assertAccepted(form, list, field, "x".repeat(rules.maxLength()));
        }
        assertRefused(form, list, field, "x".repeat(rules.maxLength() + 1), "maksimal " + rules.maxLength() + " karakter");
      }));
    }
    if (rules.pattern() != null) {
      tests.add(DynamicTest.dynamicTest(name + "pattern", () -> {
        assertAccepted(form, list, field, example(field));
        assertRefused(form, list, field, "?!", "format tidak sesuai");
      }));
    }
    if (!field.values().isEmpty()) {
      tests.add(DynamicTest.dynamicTest(name + "options", () -> {
        for (String option : field.values()) {
          assertAccepted(form, list, field, option);
        }
        assertRefused(form, list, field, "BUKAN_PILIHAN", "tidak dikenal");
      }));
    }
    if (field.valuesKey() != null) {
      // options the task gives: the values of the rows it was opened with, nothing else
      tests.add(DynamicTest.dynamicTest(name + "options of the task", () -> {
        Map<String, Object> rows = Map.of(field.valuesKey(), List.of(Map.of("label", "Ditawarkan", "value", "OFFERED")));
        assertThat(errorsFor(form, list, field, "OFFERED", rows)).isEmpty();
        assertThat(errorsFor(form, list, field, "BUKAN_PILIHAN", rows)).singleElement()
            .satisfies(error -> assertThat(error.message()).contains("tidak dikenal"));
      }));
    }
    if (List.of("textfield", "textarea").contains(field.type())) {
      tests.add(DynamicTest.dynamicTest(name + "control characters", () -> {
        assertRefused(form, list, field, "a\u0000b", "NUL");
        assertRefused(form, list, field, "a\u202Eb", "pengarah teks");
      }));
    }
    return tests;
  }

  private void assertAccepted(FormSchema form, FormSchema.Field list, FormSchema.Field field, Object value) {
    assertThat(errorsFor(form, list, field, value)).as("%s = %s", field.key(), value).isEmpty();
  }

  private void assertRefused(
      FormSchema form, FormSchema.Field list, FormSchema.Field field, Object value, String message) {
    assertThat(errorsFor(form, list, field, value)).as("%s = %s", field.key(), value)
        .singleElement()
        .satisfies(error -> assertThat(error.message()).contains(message));
  }

  /**
   * The problems the server finds with this one field, the field shown as the browser would show
   * it; a field of a list is sent in the list's one row.
   */
  private List<FieldError> errorsFor(FormSchema form, FormSchema.Field list, FormSchema.Field field, Object value) {
    return errorsFor(form, list, field, value, Map.of());
  }

  /** {@link #errorsFor}, the task opened with these values shown. */
  private List<FieldError> errorsFor(
      FormSchema form, FormSchema.Field list, FormSchema.Field field, Object value, Map<String, Object> shown) {
    Map<String, Object> submitted = new HashMap<>();
    Map<String, Object> row = new HashMap<>();
    Map<String, Object> visible = new HashMap<>(shown);
    if (list != null) {
      show(form, list, submitted, visible);
      show(form, field, row, visible);
      row.put(field.key(), value);
      submitted.put(list.key(), List.of(row));
    } else {
      show(form, field, submitted, visible);
      submitted.put(field.key(), value);
    }
    return check.check(form, submitted, visible).stream()
        .filter(error -> error.field().endsWith("(" + field.key() + ")"))
        .toList();
  }

  /**
   * Sets the variable a field's hide condition reads so that the field is shown: a choice of the
   * form, or a value the task shows (such as the Pemda's kind of village).
   */
  private static void show(FormSchema form, FormSchema.Field field, Map<String, Object> submitted, Map<String, Object> visible) {
    if (field.hide() == null) {
      return;
    }
    Matcher shownWhenEqual = SHOWN_WHEN.matcher(field.hide());
    Matcher hiddenWhenEqual = HIDDEN_WHEN.matcher(field.hide());
    if (shownWhenEqual.matches()) {
      submitted.put(shownWhenEqual.group(1), shownWhenEqual.group(2));
    } else {
      assertThat(hiddenWhenEqual.matches()).as("hide condition of %s", field.key()).isTrue();
      String decision = hiddenWhenEqual.group(1);
      if (form.input(decision).isEmpty()) {
        visible.put(decision, "not " + hiddenWhenEqual.group(2));
        return;
      }
      String other = form.inputs().stream()
          .filter(input -> input.key().equals(decision))
          .flatMap(input -> input.values().stream())
          .filter(option -> !option.equals(hiddenWhenEqual.group(2)))
          .findFirst().orElseThrow();
      submitted.put(decision, other);
    }
  }

  private BigDecimal limit(String limit) {
    Object value = Feel.isExpression(limit) ? new Feel(CLOCK).evaluate(limit, Map.of()) : limit;
    return new BigDecimal(value.toString());
  }

  private BigDecimal limitOr(String limit, BigDecimal otherwise) {
    return limit == null ? otherwise : limit(limit);
  }

  private static String example(FormSchema.Field field) {
    return switch (field.key()) {
      case "contactPhone" -> "081234567890";
      case "quietPeriod" -> "P30D";
      case "opdCode" -> "DISDUKCAPIL";
      default -> throw new IllegalStateException("No example for the pattern of " + field.key());
    };
  }
}
