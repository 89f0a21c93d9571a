package id.go.pemda.bandwidth.process.transition;

import id.go.pemda.bandwidth.budget.BudgetService;
import id.go.pemda.bandwidth.process.EventSubscriptions;
import id.go.pemda.bandwidth.process.contract.TransitionContract;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Event_HoldBudgetRecord: a complaint was filed. When it holds BPKAD's record (filed after the
 * Sekda approved the move, not yet recorded), the record's task hears it
 * ({@link TransitionContract#MESSAGE_BUDGET_RECORD_HELD}) and the Sekda decides.
 */
@Component("holdBudgetRecord")
public class HoldBudgetRecordDelegate implements JavaDelegate {

  private final BudgetService budgets;
  private final RuntimeService runtime;

  public HoldBudgetRecordDelegate(BudgetService budgets, RuntimeService runtime) {
    this.budgets = budgets;
    this.runtime = runtime;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String instance = execution.getProcessInstanceId();
    if (budgets.recordHeld(TransitionContract.TRANSITION_ID.from(execution)).isPresent()
        && EventSubscriptions.isListening(runtime, instance, TransitionContract.MESSAGE_BUDGET_RECORD_HELD)) {
      runtime.createMessageCorrelation(TransitionContract.MESSAGE_BUDGET_RECORD_HELD)
          .processInstanceId(instance)
          .correlateWithResult();
    }
  }
}
