package id.go.pemda.bandwidth.process.transition;

import id.go.pemda.bandwidth.process.contract.TransitionContract;
import id.go.pemda.bandwidth.transition.TransitionService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_StartMonitoring: the monitoring without complaints is measured from now. */
@Component("startMonitoring")
public class StartMonitoringDelegate implements JavaDelegate {

  private final TransitionService transitions;

  public StartMonitoringDelegate(TransitionService transitions) {
    this.transitions = transitions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    transitions.startMonitoring(TransitionContract.TRANSITION_ID.from(execution));
  }
}
