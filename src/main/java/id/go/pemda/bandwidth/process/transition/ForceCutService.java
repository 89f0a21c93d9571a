package id.go.pemda.bandwidth.process.transition;

import id.go.pemda.bandwidth.process.contract.ForceCutContract;
import id.go.pemda.bandwidth.process.contract.TransitionContract;
import id.go.pemda.bandwidth.transition.OpdTransition;
import id.go.pemda.bandwidth.transition.OverdueDecision;
import id.go.pemda.bandwidth.transition.TransitionService;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;

/**
 * The Sekda's "putus saja": the OPD's budget moves now, whatever stage its network is at; the
 * network goes on (survey, coordination, order, installation, acceptance) and the old contracts
 * end only after the central link is accepted. Possible while the budget is still with the OPD.
 */
@Service
public class ForceCutService {

  private final TransitionService transitions;
  private final RuntimeService runtime;

  public ForceCutService(TransitionService transitions, RuntimeService runtime) {
    this.transitions = transitions;
    this.runtime = runtime;
  }

  /** The transition whose budget can still be cut, if the OPD has one running. */
  public Optional<OpdTransition> cuttable(String opdCode) {
    return transitions
        .latestOf(opdCode)
        .filter(OpdTransition::budgetStillWithOpd)
        .filter(transition -> runtime.createProcessInstanceQuery().processInstanceId(transition.processInstanceId()).count() > 0);
  }

  /** Recorded, then the transition's budget branch sees {@link TransitionContract#CUT_REQUESTED}. */
  public void cut(OpdTransition transition, String reason, String sekda) {
    transitions.recordDecision(
        transition.id(), ForceCutContract.STEP_FORCE_CUT, OverdueDecision.FORCE_REVOCATION, reason, sekda);
    transitions.recordCutRequested(transition.id());
    runtime.setVariable(transition.processInstanceId(), TransitionContract.CUT_REQUESTED.name(), true);
  }
}
