package id.go.pemda.bandwidth.process.transition;

import id.go.pemda.bandwidth.process.contract.TransitionContract;
import id.go.pemda.bandwidth.transition.TransitionService;
import id.go.pemda.bandwidth.transition.TransitionStatus;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_StartBudgetRevocation: the OPD's transition is at the budget revocation from here on. */
@Component("startBudgetRevocation")
public class StartBudgetRevocationDelegate implements JavaDelegate {

  private final TransitionService transitions;

  public StartBudgetRevocationDelegate(TransitionService transitions) {
    this.transitions = transitions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    transitions.moveTo(TransitionContract.TRANSITION_ID.from(execution), TransitionStatus.BUDGET_REVOCATION);
  }
}
