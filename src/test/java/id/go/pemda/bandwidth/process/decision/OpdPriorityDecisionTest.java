package id.go.pemda.bandwidth.process.decision;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.pemda.bandwidth.support.DecisionTable;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OpdPriorityDecisionTest {

  private static final DecisionTable TABLE = DecisionTable.load("bpmn/opd-priority.dmn", OpdPriorityTable.DECISION_KEY);

  @ParameterizedTest(name = "frontline {0} → 1")
  @CsvSource({"RSUD", "DINAS", "BADAN"})
  void frontline_large_unit_comes_first(String opdType) {
    assertThat(priorityOf(true, opdType)).isEqualTo(1);
  }

  @ParameterizedTest(name = "frontline {0} → 2")
  @CsvSource({"KECAMATAN", "SEKRETARIAT", "INSPEKTORAT", "SATPOL_PP"})
  void frontline_other_unit_comes_second(String opdType) {
    assertThat(priorityOf(true, opdType)).isEqualTo(2);
  }

  @ParameterizedTest(name = "back-office {0} → 3")
  @CsvSource({"SEKRETARIAT", "DINAS", "BADAN", "INSPEKTORAT"})
  void back_office_large_unit_comes_third(String opdType) {
    assertThat(priorityOf(false, opdType)).isEqualTo(3);
  }

  @ParameterizedTest(name = "back-office {0} → 4")
  @CsvSource({"SATPOL_PP", "KECAMATAN", "RSUD"})
  void other_back_office_unit_comes_last(String opdType) {
    assertThat(priorityOf(false, opdType)).isEqualTo(4);
  }

  @Test
  void first_hit_gives_frontline_rsud_class_1_although_the_catch_all_also_matches() {
    DmnDecisionTableResult result = evaluate(true, "RSUD");

    assertThat(result).hasSize(1);
    assertThat(result.<Number>getSingleEntry().intValue()).isEqualTo(1);
  }

  @Test
  void first_hit_gives_frontline_kecamatan_class_2_not_the_catch_all() {
    assertThat(priorityOf(true, "KECAMATAN")).isEqualTo(2);
  }

  @Test
  void first_hit_gives_non_frontline_dlh_of_type_dinas_class_3() {
    assertThat(priorityOf(false, "DINAS")).isEqualTo(3);
  }

  @Test
  void first_hit_gives_non_frontline_satpol_pp_class_4() {
    assertThat(priorityOf(false, "SATPOL_PP")).isEqualTo(4);
  }

  private static int priorityOf(boolean frontlinePublicService, String opdType) {
    Number priority = evaluate(frontlinePublicService, opdType).getSingleEntry();
    return priority.intValue();
  }

  private static DmnDecisionTableResult evaluate(boolean frontlinePublicService, String opdType) {
    return TABLE.evaluate(Map.of("frontlinePublicService", frontlinePublicService, "opdType", opdType));
  }
}
