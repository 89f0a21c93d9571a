package id.go.pemda.bandwidth.process.transition;

import id.go.pemda.bandwidth.budget.BudgetService;
import id.go.pemda.bandwidth.process.contract.TransitionContract;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_ScheduleIspTermination: by when the OPD must end this site's old contract (local to the site). */
@Component("scheduleIspTermination")
public class ScheduleIspTerminationDelegate implements JavaDelegate {

  private final BudgetService budgets;

  public ScheduleIspTerminationDelegate(BudgetService budgets) {
    this.budgets = budgets;
  }

  @Override
  public void execute(DelegateExecution execution) {
    TransitionContract.ISP_TERMINATION_DUE_AT.set(execution, Date.from(budgets.terminationDueAt(
        TransitionContract.TRANSITION_ID.from(execution), TransitionContract.SITE_ID.from(execution))));
  }
}
