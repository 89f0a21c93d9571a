package id.go.pemda.bandwidth.process.transition;

import id.go.pemda.bandwidth.complaint.OpenComplaintsView;
import id.go.pemda.bandwidth.coordination.CoordinationDecision;
import id.go.pemda.bandwidth.coordination.CoordinationService;
import id.go.pemda.bandwidth.coordination.PlanDecision;
import id.go.pemda.bandwidth.coordination.PlanSummary;
import id.go.pemda.bandwidth.coordination.SitePlan;
import id.go.pemda.bandwidth.coordination.Solution;
import id.go.pemda.bandwidth.process.contract.TransitionContract;
import id.go.pemda.bandwidth.process.form.FormContract;
import id.go.pemda.bandwidth.process.form.FormInput;
import id.go.pemda.bandwidth.process.form.FormTaskListener;
import id.go.pemda.bandwidth.process.form.JsonRows;
import id.go.pemda.bandwidth.site.SiteRegistry;
import id.go.pemda.bandwidth.survey.SurveyService;
import id.go.pemda.bandwidth.transition.TransitionService;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Task_CoordinateTechnically: Diskominfo agrees the bandwidth, solution and central monthly cost
 * of every site, or sends the survey back to the OPD with a reason. The rows are the plan's sites
 * in the plan's order; a client cannot add, drop or swap one.
 */
@Component("coordinateTechnicallyTask")
public class CoordinateTechnicallyTaskListener extends FormTaskListener {

  static final String DECISION = "coordinationDecision";
  static final String RETURN_REASON = "returnReason";
  static final String SITES = "sites";
  static final String VIEW_REJECTION_REASON = "viewRejectionReason";
  static final FormContract FORM =
      FormContract.of("form-coordinate-plan", List.of(DECISION, RETURN_REASON, SITES), views());

  private final PlanSummary summary;
  private final CoordinationService coordination;
  private final TransitionService transitions;
  private final OpenComplaintsView openComplaints;
  private final SiteRegistry sites;
  private final SurveyService surveys;

  public CoordinateTechnicallyTaskListener(
      PlanSummary summary, CoordinationService coordination, TransitionService transitions,
      OpenComplaintsView openComplaints, SiteRegistry sites, SurveyService surveys) {
    this.summary = summary;
    this.coordination = coordination;
    this.transitions = transitions;
    this.openComplaints = openComplaints;
    this.sites = sites;
    this.surveys = surveys;
  }

  @Override
  public FormContract form() {
    return FORM;
  }

  @Override
  protected Map<String, Object> show(DelegateTask task) {
    Long transitionId = TransitionContract.TRANSITION_ID.from(task);
    Map<String, Object> shown = new HashMap<>(summary.header(transitionId));
    transitions
        .latestDecision(transitionId, TransitionContract.TASK_APPROVE_PLAN)
        .filter(decision -> decision.decision().equals(PlanDecision.REJECT.name()))
        .ifPresent(decision -> shown.put(VIEW_REJECTION_REASON, decision.reason()));
    shown.putAll(openComplaints.of(transitionId));
    shown.put(SITES, JsonRows.of(summary.coordinationRows(transitionId)));
    return shown;
  }

  @Override
  protected void onComplete(DelegateTask task, FormInput input) {
    CoordinationDecision decision = input.choice(DECISION, CoordinationDecision.class);
    Long transitionId = TransitionContract.TRANSITION_ID.from(task);
    if (decision == CoordinationDecision.AGREED) {
      coordination.agree(transitionId, agreements(transitionId, input));
    } else {
      coordination.sendBack(transitionId);
    }
    transitions.recordDecision(
        transitionId, TransitionContract.TASK_COORDINATE_TECHNICALLY, decision, input.text(RETURN_REASON), currentUser(task));
    TransitionContract.COORDINATION_DECISION.set(task, decision);
  }

  private Map<Long, SitePlan.Agreement> agreements(Long transitionId, FormInput input) {
    List<SitePlan> plans = coordination.currentPlans(transitionId);
    List<FormInput.Row> rows = input.rows(SITES);
    if (rows.size() != plans.size()) {
      input.reject(SITES, "daftar harus memuat " + plans.size() + " titik hasil survei, tidak boleh ditambah atau dikurangi");
      input.throwIfInvalid();
    }
    Map<Long, SitePlan.Agreement> bySite = new LinkedHashMap<>();
    for (int i = 0; i < plans.size(); i++) {
      SitePlan plan = plans.get(i);
      FormInput.Row row = rows.get(i);
      if (!sites.require(plan.siteId()).code().equals(row.text("siteCode"))) {
        row.reject("siteCode", "titik tidak sesuai survei; muat ulang formulir");
      }
      Solution solution = row.choice("solution", Solution.class);
      if (solution == Solution.ICONPLUS_ADOPTED && !surveys.siteSurvey(transitionId, plan.siteId()).current().onIconPlus()) {
        row.reject("solution", "hanya untuk titik yang sudah pelanggan Icon+ menurut survei");
      }
      bySite.put(plan.siteId(), new SitePlan.Agreement(
          row.wholeNumber("agreedMbps").intValue(), row.rupiah("centralMonthlyCostRupiah"), solution, row.text("technicalNotes")));
    }
    input.throwIfInvalid();
    return bySite;
  }

  private static List<String> views() {
    List<String> views = new ArrayList<>(PlanSummary.HEADER_VIEWS);
    views.add(VIEW_REJECTION_REASON);
    views.add(OpenComplaintsView.VIEW);
    return views;
  }
}
