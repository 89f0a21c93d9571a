package id.go.pemda.bandwidth.coordination;

import id.go.pemda.bandwidth.transition.TransitionProcess;
import id.go.pemda.bandwidth.transition.TransitionService;
import id.go.pemda.bandwidth.workflow.FormField;
import id.go.pemda.bandwidth.workflow.FormInput;
import id.go.pemda.bandwidth.workflow.FormTaskListener;
import java.math.BigDecimal;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Task_CoordinateTechnically: Diskominfo agrees the bandwidth and the central monthly cost, or
 * sends the survey back to the OPD with a reason.
 */
@Component("coordinateTechnicallyTask")
public class CoordinateTechnicallyTaskListener extends FormTaskListener {

  static final FormField DECISION = FormField.of("coordinationDecision", "Hasil koordinasi");
  static final FormField AGREED_BANDWIDTH = FormField.of("agreedBandwidthMbps", "Bandwidth disepakati (Mbps)");
  static final FormField CENTRAL_COST =
      FormField.of("centralMonthlyCostRupiah", "Biaya bulanan jaringan pusat untuk OPD ini (Rp)");
  static final FormField NOTES = FormField.of("technicalNotes", "Catatan teknis");
  static final FormField RETURN_REASON = FormField.of("returnReason", "Alasan dikembalikan ke OPD");
  static final String VIEW_REJECTION_REASON = "viewRejectionReason";
  private static final BigDecimal MAX_MONTHLY_COST = new BigDecimal("1000000000");

  private final PlanSummary summary;
  private final CoordinationService coordination;
  private final TransitionService transitions;

  public CoordinateTechnicallyTaskListener(
      PlanSummary summary, CoordinationService coordination, TransitionService transitions) {
    this.summary = summary;
    this.coordination = coordination;
    this.transitions = transitions;
  }

  @Override
  protected void onCreate(DelegateTask task) {
    Long transitionId = TransitionProcess.TRANSITION_ID.from(task);
    Long planId = TransitionProcess.PLAN_ID.from(task);
    task.setVariablesLocal(summary.of(transitionId, planId));
    transitions
        .latestDecision(transitionId, TransitionProcess.TASK_APPROVE_PLAN)
        .filter(decision -> decision.decision().equals(PlanDecision.REJECT.name()))
        .ifPresent(decision -> task.setVariableLocal(VIEW_REJECTION_REASON, decision.reason()));
    BandwidthPlan plan = coordination.require(planId);
    // Pre-fill the agreed bandwidth with the recommendation (or the last agreement).
    task.getExecution()
        .setVariable(
            AGREED_BANDWIDTH.key(), plan.agreedMbps() != null ? plan.agreedMbps() : plan.recommendedMbps());
  }

  @Override
  protected void onComplete(DelegateTask task) {
    FormInput input = FormInput.of(task);
    CoordinationDecision decision = input.requiredChoice(DECISION, CoordinationDecision.class);
    boolean agreed = decision == CoordinationDecision.AGREED;
    Long agreedMbps = agreed ? input.requiredWholeNumber(AGREED_BANDWIDTH, 1, 10_000) : null;
    BigDecimal centralCost = agreed ? input.requiredRupiah(CENTRAL_COST, MAX_MONTHLY_COST) : null;
    String notes = input.optionalText(NOTES, 2000);
    String reason = input.reasonWhen(decision == CoordinationDecision.SEND_BACK, RETURN_REASON);
    input.throwIfInvalid();
    Long transitionId = TransitionProcess.TRANSITION_ID.from(task);
    if (agreed) {
      coordination.agree(TransitionProcess.PLAN_ID.from(task), agreedMbps.intValue(), centralCost, notes);
    }
    transitions.recordDecision(
        transitionId, TransitionProcess.TASK_COORDINATE_TECHNICALLY, decision, reason, currentUser(task));
    input.consume();
    TransitionProcess.COORDINATION_DECISION.set(task, decision.name());
  }
}
