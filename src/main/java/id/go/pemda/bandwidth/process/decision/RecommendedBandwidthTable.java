package id.go.pemda.bandwidth.process.decision;

import id.go.pemda.bandwidth.coordination.BandwidthNeedTable;
import id.go.pemda.bandwidth.survey.SurveyAnswer;
import java.util.Map;
import org.camunda.bpm.engine.DecisionService;
import org.springframework.stereotype.Component;

/**
 * {@code bpmn/recommended-bandwidth.dmn}: the need of staff, public-service counters, CCTV and
 * hosted applications, added up by the table (COLLECT SUM).
 */
@Component
public class RecommendedBandwidthTable implements BandwidthNeedTable {

  public static final String DECISION_KEY = "Decision_RecommendedBandwidth";

  private final DecisionService decisions;

  public RecommendedBandwidthTable(DecisionService decisions) {
    this.decisions = decisions;
  }

  @Override
  public int neededMbps(SurveyAnswer survey) {
    Number needed =
        decisions
            .evaluateDecisionTableByKey(
                DECISION_KEY,
                Map.of(
                    "staffCount", survey.staffCount(),
                    "serviceCounters", survey.serviceCounters(),
                    "cctvCameras", survey.cctvCameras(),
                    "hostedApplications", survey.hostedApplications()))
            .getSingleResult()
            .getSingleEntry();
    return needed.intValue();
  }
}
