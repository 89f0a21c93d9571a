package id.go.pemda.bandwidth.process.decision;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.pemda.bandwidth.coordination.BandwidthTiers;
import id.go.pemda.bandwidth.support.DecisionTable;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RecommendedBandwidthDecisionTest {

  private static final DecisionTable TABLE = DecisionTable.load("bpmn/recommended-bandwidth.dmn", RecommendedBandwidthTable.DECISION_KEY);

  @ParameterizedTest(name = "{0} staff need {1} Mbps")
  @CsvSource({
    "0, 10",
    "1, 10",
    "20, 10",
    "21, 20",
    "50, 20",
    "51, 50",
    "150, 50",
    "151, 100",
    "1000, 100"
  })
  void staff_count_alone_sets_the_base_need(int staffCount, int neededMbps) {
    assertThat(neededMbps(staffCount, 0, 0, 0)).isEqualTo(neededMbps);
  }

  @ParameterizedTest(name = "{0} counters add {1} Mbps")
  @CsvSource({
    "0, 0",
    "1, 10",
    "5, 10",
    "6, 20",
    "15, 20",
    "16, 50",
    "40, 50"
  })
  void service_counters_add_to_the_need(int serviceCounters, int addedMbps) {
    assertThat(neededMbps(20, serviceCounters, 0, 0)).isEqualTo(10 + addedMbps);
  }

  @ParameterizedTest(name = "{0} cameras add {1} Mbps")
  @CsvSource({
    "0, 0",
    "1, 10",
    "10, 10",
    "11, 30",
    "64, 30"
  })
  void cctv_cameras_add_to_the_need(int cctvCameras, int addedMbps) {
    assertThat(neededMbps(20, 0, cctvCameras, 0)).isEqualTo(10 + addedMbps);
  }

  @ParameterizedTest(name = "{0} applications add {1} Mbps")
  @CsvSource({
    "0, 0",
    "1, 10",
    "3, 10",
    "4, 20",
    "12, 20"
  })
  void hosted_applications_add_to_the_need(int hostedApplications, int addedMbps) {
    assertThat(neededMbps(20, 0, 0, hostedApplications)).isEqualTo(10 + addedMbps);
  }

  @ParameterizedTest(name = "staff {0}, counters {1}, cctv {2}, apps {3} → {4} Mbps")
  @CsvSource({
    "35, 3, 4, 2, 50",
    "120, 10, 11, 4, 120",
    "151, 16, 11, 4, 200",
    "151, 0, 0, 0, 100"
  })
  void matching_rules_are_summed(
      int staffCount, int serviceCounters, int cctvCameras, int hostedApplications, int neededMbps) {
    assertThat(neededMbps(staffCount, serviceCounters, cctvCameras, hostedApplications))
        .isEqualTo(neededMbps);
  }

  @Test
  void largest_office_matches_exactly_one_rule_per_input() {
    assertThat(TABLE.matchingRules(inputs(151, 16, 11, 4)))
        .containsExactly("Rule_StaffOver150", "Rule_CountersOver15", "Rule_CctvOver10", "Rule_ApplicationsOver3");
  }

  @Test
  void every_count_matches_one_staff_rule_and_at_most_one_rule_of_each_other_input() {
    for (int count = 0; count <= 400; count++) {
      List<String> rules = TABLE.matchingRules(inputs(count, count, count, count));
      assertThat(rules).as("rules matching %d of everything", count)
          .filteredOn(rule -> rule.startsWith("Rule_Staff")).hasSize(1);
      for (String input : List.of("Rule_Counters", "Rule_Cctv", "Rule_Applications")) {
        assertThat(rules).as("%s rules matching %d", input, count)
            .filteredOn(rule -> rule.startsWith(input)).hasSize(count == 0 ? 0 : 1);
      }
    }
  }

  @Test
  void largest_summed_need_rounds_up_to_the_200_mbps_tier() {
    assertThat(BandwidthTiers.roundUp(neededMbps(151, 16, 11, 4))).isEqualTo(200);
  }

  private static int neededMbps(int staffCount, int serviceCounters, int cctvCameras, int hostedApplications) {
    Number needed = evaluate(staffCount, serviceCounters, cctvCameras, hostedApplications).getSingleEntry();
    return needed.intValue();
  }

  private static DmnDecisionTableResult evaluate(
      int staffCount, int serviceCounters, int cctvCameras, int hostedApplications) {
    return TABLE.evaluate(inputs(staffCount, serviceCounters, cctvCameras, hostedApplications));
  }

  private static Map<String, Object> inputs(
      int staffCount, int serviceCounters, int cctvCameras, int hostedApplications) {
    return Map.of(
        "staffCount", staffCount,
        "serviceCounters", serviceCounters,
        "cctvCameras", cctvCameras,
        "hostedApplications", hostedApplications);
  }
}
