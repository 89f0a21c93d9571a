package id.go.pemda.bandwidth.process.decision;

import id.go.pemda.bandwidth.coordination.BandwidthNeedTable;
import id.go.pemda.bandwidth.survey.SiteSurvey;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.springframework.stereotype.Component;

/**
 * {@code bpmn/recommended-bandwidth.dmn}: the need of staff, public-service counters, CCTV and
 * hosted applications, added up by the table (COLLECT SUM).
 */
@Component
public class RecommendedBandwidthTable implements BandwidthNeedTable {

  public static final String DECISION_KEY = "Decision_RecommendedBandwidth";

  private final DeployedDecisions decisions;

  public RecommendedBandwidthTable(DeployedDecisions decisions) {
    this.decisions = decisions;
  }

  @Override
  public int neededMbps(SiteSurvey.Needs needs) {
    DmnDecisionRuleResult result =
        decisions
            .evaluate(
                DECISION_KEY,
                Map.of(
                    "staffCount", needs.staffCount(),
                    "serviceCounters", needs.serviceCounters(),
                    "cctvCameras", needs.cctvCameras(),
                    "hostedApplications", needs.hostedApplications()))
            .getSingleResult();
    // a site that needs nothing the table counts (an empty post) matches no rule
    if (result == null) {
      return 0;
    }
    Number needed = result.getSingleEntry();
    return needed == null ? 0 : needed.intValue();
  }
}
