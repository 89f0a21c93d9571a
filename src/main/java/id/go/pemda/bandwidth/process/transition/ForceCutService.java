package id.go.pemda.bandwidth.process.transition;

import id.go.pemda.bandwidth.process.EventSubscriptions;
import id.go.pemda.bandwidth.process.contract.ForceCutContract;
import id.go.pemda.bandwidth.process.contract.TransitionContract;
import id.go.pemda.bandwidth.transition.OpdTransition;
import id.go.pemda.bandwidth.transition.OverdueDecision;
import id.go.pemda.bandwidth.transition.TransitionService;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;

/**
 * The Sekda's "putus saja": ends the running steps of an OPD's transition and sends it
 * straight to the budget revocation. Possible while the OPD is still in transition, that is
 * until the Sekda has approved (or forced) the revocation.
 */
@Service
public class ForceCutService {

  /** {@code force-cut.bpmn}: the Sekda's start form. */
  public static final String PROCESS_KEY = "force-cut";

  private final TransitionService transitions;
  private final RuntimeService runtime;

  public ForceCutService(TransitionService transitions, RuntimeService runtime) {
    this.transitions = transitions;
    this.runtime = runtime;
  }

  /** The transition that can still be cut, if the OPD has one. */
  public Optional<OpdTransition> cuttable(String opdCode) {
    return transitions
        .latestOf(opdCode)
        .filter(OpdTransition::inTransition)
        .filter(transition -> isListening(transition.processInstanceId()));
  }

  public void cut(OpdTransition transition, String reason, String sekda) {
    transitions.recordDecision(
        transition.id(), ForceCutContract.STEP_FORCE_CUT, OverdueDecision.FORCE_REVOCATION, reason, sekda);
    runtime
        .createMessageCorrelation(TransitionContract.MESSAGE_FORCE_CUT)
        .processInstanceId(transition.processInstanceId())
        .correlate();
  }

  private boolean isListening(String processInstanceId) {
    return EventSubscriptions.isListening(runtime, processInstanceId, TransitionContract.MESSAGE_FORCE_CUT);
  }
}
