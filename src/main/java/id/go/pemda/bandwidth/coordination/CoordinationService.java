package id.go.pemda.bandwidth.coordination;

import id.go.pemda.bandwidth.site.SiteRegistry;
import id.go.pemda.bandwidth.survey.SiteSurvey;
import id.go.pemda.bandwidth.survey.SurveyService;
import id.go.pemda.bandwidth.transition.TransitionService;
import id.go.pemda.bandwidth.transition.TransitionStatus;
import java.math.BigDecimal;
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
  private final SiteRegistry sites;

  public CoordinationService(
      SitePlanRepository plans, SurveyService surveys, TransitionService transitions, SiteRegistry sites) {
    this.plans = plans;
    this.surveys = surveys;
    this.transitions = transitions;
    this.sites = sites;
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

  /** The plan's monthly costs: the sites' own ISPs against their agreed central share. */
  @Transactional(readOnly = true)
  public PlanCosts costs(Long transitionId) {
    BigDecimal own = BigDecimal.ZERO;
    BigDecimal central = BigDecimal.ZERO;
    List<SitePlan> current = currentPlans(transitionId);
    for (SitePlan plan : current) {
      own = own.add(surveys.siteSurvey(transitionId, plan.siteId()).current().monthlyCostRupiah());
      if (plan.agreement() != null) {
        central = central.add(plan.agreement().centralMonthlyCostRupiah());
      }
    }
    return new PlanCosts(current.size(), own, central);
  }

  @Transactional(readOnly = true)
  public SitePlan requirePlan(Long transitionId, Long siteId) {
    return plans.findFirstByTransitionIdAndSiteIdOrderByIdDesc(transitionId, siteId)
        .orElseThrow(() -> new IllegalStateException("Site " + siteId + " of transition " + transitionId + " has no plan"));
  }

  /**
   * Diskominfo's technical coordination: sent back, the OPD answers the survey again; agreed,
   * every site's plan takes its agreement.
   *
   * @throws id.go.pemda.bandwidth.shared.Refusal when the agreements break a rule of {@link CoordinationOutcome#check}
   */
  public void coordinate(Long transitionId, CoordinationOutcome outcome) {
    if (outcome.decision() == CoordinationDecision.SEND_BACK) {
      transitions.moveTo(transitionId, TransitionStatus.SURVEY);
      return;
    }
    List<SitePlan> current = currentPlans(transitionId);
    List<CoordinationOutcome.PlannedSite> planned = current.stream()
        .map(plan -> new CoordinationOutcome.PlannedSite(
            plan.siteId(), sites.require(plan.siteId()).code(),
            surveys.siteSurvey(transitionId, plan.siteId()).current().onIconPlus()))
        .toList();
    outcome.check(planned).throwIfAny();
    Map<Long, SitePlan.Agreement> bySite = outcome.bySite(planned);
    current.forEach(plan -> plans.save(plan.agreed(bySite.get(plan.siteId()))));
  }

  /** The Head of Diskominfo's decision: approved, every site's plan is; rejected, Diskominfo coordinates again. */
  public void decidePlan(Long transitionId, PlanDecision decision) {
    if (decision == PlanDecision.APPROVE) {
      currentPlans(transitionId).forEach(plan -> plans.save(plan.approved()));
    }
  }

  /** Icon+ cannot install here: another technical solution under the central contract. */
  public SitePlan otherSolution(Long transitionId, Long siteId, String notes) {
    return plans.save(requirePlan(transitionId, siteId).withSolution(Solution.OTHER_CENTRAL, notes));
  }
}
