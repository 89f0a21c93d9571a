package id.go.pemda.bandwidth.coordination;

import id.go.pemda.bandwidth.opd.OpdRegistry;
import id.go.pemda.bandwidth.shared.Rupiah;
import id.go.pemda.bandwidth.survey.SurveyAnswer;
import id.go.pemda.bandwidth.survey.SurveyService;
import id.go.pemda.bandwidth.transition.OpdTransition;
import id.go.pemda.bandwidth.transition.TransitionService;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The read-only summary that decision forms show: who the OPD is, what it answered in the
 * survey and what plan stands. Values are text, formatted for the screen (rupiah, Mbps).
 */
@Component
public class PlanSummary {

  /** Who the OPD is and what it answered: shown wherever a plan is discussed. */
  public static final List<String> SURVEY_VIEWS =
      List.of("viewOpd", "viewFiscalYear", "viewCurrentIsp", "viewCurrentBandwidth", "viewMonthlyCost",
          "viewContractEnd", "viewStaffCount", "viewServiceCounters", "viewCctvCameras", "viewHostedApplications",
          "viewSiteAddress", "viewContact", "viewObstacles", "viewRecommendedBandwidth");
  /** What Diskominfo agreed, once it did. */
  public static final List<String> AGREEMENT_VIEWS =
      List.of("viewAgreedBandwidth", "viewCentralMonthlyCost", "viewTechnicalNotes");

  private final TransitionService transitions;
  private final OpdRegistry registry;
  private final SurveyService surveys;
  private final CoordinationService coordination;

  public PlanSummary(
      TransitionService transitions,
      OpdRegistry registry,
      SurveyService surveys,
      CoordinationService coordination) {
    this.transitions = transitions;
    this.registry = registry;
    this.surveys = surveys;
    this.coordination = coordination;
  }

  /** The survey and the recommendation ({@link #SURVEY_VIEWS}). */
  public Map<String, Object> survey(Long transitionId, Long planId) {
    OpdTransition transition = transitions.require(transitionId);
    SurveyAnswer survey = surveys.requireLatest(transitionId);
    BandwidthPlan plan = coordination.require(planId);
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("viewOpd", transition.opdCode() + " — " + registry.require(transition.opdCode()).name());
    view.put("viewFiscalYear", String.valueOf(transition.fiscalYear()));
    view.put("viewCurrentIsp", survey.currentIsp());
    view.put("viewCurrentBandwidth", survey.currentBandwidthMbps() + " Mbps");
    view.put("viewMonthlyCost", Rupiah.format(survey.monthlyCostRupiah()));
    view.put("viewContractEnd", survey.contractEndDate().toString());
    view.put("viewStaffCount", String.valueOf(survey.staffCount()));
    view.put("viewServiceCounters", String.valueOf(survey.serviceCounters()));
    view.put("viewCctvCameras", String.valueOf(survey.cctvCameras()));
    view.put("viewHostedApplications", String.valueOf(survey.hostedApplications()));
    view.put("viewSiteAddress", survey.siteAddress());
    view.put("viewContact", survey.contactName() + " (" + survey.contactPhone() + ")");
    view.put("viewObstacles", survey.obstacles() == null ? "-" : survey.obstacles());
    view.put("viewRecommendedBandwidth", plan.recommendedMbps() + " Mbps");
    return view;
  }

  /** The survey, the recommendation and, once agreed, the agreement ({@link #AGREEMENT_VIEWS}). */
  public Map<String, Object> of(Long transitionId, Long planId) {
    Map<String, Object> view = survey(transitionId, planId);
    BandwidthPlan plan = coordination.require(planId);
    if (plan.agreedMbps() != null) {
      view.put("viewAgreedBandwidth", plan.agreedMbps() + " Mbps");
      view.put("viewCentralMonthlyCost", Rupiah.format(plan.centralMonthlyCostRupiah()));
      view.put("viewTechnicalNotes", plan.technicalNotes() == null ? "-" : plan.technicalNotes());
    }
    return view;
  }
}
