package id.go.pemda.bandwidth.coordination;

import id.go.pemda.bandwidth.survey.SiteSurvey;
import id.go.pemda.bandwidth.survey.SurveyService;
import id.go.pemda.bandwidth.transition.TransitionService;
import id.go.pemda.bandwidth.transition.TransitionStatus;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The plans of an OPD's sites: agreed by Diskominfo, approved by the Head of Diskominfo. */
@Service
@Transactional
public class CoordinationService {

  private final SitePlanRepository plans;
  private final SurveyService surveys;
  private final TransitionService transitions;

  public CoordinationService(SitePlanRepository plans, SurveyService surveys, TransitionService transitions) {
    this.plans = plans;
    this.surveys = surveys;
    this.transitions = transitions;
  }

  /** The plan of every site of the latest survey, in the survey's order: one query for all sites. */
  @Transactional(readOnly = true)
  public List<SitePlan> currentPlans(Long transitionId) {
    List<SitePlan> current = plans.findLatestOfTransition(transitionId);
    List<SiteSurvey> sites = surveys.latestSites(transitionId);
    if (current.size() != sites.size()) {
      Set<Long> planned = current.stream().map(SitePlan::siteSurveyId).collect(Collectors.toSet());
      sites.stream().filter(site -> !planned.contains(site.id())).findFirst().ifPresent(site -> {
        throw new IllegalStateException("Site survey " + site.id() + " was not sized");
      });
    }
    return current;
  }

  @Transactional(readOnly = true)
  public SitePlan requirePlan(Long transitionId, Long siteId) {
    return plans.findFirstByTransitionIdAndSiteIdOrderByIdDesc(transitionId, siteId)
        .orElseThrow(() -> new IllegalStateException("Site " + siteId + " of transition " + transitionId + " has no plan"));
  }

  /** Diskominfo sent the survey back: the OPD answers again. */
  public void sendBack(Long transitionId) {
    transitions.moveTo(transitionId, TransitionStatus.SURVEY);
  }

  /** Diskominfo's agreement, site by site. */
  public List<SitePlan> agree(Long transitionId, Map<Long, SitePlan.Agreement> bySite) {
    return currentPlans(transitionId).stream()
        .map(plan -> plans.save(plan.agreed(bySite.get(plan.siteId()))))
        .toList();
  }

  public List<SitePlan> approve(Long transitionId) {
    return currentPlans(transitionId).stream().map(plan -> plans.save(plan.approved())).toList();
  }

  /** Icon+ cannot install here: another technical solution under the central contract. */
  public SitePlan otherSolution(Long transitionId, Long siteId, String notes) {
    return plans.save(requirePlan(transitionId, siteId).withSolution(Solution.OTHER_CENTRAL, notes));
  }
}
