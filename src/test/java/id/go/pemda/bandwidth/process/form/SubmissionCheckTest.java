package id.go.pemda.bandwidth.process.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.pemda.bandwidth.shared.FieldError;
import id.go.pemda.bandwidth.shared.SafeText;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.Spin;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.Test;

class SubmissionCheckTest {

  private static final FormSchema FORM =
      FormSchema.parse(
          """
          {"id": "form-test", "components": [
            {"type": "textfield", "key": "viewName", "id": "Field_viewName", "label": "OPD", "disabled": true},
            {"type": "radio", "key": "decision", "id": "Field_decision", "label": "Keputusan",
             "values": [{"label": "Setuju", "value": "APPROVE"}, {"label": "Tolak", "value": "REJECT"}],
             "validate": {"required": true}},
            {"type": "textarea", "key": "reason", "id": "Field_reason", "label": "Alasan",
             "conditional": {"hide": "=decision != \\"REJECT\\""}, "validate": {"required": true, "maxLength": 10}},
            {"type": "number", "key": "amount", "id": "Field_amount", "label": "Jumlah", "decimalDigits": 0,
             "validate": {"min": 0, "max": "=today().year"}},
            {"type": "datetime", "subtype": "date", "key": "due", "id": "Field_due", "dateLabel": "Tenggat"},
            {"type": "group", "id": "Group_1", "components": [
              {"type": "textfield", "key": "name", "id": "Field_name", "label": "Nama", "validate": {"maxLength": 5}}
            ]}
          ]}
          """.getBytes(StandardCharsets.UTF_8));

  private final SubmissionCheck check =
      new SubmissionCheck(new Feel(Clock.fixed(Instant.parse("2027-06-01T00:00:00Z"), ZoneId.of("Asia/Makassar"))));

  @Test
  void keys_the_form_does_not_have_are_named_and_nothing_else_is_checked() {
    assertThat(check.check(FORM, Map.of("decision", "APPROVE", "opdGroup", "sekda", "viewName", "X"), Map.of()))
        .extracting(FieldError::field)
        .containsExactlyInAnyOrder("opdGroup", "viewName");
  }

  @Test
  void a_valid_submission_passes_with_fields_in_groups_and_typed_values() {
    Map<String, Object> submitted = new HashMap<>();
    submitted.put("decision", Variables.stringValue("REJECT"));
    submitted.put("reason", "mahal");
    submitted.put("amount", Variables.longValue(2027L));
    submitted.put("due", "2027-12-31");
    submitted.put("name", "Rina");
    assertThat(check.check(FORM, submitted, Map.of())).isEmpty();
  }

  @Test
  void a_hidden_field_is_neither_required_nor_accepted() {
    assertThat(check.check(FORM, Map.of("decision", "APPROVE"), Map.of())).isEmpty();
    assertThat(check.check(FORM, Map.of("decision", "APPROVE", "reason", "x"), Map.of()))
        .singleElement().satisfies(error -> assertThat(error.message()).contains("tidak berlaku"));
    assertThat(check.check(FORM, Map.of("decision", "REJECT"), Map.of()))
        .singleElement().satisfies(error -> assertThat(error.toString()).isEqualTo("Alasan (reason): wajib diisi"));
  }

  @Test
  void values_of_the_wrong_type_are_refused_without_reading_them() {
    Map<String, Object> submitted = new HashMap<>();
    submitted.put("decision", 1);
    submitted.put("amount", "12");
    submitted.put("due", Variables.dateValue(new java.util.Date()));
    submitted.put("name", Variables.serializedObjectValue("rO0AB").serializationDataFormat("application/x-java-serialized-object").create());
    assertThat(check.check(FORM, submitted, Map.of())).extracting(FieldError::toString)
        .containsExactlyInAnyOrder(
            "Keputusan (decision): harus berupa teks, salah satu dari APPROVE, REJECT",
            // a decision that is no option shows the reason, as the browser would
            "Alasan (reason): wajib diisi",
            "Jumlah (amount): harus berupa angka",
            "Tenggat (due): jenis nilai date tidak diterima",
            "Nama (name): jenis nilai object tidak diterima");
  }

  @Test
  void numbers_keep_the_forms_limits_including_expressions_and_not_a_number() {
    assertThat(check.check(FORM, Map.of("decision", "APPROVE", "amount", 2028), Map.of()))
        .extracting(FieldError::message).containsExactly("harus antara 0 dan 2027");
    assertThat(check.check(FORM, Map.of("decision", "APPROVE", "amount", Double.NaN), Map.of()))
        .extracting(FieldError::message).containsExactly("harus berupa angka");
    assertThat(check.check(FORM, Map.of("decision", "APPROVE", "amount", new java.math.BigInteger("9".repeat(30))), Map.of()))
        .extracting(FieldError::message).containsExactly("harus antara 0 dan 2027");
  }

  @Test
  void a_list_is_read_as_rows_whether_a_typed_json_value_or_the_spin_node_the_rest_api_hands_over() {
    FormSchema form =
        FormSchema.parse(
            """
            {"id": "form-list", "components": [
              {"type": "dynamiclist", "path": "sites", "id": "List_sites", "label": "Titik", "components": [
                {"type": "number", "key": "mbps", "id": "Field_mbps", "label": "Mbps", "validate": {"required": true, "max": 10}}
              ]}
            ]}
            """.getBytes(StandardCharsets.UTF_8));
    String rows = "[{\"mbps\": 5}, {\"mbps\": 50}]";

    for (Object submitted : List.of(SpinValues.jsonValue(rows).create(), Spin.JSON(rows))) {
      assertThat(check.check(form, Map.of("sites", submitted), Map.of()))
          .extracting(FieldError::toString)
          .containsExactly("Titik baris 2 — Mbps (mbps): maksimal 10");
    }
  }

  @Test
  void a_choice_by_values_key_allows_only_the_values_of_the_rows_the_task_was_opened_with() {
    FormSchema form =
        FormSchema.parse(
            """
            {"id": "form-choice", "components": [
              {"type": "radio", "key": "decision", "id": "Field_decision", "label": "Keputusan",
               "valuesKey": "viewDecisions", "validate": {"required": true}}
            ]}
            """.getBytes(StandardCharsets.UTF_8));
    String rows = "[{\"label\": \"Potong\", \"value\": \"CUT\"}]";

    // the rows as the engine hands them over (a Spin node), or as plain rows
    for (Object shown : List.of(Spin.JSON(rows), List.of(Map.of("label", "Potong", "value", "CUT")))) {
      Map<String, Object> visible = Map.of("viewDecisions", shown);
      assertThat(check.check(form, Map.of("decision", "CUT"), visible)).isEmpty();
      assertThat(check.check(form, Map.of("decision", "EXTEND"), visible))
          .extracting(FieldError::toString)
          .containsExactly("Keputusan (decision): nilai 'EXTEND' tidak dikenal; pilih salah satu dari CUT");
    }
    // no rows shown, no choice
    assertThat(check.check(form, Map.of("decision", "CUT"), Map.of()))
        .extracting(FieldError::message).containsExactly("belum ada pilihan yang berlaku; lihat keterangan formulir");
    // the rows are the server's: a client does not send them
    assertThat(check.check(form, Map.of("decision", "CUT", "viewDecisions", rows), Map.of()))
        .extracting(FieldError::field).containsExactly("viewDecisions");
  }

  @Test
  void text_may_not_carry_control_or_direction_characters_but_a_text_area_keeps_its_lines() {
    assertThat(SafeText.unsafeCharacter("a\u0000", false)).isEqualTo("NUL");
    assertThat(SafeText.unsafeCharacter("a\u0007", false)).isEqualTo("kontrol U+0007");
    assertThat(SafeText.unsafeCharacter("a\u202Eb", true)).isEqualTo("pengarah teks U+202E");
    assertThat(SafeText.unsafeCharacter("a\uD800", true)).isEqualTo("surrogate tunggal");
    assertThat(SafeText.unsafeCharacter("baris 1\nbaris 2\tdan emoji 😀", true)).isNull();
    assertThat(SafeText.unsafeCharacter("baris 1\nbaris 2", false)).isEqualTo("kontrol U+000A");
  }

  @Test
  void a_form_with_a_repeated_id_or_key_is_refused_as_tasklist_refuses_it() {
    byte[] repeated =
        """
        {"id": "f", "components": [
          {"type": "textfield", "key": "a", "id": "Field_a"}, {"type": "textfield", "key": "b", "id": "Field_a"}]}
        """.getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> FormSchema.parse(repeated)).hasMessageContaining("repeats the component id Field_a");
    List<FormSchema.Field> inputs = FORM.inputs();
    assertThat(inputs).extracting(FormSchema.Field::key).containsExactly("decision", "reason", "amount", "due", "name");
  }
}
