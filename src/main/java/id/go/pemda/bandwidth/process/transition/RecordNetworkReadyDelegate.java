package id.go.pemda.bandwidth.process.transition;

import id.go.pemda.bandwidth.process.contract.TransitionContract;
import id.go.pemda.bandwidth.transition.TransitionService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_RecordNetworkReady: every site is accepted, moved or exempted; the budget branch may start monitoring. */
@Component("recordNetworkReady")
public class RecordNetworkReadyDelegate implements JavaDelegate {

  private final TransitionService transitions;

  public RecordNetworkReadyDelegate(TransitionService transitions) {
    this.transitions = transitions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    transitions.recordNetworkReady(TransitionContract.TRANSITION_ID.from(execution));
    TransitionContract.NETWORK_READY.set(execution, true);
  }
}
