package id.go.pemda.bandwidth.coordination;

import id.go.pemda.bandwidth.transition.TransitionProcess;
import id.go.pemda.bandwidth.transition.TransitionService;
import id.go.pemda.bandwidth.workflow.FormField;
import id.go.pemda.bandwidth.workflow.FormInput;
import id.go.pemda.bandwidth.workflow.FormTaskListener;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** Task_ApprovePlan: the Head of Diskominfo approves the plan or returns it with a reason. */
@Component("approvePlanTask")
public class ApprovePlanTaskListener extends FormTaskListener {

  static final FormField DECISION = FormField.of("planDecision", "Keputusan");
  static final FormField REJECTION_REASON = FormField.of("rejectionReason", "Alasan penolakan");

  private final PlanSummary summary;
  private final CoordinationService coordination;
  private final TransitionService transitions;

  public ApprovePlanTaskListener(
      PlanSummary summary, CoordinationService coordination, TransitionService transitions) {
    this.summary = summary;
    this.coordination = coordination;
    this.transitions = transitions;
  }

  @Override
  protected void onCreate(DelegateTask task) {
    task.setVariablesLocal(
        summary.of(TransitionProcess.TRANSITION_ID.from(task), TransitionProcess.PLAN_ID.from(task)));
  }

  @Override
  protected void onComplete(DelegateTask task) {
    FormInput input = FormInput.of(task);
    PlanDecision decision = input.requiredChoice(DECISION, PlanDecision.class);
    String reason = input.reasonWhen(decision == PlanDecision.REJECT, REJECTION_REASON);
    input.throwIfInvalid();
    if (decision == PlanDecision.APPROVE) {
      coordination.approve(TransitionProcess.PLAN_ID.from(task));
    }
    transitions.recordDecision(
        TransitionProcess.TRANSITION_ID.from(task),
        TransitionProcess.TASK_APPROVE_PLAN,
        decision,
        reason,
        currentUser(task));
    input.consume();
    TransitionProcess.PLAN_DECISION.set(task, decision.name());
  }
}
