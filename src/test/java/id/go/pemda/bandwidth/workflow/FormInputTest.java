package id.go.pemda.bandwidth.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FormInputTest {

  private static final FormField NAME = FormField.of("name", "Nama");
  private static final FormField STAFF = FormField.of("staffCount", "Jumlah pegawai");
  private static final FormField COST = FormField.of("monthlyCost", "Biaya bulanan");
  private static final FormField DATE = FormField.of("installedOn", "Tanggal pemasangan");
  private static final FormField QUIET = FormField.of("quietPeriod", "Masa tenang");
  private static final FormField DECISION = FormField.of("decision", "Keputusan");
  private static final FormField REASON = FormField.of("reason", "Alasan");
  private static final BigDecimal MAX_COST = new BigDecimal("1000000000");

  private enum Decision { APPROVE, DEFER }

  private final Map<String, Object> variables = new HashMap<>();
  private FormInput input;

  @BeforeEach
  void read_from_a_map_backed_scope() {
    VariableScope scope = mock(VariableScope.class);
    when(scope.getVariable(anyString())).thenAnswer(call -> variables.get(call.<String>getArgument(0)));
    doAnswer(call -> variables.remove(call.<String>getArgument(0))).when(scope).removeVariable(anyString());
    input = FormInput.of(scope);
  }

  @Test
  void required_text_is_stripped() {
    variables.put("name", "  Dinas Kesehatan ");

    assertThat(input.requiredText(NAME)).isEqualTo("Dinas Kesehatan");
    assertThat(input.isValid()).isTrue();
  }

  @Test
  void missing_required_text_is_rejected() {
    assertThat(input.requiredText(NAME)).isNull();

    assertThat(errors()).containsExactly(new FieldError("Nama (name)", "wajib diisi"));
  }

  @Test
  void blank_required_text_is_rejected() {
    variables.put("name", "   ");

    assertThat(input.requiredText(NAME)).isNull();

    assertThat(errors()).containsExactly(new FieldError("Nama (name)", "wajib diisi"));
  }

  @Test
  void too_long_text_is_rejected_with_its_length() {
    variables.put("name", "abcdef");

    assertThat(input.requiredText(NAME, 5)).isNull();

    assertThat(errors()).containsExactly(new FieldError("Nama (name)", "maksimal 5 karakter (terisi 6)"));
  }

  @Test
  void text_field_given_a_number_is_rejected() {
    variables.put("name", 42);

    assertThat(input.requiredText(NAME)).isNull();

    assertThat(errors()).containsExactly(new FieldError("Nama (name)", "harus berupa teks"));
  }

  @Test
  void missing_optional_text_is_accepted_as_null() {
    assertThat(input.optionalText(NAME, 10)).isNull();
    assertThat(input.isValid()).isTrue();
  }

  @Test
  void whole_number_is_read_from_integer_long_double_and_digits() {
    variables.put("a", 3);
    variables.put("b", 4L);
    variables.put("c", 5.0);
    variables.put("d", "7");
    variables.put("e", " 8 ");

    assertThat(input.requiredWholeNumber(FormField.of("a", "A"), 0, 10)).isEqualTo(3L);
    assertThat(input.requiredWholeNumber(FormField.of("b", "B"), 0, 10)).isEqualTo(4L);
    assertThat(input.requiredWholeNumber(FormField.of("c", "C"), 0, 10)).isEqualTo(5L);
    assertThat(input.requiredWholeNumber(FormField.of("d", "D"), 0, 10)).isEqualTo(7L);
    assertThat(input.requiredWholeNumber(FormField.of("e", "E"), 0, 10)).isEqualTo(8L);
    assertThat(input.isValid()).isTrue();
  }

  @Test
  void whole_number_given_letters_names_the_field_and_asks_for_a_number() {
    variables.put("staffCount", "abc");

    assertThat(input.requiredWholeNumber(STAFF, 0, 10_000)).isNull();

    assertThat(errors()).singleElement().satisfies(error -> {
      assertThat(error.field()).isEqualTo("Jumlah pegawai (staffCount)");
      assertThat(error.message()).contains("harus berupa angka").contains("'abc'");
    });
  }

  @Test
  void whole_number_given_a_fraction_is_rejected() {
    variables.put("staffCount", 5.5);

    assertThat(input.requiredWholeNumber(STAFF, 0, 10_000)).isNull();

    assertThat(errors()).containsExactly(new FieldError("Jumlah pegawai (staffCount)", "harus bilangan bulat"));
  }

  @Test
  void missing_whole_number_is_rejected() {
    variables.put("staffCount", " ");

    assertThat(input.requiredWholeNumber(STAFF, 0, 10_000)).isNull();

    assertThat(errors()).containsExactly(new FieldError("Jumlah pegawai (staffCount)", "wajib diisi"));
  }

  @ParameterizedTest(name = "{0} is outside 1..100")
  @ValueSource(strings = {"0", "101", "-1"})
  void whole_number_outside_the_range_is_rejected(String value) {
    variables.put("staffCount", value);

    assertThat(input.requiredWholeNumber(STAFF, 1, 100)).isNull();

    assertThat(errors()).containsExactly(new FieldError("Jumlah pegawai (staffCount)", "harus antara 1 dan 100"));
  }

  @ParameterizedTest(name = "{0} is inside 1..100")
  @ValueSource(strings = {"1", "100"})
  void whole_number_on_the_range_bounds_is_accepted(String value) {
    variables.put("staffCount", value);

    assertThat(input.requiredWholeNumber(STAFF, 1, 100)).isEqualTo(Long.parseLong(value));
    assertThat(input.isValid()).isTrue();
  }

  @Test
  void rupiah_is_read_as_whole_amount() {
    variables.put("monthlyCost", "1250000.00");

    assertThat(input.requiredRupiah(COST, MAX_COST)).isEqualTo(new BigDecimal("1250000"));
    assertThat(input.isValid()).isTrue();
  }

  @Test
  void negative_rupiah_is_rejected() {
    variables.put("monthlyCost", -1);

    assertThat(input.requiredRupiah(COST, MAX_COST)).isNull();

    assertThat(errors())
        .containsExactly(new FieldError("Biaya bulanan (monthlyCost)", "harus antara 0 dan Rp 1.000.000.000"));
  }

  @Test
  void rupiah_above_the_maximum_is_rejected() {
    variables.put("monthlyCost", "1000000001");

    assertThat(input.requiredRupiah(COST, MAX_COST)).isNull();

    assertThat(errors())
        .containsExactly(new FieldError("Biaya bulanan (monthlyCost)", "harus antara 0 dan Rp 1.000.000.000"));
  }

  @Test
  void rupiah_with_sen_is_rejected() {
    variables.put("monthlyCost", "1250000.50");

    assertThat(input.requiredRupiah(COST, MAX_COST)).isNull();

    assertThat(errors())
        .containsExactly(new FieldError("Biaya bulanan (monthlyCost)", "rupiah harus bilangan bulat tanpa sen"));
  }

  @Test
  void date_is_read_from_iso_date() {
    variables.put("installedOn", "2026-12-31");

    assertThat(input.requiredDate(DATE)).isEqualTo(LocalDate.of(2026, 12, 31));
    assertThat(input.isValid()).isTrue();
  }

  @Test
  void date_is_cut_from_a_timestamp() {
    variables.put("installedOn", "2026-12-31T00:00:00");

    assertThat(input.requiredDate(DATE)).isEqualTo(LocalDate.of(2026, 12, 31));
    assertThat(input.isValid()).isTrue();
  }

  @Test
  void date_in_day_month_year_order_is_rejected() {
    variables.put("installedOn", "31/12/2026");

    assertThat(input.requiredDate(DATE)).isNull();

    assertThat(errors()).singleElement().satisfies(error -> {
      assertThat(error.field()).isEqualTo("Tanggal pemasangan (installedOn)");
      assertThat(error.message()).contains("TTTT-BB-HH");
    });
  }

  @ParameterizedTest(name = "{0} is accepted")
  @ValueSource(strings = {"P30D", "PT10M"})
  void iso_duration_is_accepted(String value) {
    variables.put("quietPeriod", value);

    assertThat(input.requiredDuration(QUIET, Duration.ofMinutes(1), Duration.ofDays(365)))
        .isEqualTo(Duration.parse(value));
    assertThat(input.isValid()).isTrue();
  }

  @Test
  void duration_in_words_is_rejected() {
    variables.put("quietPeriod", "30 hari");

    assertThat(input.requiredDuration(QUIET, Duration.ofMinutes(1), Duration.ofDays(365))).isNull();

    assertThat(errors()).singleElement().satisfies(error -> {
      assertThat(error.field()).isEqualTo("Masa tenang (quietPeriod)");
      assertThat(error.message()).contains("ISO-8601").contains("P30D");
    });
  }

  @ParameterizedTest(name = "{0} is outside PT1M..P365D")
  @ValueSource(strings = {"PT30S", "P366D", "-P1D"})
  void duration_outside_the_range_is_rejected(String value) {
    variables.put("quietPeriod", value);

    assertThat(input.requiredDuration(QUIET, Duration.ofMinutes(1), Duration.ofDays(365))).isNull();

    assertThat(errors()).singleElement().satisfies(error -> {
      assertThat(error.field()).isEqualTo("Masa tenang (quietPeriod)");
      assertThat(error.message()).startsWith("harus antara");
    });
  }

  @Test
  void known_choice_is_read_as_enum() {
    variables.put("decision", "DEFER");

    assertThat(input.requiredChoice(DECISION, Decision.class)).isEqualTo(Decision.DEFER);
    assertThat(input.isValid()).isTrue();
  }

  @Test
  void unknown_choice_lists_the_allowed_values() {
    variables.put("decision", "MAYBE");

    assertThat(input.requiredChoice(DECISION, Decision.class)).isNull();

    assertThat(errors())
        .containsExactly(
            new FieldError(
                "Keputusan (decision)", "nilai 'MAYBE' tidak dikenal; pilih salah satu dari APPROVE, DEFER"));
  }

  @Test
  void every_error_is_reported_together() {
    variables.put("staffCount", "abc");
    variables.put("monthlyCost", "-5");
    variables.put("quietPeriod", "30 hari");

    input.requiredText(NAME);
    input.requiredWholeNumber(STAFF, 0, 10_000);
    input.requiredRupiah(COST, MAX_COST);
    input.requiredDuration(QUIET, Duration.ofMinutes(1), Duration.ofDays(365));

    assertThatThrownBy(input::throwIfInvalid)
        .isInstanceOfSatisfying(FormInputException.class, e -> assertThat(e.errors()).hasSize(4))
        .hasMessageStartingWith("Isian formulir belum benar: ")
        .hasMessageContaining("(name)")
        .hasMessageContaining("(staffCount)")
        .hasMessageContaining("(monthlyCost)")
        .hasMessageContaining("(quietPeriod)");
  }

  @Test
  void valid_input_does_not_throw() {
    variables.put("name", "Dinas Kesehatan");

    input.requiredText(NAME);
    input.throwIfInvalid();

    assertThat(input.isValid()).isTrue();
  }

  @Test
  void consume_removes_exactly_the_keys_that_were_read() {
    variables.put("name", "Dinas Kesehatan");
    variables.put("staffCount", 12);
    variables.put("opdId", 7L);

    input.requiredText(NAME);
    input.requiredWholeNumber(STAFF, 0, 10_000);
    input.optionalText(REASON, 100);
    input.consume();

    assertThat(variables).containsOnlyKeys("opdId");
  }

  @Test
  void reason_is_required_when_the_decision_needs_one() {
    assertThat(input.reasonWhen(true, REASON)).isNull();

    assertThat(errors()).containsExactly(new FieldError("Alasan (reason)", "wajib diisi"));
  }

  @Test
  void reason_is_optional_otherwise() {
    assertThat(input.reasonWhen(false, REASON)).isNull();
    assertThat(input.isValid()).isTrue();
  }

  private List<FieldError> errors() {
    try {
      input.throwIfInvalid();
    } catch (FormInputException e) {
      return e.errors();
    }
    return List.of();
  }
}
