package id.go.pemda.bandwidth.process.transition;

import id.go.pemda.bandwidth.complaint.OpenComplaintsView;
import id.go.pemda.bandwidth.coordination.CoordinationDecision;
import id.go.pemda.bandwidth.coordination.CoordinationOutcome;
import id.go.pemda.bandwidth.coordination.CoordinationService;
import id.go.pemda.bandwidth.coordination.PlanDecision;
import id.go.pemda.bandwidth.coordination.PlanSummary;
import id.go.pemda.bandwidth.coordination.Solution;
import id.go.pemda.bandwidth.process.contract.TransitionContract;
import id.go.pemda.bandwidth.process.form.FormContract;
import id.go.pemda.bandwidth.process.form.FormInput;
import id.go.pemda.bandwidth.process.form.FormTaskListener;
import id.go.pemda.bandwidth.process.form.JsonRows;
import id.go.pemda.bandwidth.transition.TransitionService;
import java.util.ArrayList;
import java.util.HashMap;
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

  public CoordinateTechnicallyTaskListener(
      PlanSummary summary, CoordinationService coordination, TransitionService transitions,
      OpenComplaintsView openComplaints) {
    this.summary = summary;
    this.coordination = coordination;
    this.transitions = transitions;
    this.openComplaints = openComplaints;
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
    List<CoordinationOutcome.SiteAgreement> agreements = decision == CoordinationDecision.AGREED
        ? input.rows(SITES).stream().map(CoordinateTechnicallyTaskListener::agreement).toList()
        : List.of();
    coordination.coordinate(transitionId, new CoordinationOutcome(decision, agreements));
    transitions.recordDecision(
        transitionId, TransitionContract.TASK_COORDINATE_TECHNICALLY, decision, input.text(RETURN_REASON), currentUser(task));
    TransitionContract.COORDINATION_DECISION.set(task, decision);
  }

  private static CoordinationOutcome.SiteAgreement agreement(FormInput.Row row) {
    return new CoordinationOutcome.SiteAgreement(
        row.text("siteCode"), row.wholeNumber("agreedMbps").intValue(), row.rupiah("centralMonthlyCostRupiah"),
        row.choice("solution", Solution.class), row.text("technicalNotes"));
  }

  private static List<String> views() {
    List<String> views = new ArrayList<>(PlanSummary.HEADER_VIEWS);
    views.add(VIEW_REJECTION_REASON);
    views.add(OpenComplaintsView.VIEW);
    return views;
  }
}
