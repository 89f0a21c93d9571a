package id.go.pemda.bandwidth.budget;

import id.go.pemda.bandwidth.transition.TransitionProcess;
import id.go.pemda.bandwidth.transition.TransitionService;
import id.go.pemda.bandwidth.workflow.FormField;
import id.go.pemda.bandwidth.workflow.FormInput;
import id.go.pemda.bandwidth.workflow.FormTaskListener;
import id.go.pemda.bandwidth.workflow.Rupiah;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Task_ApproveBudgetRevocation: the Sekda sees the cost before and after and approves the cut,
 * or defers it with a reason, which opens another evaluation period.
 */
@Component("approveBudgetRevocationTask")
public class ApproveBudgetRevocationTaskListener extends FormTaskListener {

  static final FormField DECISION = FormField.of("revocationDecision", "Keputusan Sekda");
  static final FormField DEFER_REASON = FormField.of("deferReason", "Alasan penundaan");

  private final BudgetService budgets;
  private final TransitionService transitions;

  public ApproveBudgetRevocationTaskListener(BudgetService budgets, TransitionService transitions) {
    this.budgets = budgets;
    this.transitions = transitions;
  }

  @Override
  protected void onCreate(DelegateTask task) {
    Long transitionId = TransitionProcess.TRANSITION_ID.from(task);
    RevocationSummary summary = budgets.summary(transitionId, TransitionProcess.PLAN_ID.from(task));
    task.setVariablesLocal(
        Map.of(
            "viewOpd", summary.opdCode(),
            "viewFiscalYear", String.valueOf(summary.fiscalYear()),
            "viewBudgetLine", BudgetLineText.of(budgets.line(summary.opdCode(), summary.fiscalYear())),
            "viewOwnAnnualCost", Rupiah.format(summary.ownAnnualCost()),
            "viewCentralAnnualCost", Rupiah.format(summary.centralAnnualCost()),
            "viewAnnualSaving", Rupiah.format(summary.annualSaving()),
            "viewDoubleSpending", summary.doubleSpending().describe(),
            "viewCitySaving", Rupiah.format(summary.citySaving())));
  }

  @Override
  protected void onComplete(DelegateTask task) {
    FormInput input = FormInput.of(task);
    RevocationDecision decision = input.requiredChoice(DECISION, RevocationDecision.class);
    String reason = input.reasonWhen(decision == RevocationDecision.DEFER, DEFER_REASON);
    input.throwIfInvalid();
    transitions.recordDecision(
        TransitionProcess.TRANSITION_ID.from(task),
        TransitionProcess.TASK_APPROVE_BUDGET_REVOCATION,
        decision,
        reason,
        currentUser(task));
    input.consume();
    TransitionProcess.REVOCATION_DECISION.set(task, decision.name());
  }
}
