package id.go.pemda.bandwidth.coordination;

import id.go.pemda.bandwidth.survey.SurveyAnswer;
import id.go.pemda.bandwidth.workflow.EngineClock;
import java.util.Map;
import org.camunda.bpm.engine.DecisionService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sizes an OPD's link from its survey: the decision table {@code Decision_RecommendedBandwidth}
 * adds up the need of staff, public-service counters, CCTV and hosted applications; the sum is
 * rounded up to an orderable tier.
 */
@Service
@Transactional
public class SizingService {

  static final String DECISION_KEY = "Decision_RecommendedBandwidth";

  private final DecisionService decisions;
  private final BandwidthPlanRepository plans;

  public SizingService(DecisionService decisions, BandwidthPlanRepository plans) {
    this.decisions = decisions;
    this.plans = plans;
  }

  public BandwidthPlan recommend(SurveyAnswer survey) {
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
    int recommended = BandwidthTiers.roundUp(needed.intValue());
    return plans.save(
        new BandwidthPlan(
            null, survey.transitionId(), survey.id(), recommended, null, null, null,
            PlanStatus.RECOMMENDED, EngineClock.now()));
  }
}
