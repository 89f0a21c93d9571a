package id.go.pemda.bandwidth.process.transition;

import id.go.pemda.bandwidth.budget.BudgetService;
import id.go.pemda.bandwidth.process.contract.TransitionContract;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_StartBudgetRevocation: BPKAD is to record the move, with a due date (and a reminder to the Sekda after it). */
@Component("startBudgetRevocation")
public class StartBudgetRevocationDelegate implements JavaDelegate {

  private final BudgetService budgets;

  public StartBudgetRevocationDelegate(BudgetService budgets) {
    this.budgets = budgets;
  }

  @Override
  public void execute(DelegateExecution execution) {
    TransitionContract.BUDGET_REVOCATION_DUE_AT.set(
        execution, Date.from(budgets.startRevocation(TransitionContract.TRANSITION_ID.from(execution))));
  }
}
