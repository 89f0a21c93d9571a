package id.go.pemda.bandwidth.process.transition;

import id.go.pemda.bandwidth.budget.BudgetLineText;
import id.go.pemda.bandwidth.budget.BudgetService;
import id.go.pemda.bandwidth.budget.RevocationDecision;
import id.go.pemda.bandwidth.budget.RevocationSummary;
import id.go.pemda.bandwidth.process.contract.TransitionContract;
import id.go.pemda.bandwidth.process.form.FormContract;
import id.go.pemda.bandwidth.process.form.FormInput;
import id.go.pemda.bandwidth.process.form.FormTaskListener;
import id.go.pemda.bandwidth.shared.Rupiah;
import id.go.pemda.bandwidth.transition.TransitionService;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Task_ApproveBudgetRevocation: the Sekda sees the cost before and after and approves the cut,
 * or defers it with a reason, which opens another evaluation period.
 */
@Component("approveBudgetRevocationTask")
public class ApproveBudgetRevocationTaskListener extends FormTaskListener {

  static final String DECISION = "revocationDecision";
  static final String DEFER_REASON = "deferReason";
  static final FormContract FORM =
      FormContract.of(
          "form-approve-budget-revocation",
          List.of(DECISION, DEFER_REASON),
          List.of("viewOpd", "viewFiscalYear", "viewBudgetLine", "viewOwnAnnualCost", "viewCentralAnnualCost",
              "viewAnnualSaving", "viewDoubleSpending", "viewCitySaving"));

  private final BudgetService budgets;
  private final TransitionService transitions;

  public ApproveBudgetRevocationTaskListener(BudgetService budgets, TransitionService transitions) {
    this.budgets = budgets;
    this.transitions = transitions;
  }

  @Override
  public FormContract form() {
    return FORM;
  }

  @Override
  protected Map<String, Object> show(DelegateTask task) {
    Long transitionId = TransitionContract.TRANSITION_ID.from(task);
    RevocationSummary summary = budgets.summary(transitionId, TransitionContract.PLAN_ID.from(task));
    return Map.of(
        "viewOpd", summary.opdCode(),
        "viewFiscalYear", String.valueOf(summary.fiscalYear()),
        "viewBudgetLine", BudgetLineText.of(budgets.line(summary.opdCode(), summary.fiscalYear())),
        "viewOwnAnnualCost", Rupiah.format(summary.ownAnnualCost()),
        "viewCentralAnnualCost", Rupiah.format(summary.centralAnnualCost()),
        "viewAnnualSaving", Rupiah.format(summary.annualSaving()),
        "viewDoubleSpending", summary.doubleSpending().describe(),
        "viewCitySaving", Rupiah.format(summary.citySaving()));
  }

  @Override
  protected void onComplete(DelegateTask task, FormInput input) {
    RevocationDecision decision = input.choice(DECISION, RevocationDecision.class);
    transitions.recordDecision(
        TransitionContract.TRANSITION_ID.from(task),
        TransitionContract.TASK_APPROVE_BUDGET_REVOCATION,
        decision,
        input.text(DEFER_REASON),
        currentUser(task));
    TransitionContract.REVOCATION_DECISION.set(task, decision);
  }
}
