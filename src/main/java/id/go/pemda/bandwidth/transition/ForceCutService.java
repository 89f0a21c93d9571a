package id.go.pemda.bandwidth.transition;

import id.go.pemda.bandwidth.shared.FieldErrors;
import id.go.pemda.bandwidth.tenant.Tenants;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Sekda's "putus saja": the OPD's budget moves now, whatever stage its network is at; the
 * network goes on (survey, coordination, order, installation, acceptance) and the old contracts
 * end only after the central link is accepted. Possible while the budget is still with the OPD.
 */
@Service
@Transactional
public class ForceCutService {

  /** Where a forced cut is recorded in the transition's decision log. */
  public static final String DECISION_STEP = "ForceCut";

  private final TransitionService transitions;
  private final RunningTransitions running;

  public ForceCutService(TransitionService transitions, RunningTransitions running) {
    this.transitions = transitions;
    this.running = running;
  }

  /** The transition whose budget can still be cut, if the OPD has one running. */
  @Transactional(readOnly = true)
  public Optional<OpdTransition> cuttable(String opdCode) {
    return transitions
        .latestOf(opdCode)
        .filter(OpdTransition::budgetStillWithOpd)
        .filter(transition -> running.isRunning(transition.processInstanceId()));
  }

  /**
   * The Sekda's order, naming the OPD by the code of the Pemda's own registry (another Pemda's OPD
   * is never found).
   *
   * @throws id.go.pemda.bandwidth.shared.Refusal when the OPD has no transition whose budget can still be cut
   */
  public OpdTransition cut(String tenant, String opdCodeGiven, String reason, String sekda) {
    String given = opdCodeGiven.toUpperCase(Locale.ROOT);
    String opdCode = given.contains(".") ? given : Tenants.opdCode(tenant, given);
    Optional<OpdTransition> transition = Tenants.of(opdCode).equals(tenant) ? cuttable(opdCode) : Optional.empty();
    new FieldErrors().rejectIf(transition.isEmpty(), "opdCode", "OPD " + opdCode
        + " tidak sedang dalam transisi yang anggarannya masih dapat dipotong"
        + " (belum dimulai, sudah dipotong, atau anggarannya sudah dipindahkan)").throwIfAny();
    cut(transition.get(), reason, sekda);
    return transition.get();
  }

  /** Recorded, then the transition's budget branch moves the budget. */
  public void cut(OpdTransition transition, String reason, String sekda) {
    transitions.recordDecision(transition.id(), DECISION_STEP, OverdueDecision.FORCE_REVOCATION, reason, sekda);
    transitions.recordCutRequested(transition.id());
    running.requestCut(transition.processInstanceId());
  }
}
