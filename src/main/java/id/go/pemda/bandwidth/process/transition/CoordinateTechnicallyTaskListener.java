package id.go.pemda.bandwidth.process.transition;

import id.go.pemda.bandwidth.complaint.OpenComplaintsView;
import id.go.pemda.bandwidth.coordination.BandwidthPlan;
import id.go.pemda.bandwidth.coordination.CoordinationDecision;
import id.go.pemda.bandwidth.coordination.CoordinationService;
import id.go.pemda.bandwidth.coordination.PlanDecision;
import id.go.pemda.bandwidth.coordination.PlanSummary;
import id.go.pemda.bandwidth.process.contract.TransitionContract;
import id.go.pemda.bandwidth.process.form.FormContract;
import id.go.pemda.bandwidth.process.form.FormInput;
import id.go.pemda.bandwidth.process.form.FormTaskListener;
import id.go.pemda.bandwidth.transition.TransitionService;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Task_CoordinateTechnically: Diskominfo agrees the bandwidth and the central monthly cost, or
 * sends the survey back to the OPD with a reason.
 */
@Component("coordinateTechnicallyTask")
public class CoordinateTechnicallyTaskListener extends FormTaskListener {

  static final String DECISION = "coordinationDecision";
  static final String AGREED_BANDWIDTH = "agreedBandwidthMbps";
  static final String CENTRAL_COST = "centralMonthlyCostRupiah";
  static final String NOTES = "technicalNotes";
  static final String RETURN_REASON = "returnReason";
  static final String VIEW_REJECTION_REASON = "viewRejectionReason";
  static final FormContract FORM =
      FormContract.of(
          "form-coordinate-plan",
          List.of(DECISION, AGREED_BANDWIDTH, CENTRAL_COST, NOTES, RETURN_REASON),
          views());

  private final PlanSummary summary;
  private final CoordinationService coordination;
  private final TransitionService transitions;
  private final OpenComplaintsView openComplaints;

  public CoordinateTechnicallyTaskListener(
      PlanSummary summary,
      CoordinationService coordination,
      TransitionService transitions,
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
    Long planId = TransitionContract.PLAN_ID.from(task);
    Map<String, Object> shown = new HashMap<>(summary.survey(transitionId, planId));
    transitions
        .latestDecision(transitionId, TransitionContract.TASK_APPROVE_PLAN)
        .filter(decision -> decision.decision().equals(PlanDecision.REJECT.name()))
        .ifPresent(decision -> shown.put(VIEW_REJECTION_REASON, decision.reason()));
    shown.putAll(openComplaints.of(transitionId));
    BandwidthPlan plan = coordination.require(planId);
    // the agreement starts as the recommendation, or as the last agreement the Head returned
    shown.put(AGREED_BANDWIDTH, plan.agreedMbps() != null ? plan.agreedMbps() : plan.recommendedMbps());
    if (plan.centralMonthlyCostRupiah() != null) {
      shown.put(CENTRAL_COST, plan.centralMonthlyCostRupiah().longValueExact());
    }
    if (plan.technicalNotes() != null) {
      shown.put(NOTES, plan.technicalNotes());
    }
    return shown;
  }

  @Override
  protected void onComplete(DelegateTask task, FormInput input) {
    CoordinationDecision decision = input.choice(DECISION, CoordinationDecision.class);
    Long transitionId = TransitionContract.TRANSITION_ID.from(task);
    if (decision == CoordinationDecision.AGREED) {
      coordination.agree(
          TransitionContract.PLAN_ID.from(task),
          input.wholeNumber(AGREED_BANDWIDTH).intValue(),
          input.rupiah(CENTRAL_COST),
          input.text(NOTES));
    }
    transitions.recordDecision(
        transitionId,
        TransitionContract.TASK_COORDINATE_TECHNICALLY,
        decision,
        input.text(RETURN_REASON),
        currentUser(task));
    TransitionContract.COORDINATION_DECISION.set(task, decision);
  }

  private static List<String> views() {
    List<String> views = new ArrayList<>(PlanSummary.SURVEY_VIEWS);
    views.add(VIEW_REJECTION_REASON);
    views.add(OpenComplaintsView.VIEW);
    return views;
  }
}
