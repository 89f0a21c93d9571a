package id.go.pemda.bandwidth.process.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FormSchemaTest {

  @Test
  void a_submission_is_checked_with_only_the_views_its_fields_expressions_read() {
    FormSchema form = FormSchema.parse(
        """
        {"id": "form-test", "components": [
          {"type": "textfield", "key": "shownLimit", "id": "Field_shownLimit", "label": "Batas", "disabled": true},
          {"type": "textfield", "key": "shownLimitText", "id": "Field_shownLimitText", "label": "Batas (teks)", "disabled": true},
          {"type": "textfield", "key": "shownSite", "id": "Field_shownSite", "label": "Titik", "disabled": true,
           "conditional": {"hide": "=shownSite = null"}},
          {"type": "textfield", "key": "shownStage", "id": "Field_shownStage", "label": "Tahap", "disabled": true},
          {"type": "number", "key": "amount", "id": "Field_amount", "label": "Jumlah",
           "validate": {"min": 0, "max": "=shownLimit"}},
          {"type": "textarea", "key": "reason", "id": "Field_reason", "label": "Alasan",
           "conditional": {"hide": "=decision != \\"REJECT\\""}},
          {"type": "dynamiclist", "path": "rows", "id": "List_rows", "label": "Baris", "components": [
            {"type": "textfield", "key": "note", "id": "Field_note", "label": "Catatan",
             "conditional": {"hide": "=shownStage = \\"DONE\\""}}
          ]}
        ]}
        """.getBytes(StandardCharsets.UTF_8));

    // shownLimit by a limit, shownStage by a row's condition; not shownLimitText (a longer name),
    // not shownSite (only a shown field's own condition reads it, and nothing submitted depends on it)
    assertThat(form.viewsTheChecksRead()).containsExactly("shownLimit", "shownStage");
  }

  @Test
  void a_choice_by_values_key_shows_its_rows_and_its_check_reads_them() {
    FormSchema form = FormSchema.parse(
        """
        {"id": "form-test", "components": [
          {"type": "textarea", "key": "viewLimit", "id": "Field_viewLimit", "label": "Batas", "disabled": true},
          {"type": "radio", "key": "decision", "id": "Field_decision", "label": "Keputusan", "valuesKey": "viewDecisions"}
        ]}
        """.getBytes(StandardCharsets.UTF_8));

    assertThat(form.input("decision").orElseThrow().valuesKey()).isEqualTo("viewDecisions");
    assertThat(form.field("viewDecisions").orElseThrow())
        .extracting(FormSchema.Field::type, FormSchema.Field::isInput)
        .containsExactly("options", false);
    assertThat(form.viewsTheChecksRead()).containsExactly("viewDecisions");
  }

  @Test
  void a_choice_takes_its_rows_from_one_source_under_a_key_of_their_own() {
    String both = """
        {"id": "form-test", "components": [
          {"type": "select", "key": "decision", "id": "Field_decision", "valuesKey": "viewDecisions",
           "valuesExpression": "=viewDecisions[item.open]"}
        ]}
        """;
    String repeated = """
        {"id": "form-test", "components": [
          {"type": "textfield", "key": "viewDecisions", "id": "Field_viewDecisions", "disabled": true},
          {"type": "select", "key": "decision", "id": "Field_decision", "valuesKey": "viewDecisions"}
        ]}
        """;
    for (String form : new String[] {both, repeated}) {
      assertThatThrownBy(() -> FormSchema.parse(form.getBytes(StandardCharsets.UTF_8)))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("Field_decision need rows of their own");
    }
  }
}
