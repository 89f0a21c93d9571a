package id.go.pemda.bandwidth.process.transition;

import id.go.pemda.bandwidth.process.contract.TransitionContract;
import id.go.pemda.bandwidth.transition.TransitionService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_CompleteTransition: marks the OPD's transition as done. */
@Component("completeTransition")
public class CompleteTransitionDelegate implements JavaDelegate {

  private final TransitionService transitions;

  public CompleteTransitionDelegate(TransitionService transitions) {
    this.transitions = transitions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    transitions.complete(TransitionContract.TRANSITION_ID.from(execution));
  }
}
