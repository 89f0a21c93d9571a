package id.go.pemda.bandwidth.process.decision;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.pemda.bandwidth.support.DecisionTable;
import java.util.List;
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
  void the_first_matching_rule_decides_although_the_catch_all_matches_every_opd() {
    assertThat(TABLE.matchingRules(inputs(true, "RSUD"))).containsExactly("Rule_FrontlineLargeUnit");
    assertThat(TABLE.matchingRules(inputs(true, "KECAMATAN"))).containsExactly("Rule_FrontlineOtherUnit");
    assertThat(TABLE.matchingRules(inputs(false, "DINAS"))).containsExactly("Rule_BackOfficeLargeUnit");
    assertThat(TABLE.matchingRules(inputs(false, "SATPOL_PP"))).containsExactly("Rule_Other");
  }

  @Test
  void every_kind_of_opd_gets_exactly_one_class() {
    for (boolean frontline : List.of(true, false)) {
      for (String type : List.of("RSUD", "DINAS", "BADAN", "KECAMATAN", "SEKRETARIAT", "INSPEKTORAT", "SATPOL_PP")) {
        DmnDecisionTableResult result = evaluate(frontline, type);
        assertThat(result).as("%s %s", frontline, type).hasSize(1);
        assertThat(result.<Number>getSingleEntry().intValue()).isBetween(1, 4);
      }
    }
  }

  private static int priorityOf(boolean frontlinePublicService, String opdType) {
    Number priority = evaluate(frontlinePublicService, opdType).getSingleEntry();
    return priority.intValue();
  }

  private static DmnDecisionTableResult evaluate(boolean frontlinePublicService, String opdType) {
    return TABLE.evaluate(inputs(frontlinePublicService, opdType));
  }

  private static Map<String, Object> inputs(boolean frontlinePublicService, String opdType) {
    return Map.of("frontlinePublicService", frontlinePublicService, "opdType", opdType);
  }
}
