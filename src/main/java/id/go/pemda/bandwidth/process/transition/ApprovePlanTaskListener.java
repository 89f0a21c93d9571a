package id.go.pemda.bandwidth.process.transition;

import id.go.pemda.bandwidth.coordination.CoordinationService;
import id.go.pemda.bandwidth.coordination.PlanDecision;
import id.go.pemda.bandwidth.coordination.PlanSummary;
import id.go.pemda.bandwidth.process.contract.TransitionContract;
import id.go.pemda.bandwidth.process.form.FormContract;
import id.go.pemda.bandwidth.process.form.FormInput;
import id.go.pemda.bandwidth.process.form.FormTaskListener;
import id.go.pemda.bandwidth.process.form.JsonRows;
import id.go.pemda.bandwidth.transition.TransitionService;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** Task_ApprovePlan: the Head of Diskominfo approves every site's plan or returns it with a reason. */
@Component("approvePlanTask")
public class ApprovePlanTaskListener extends FormTaskListener {

  static final String DECISION = "planDecision";
  static final String REJECTION_REASON = "rejectionReason";
  static final String PLAN_ROWS = "planRows";
  static final String TOTALS = "viewPlanTotals";
  static final FormContract FORM =
      FormContract.of("form-approve-plan", List.of(DECISION, REJECTION_REASON),
          List.of("viewOpd", "viewFiscalYear", PLAN_ROWS, TOTALS));

  private final PlanSummary summary;
  private final CoordinationService coordination;
  private final TransitionService transitions;

  public ApprovePlanTaskListener(PlanSummary summary, CoordinationService coordination, TransitionService transitions) {
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
    Long transitionId = TransitionContract.TRANSITION_ID.from(task);
    Map<String, Object> header = summary.header(transitionId);
    Map<String, Object> shown = new HashMap<>();
    shown.put("viewOpd", header.get("viewOpd"));
    shown.put("viewFiscalYear", header.get("viewFiscalYear"));
    shown.put(PLAN_ROWS, JsonRows.of(summary.planRows(transitionId)));
    shown.put(TOTALS, summary.totals(transitionId));
    return shown;
  }

  @Override
  protected void onComplete(DelegateTask task, FormInput input) {
    PlanDecision decision = input.choice(DECISION, PlanDecision.class);
    Long transitionId = TransitionContract.TRANSITION_ID.from(task);
    coordination.decidePlan(transitionId, decision);
    transitions.recordDecision(
        transitionId, TransitionContract.TASK_APPROVE_PLAN, decision, input.text(REJECTION_REASON), currentUser(task));
    TransitionContract.PLAN_DECISION.set(task, decision);
  }
}
