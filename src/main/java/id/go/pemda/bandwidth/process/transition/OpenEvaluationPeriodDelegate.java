package id.go.pemda.bandwidth.process.transition;

import id.go.pemda.bandwidth.process.contract.TransitionContract;
import id.go.pemda.bandwidth.transition.TransitionService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_OpenEvaluationPeriod: the quiet stretch is measured from now. */
@Component("openEvaluationPeriod")
public class OpenEvaluationPeriodDelegate implements JavaDelegate {

  private final TransitionService transitions;

  public OpenEvaluationPeriodDelegate(TransitionService transitions) {
    this.transitions = transitions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    transitions.startEvaluationPeriod(TransitionContract.TRANSITION_ID.from(execution));
  }
}
