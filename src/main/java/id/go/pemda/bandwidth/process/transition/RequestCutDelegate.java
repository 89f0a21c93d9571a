package id.go.pemda.bandwidth.process.transition;

import id.go.pemda.bandwidth.process.contract.TransitionContract;
import id.go.pemda.bandwidth.transition.TransitionService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_RequestCut: the Sekda cut the budget at the deadline; it moves now while the network goes on. */
@Component("requestCut")
public class RequestCutDelegate implements JavaDelegate {

  private final TransitionService transitions;

  public RequestCutDelegate(TransitionService transitions) {
    this.transitions = transitions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    transitions.recordCutRequested(TransitionContract.TRANSITION_ID.from(execution));
    TransitionContract.CUT_REQUESTED.set(execution, true);
  }
}
