package id.go.pemda.bandwidth.process.transition;

import id.go.pemda.bandwidth.coordination.CoordinationService;
import id.go.pemda.bandwidth.coordination.PlanDecision;
import id.go.pemda.bandwidth.coordination.PlanSummary;
import id.go.pemda.bandwidth.process.contract.TransitionContract;
import id.go.pemda.bandwidth.process.form.FormContract;
import id.go.pemda.bandwidth.process.form.FormInput;
import id.go.pemda.bandwidth.process.form.FormTaskListener;
import id.go.pemda.bandwidth.transition.TransitionService;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** Task_ApprovePlan: the Head of Diskominfo approves the plan or returns it with a reason. */
@Component("approvePlanTask")
public class ApprovePlanTaskListener extends FormTaskListener {

  static final String DECISION = "planDecision";
  static final String REJECTION_REASON = "rejectionReason";
  static final FormContract FORM =
      FormContract.of(
          "form-approve-plan",
          List.of(DECISION, REJECTION_REASON),
          Stream.concat(PlanSummary.SURVEY_VIEWS.stream(), PlanSummary.AGREEMENT_VIEWS.stream()).toList());

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
  public FormContract form() {
    return FORM;
  }

  @Override
  protected Map<String, Object> show(DelegateTask task) {
    return summary.of(TransitionContract.TRANSITION_ID.from(task), TransitionContract.PLAN_ID.from(task));
  }

  @Override
  protected void onComplete(DelegateTask task, FormInput input) {
    PlanDecision decision = input.choice(DECISION, PlanDecision.class);
    if (decision == PlanDecision.APPROVE) {
      coordination.approve(TransitionContract.PLAN_ID.from(task));
    }
    transitions.recordDecision(
        TransitionContract.TRANSITION_ID.from(task),
        TransitionContract.TASK_APPROVE_PLAN,
        decision,
        input.text(REJECTION_REASON),
        currentUser(task));
    TransitionContract.PLAN_DECISION.set(task, decision);
  }
}
