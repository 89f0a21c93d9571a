package id.go.pemda.bandwidth.coordination;

import id.go.pemda.bandwidth.survey.SurveyAnswer;
import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sizes an OPD's link from its survey: the decision table ({@link BandwidthNeedTable}) adds up
 * the need of staff, public-service counters, CCTV and hosted applications; the sum is rounded
 * up to an orderable tier.
 */
@Service
@Transactional
public class SizingService {

  private final BandwidthNeedTable table;
  private final BandwidthPlanRepository plans;
  private final Clock clock;

  public SizingService(BandwidthNeedTable table, BandwidthPlanRepository plans, Clock clock) {
    this.table = table;
    this.plans = plans;
    this.clock = clock;
  }

  public BandwidthPlan recommend(SurveyAnswer survey) {
    int recommended = BandwidthTiers.roundUp(table.neededMbps(survey));
    return plans.save(
        new BandwidthPlan(
            null, survey.transitionId(), survey.id(), recommended, null, null, null,
            PlanStatus.RECOMMENDED, clock.instant()));
  }
}
