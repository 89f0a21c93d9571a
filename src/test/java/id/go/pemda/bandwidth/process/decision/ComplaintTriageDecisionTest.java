package id.go.pemda.bandwidth.process.decision;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.pemda.bandwidth.support.DecisionTable;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ComplaintTriageDecisionTest {

  private static final DecisionTable TABLE =
      DecisionTable.load("bpmn/complaint-triage.dmn", ComplaintTriageTable.DECISION_KEY);

  @ParameterizedTest(name = "{0}, frontline {1} → {2} within {3}")
  @CsvSource({
    "LINK_DOWN,    true,  CRITICAL, PT2H",
    "LINK_DOWN,    false, HIGH,     PT4H",
    "INTERMITTENT, true,  HIGH,     PT8H",
    "INTERMITTENT, false, MEDIUM,   P1D",
    "SLOW,         true,  MEDIUM,   P1D",
    "SLOW,         false, MEDIUM,   P1D",
    "OTHER,        true,  LOW,      P3D",
    "OTHER,        false, LOW,      P3D"
  })
  void every_category_gets_a_severity_and_a_response_time(
      String category, boolean frontline, String severity, String responseTime) {
    Map<String, Object> result =
        TABLE.evaluate(Map.of("category", category, "frontlinePublicService", frontline))
            .getFirstResult()
            .getEntryMap();

    assertThat(result)
        .containsEntry("severity", severity)
        .containsEntry("responseTime", responseTime)
        .containsEntry("handlingGroup", "diskominfo");
  }
}
