package id.go.pemda.bandwidth.process.transition;

import id.go.pemda.bandwidth.process.contract.TransitionContract;
import id.go.pemda.bandwidth.transition.RunningTransitions;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/** Carries out what the transition feature decides about a running transition, in the engine. */
@Component
public class TransitionProcesses implements RunningTransitions {

  private final RuntimeService runtime;

  public TransitionProcesses(RuntimeService runtime) {
    this.runtime = runtime;
  }

  @Override
  public boolean isRunning(String processInstanceId) {
    return runtime.createProcessInstanceQuery().processInstanceId(processInstanceId).count() > 0;
  }

  /** The budget branch sees {@link TransitionContract#CUT_REQUESTED}. */
  @Override
  public void requestCut(String processInstanceId) {
    runtime.setVariable(processInstanceId, TransitionContract.CUT_REQUESTED.name(), true);
  }
}
