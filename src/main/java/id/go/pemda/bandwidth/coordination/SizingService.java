package id.go.pemda.bandwidth.coordination;

import id.go.pemda.bandwidth.survey.SiteSurvey;
import id.go.pemda.bandwidth.survey.SurveyService;
import id.go.pemda.bandwidth.transition.TransitionService;
import id.go.pemda.bandwidth.transition.TransitionStatus;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sizes each site's link from its survey: the decision table ({@link BandwidthNeedTable}) adds
 * up the need of staff, public-service counters, CCTV and hosted applications; the sum is
 * rounded up to an orderable tier.
 */
@Service
@Transactional
public class SizingService {

  private final BandwidthNeedTable table;
  private final SitePlanRepository plans;
  private final SurveyService surveys;
  private final TransitionService transitions;
  private final Clock clock;

  public SizingService(
      BandwidthNeedTable table, SitePlanRepository plans, SurveyService surveys, TransitionService transitions,
      Clock clock) {
    this.table = table;
    this.plans = plans;
    this.surveys = surveys;
    this.transitions = transitions;
    this.clock = clock;
  }

  /** A recommended plan for every site of the latest survey; Diskominfo coordinates next. */
  public List<SitePlan> recommend(Long transitionId) {
    transitions.moveTo(transitionId, TransitionStatus.COORDINATION);
    return surveys.latestSites(transitionId).stream().map(site -> recommend(transitionId, site)).toList();
  }

  private SitePlan recommend(Long transitionId, SiteSurvey site) {
    int recommended = BandwidthTiers.roundUp(table.neededMbps(site.needs()));
    return plans.save(
        new SitePlan(null, transitionId, site.siteId(), site.id(), recommended, null, PlanStatus.RECOMMENDED,
            clock.instant()));
  }
}
