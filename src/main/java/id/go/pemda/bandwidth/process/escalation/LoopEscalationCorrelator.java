package id.go.pemda.bandwidth.process.escalation;

import id.go.pemda.bandwidth.process.contract.ComplaintCaseContract;
import id.go.pemda.bandwidth.process.contract.LoopEscalationContract;
import id.go.pemda.bandwidth.process.contract.TransitionContract;
import id.go.pemda.bandwidth.transition.LoopCounter;
import id.go.pemda.bandwidth.transition.LoopOwner;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * When what a loop belongs to ends, its escalations still waiting for a follow-up are withdrawn:
 * an end listener of the owning process,
 * {@code <camunda:executionListener event="end" expression="${loopEscalationCorrelator.transitionEnded(execution)}"/>}
 * (and {@code complaintCaseEnded} on the complaint case), tells each open
 * {@link LoopEscalationContract} instance {@link LoopEscalationContract#MESSAGE_OWNER_ENDED}; its
 * event sub-process ends the task and closes the row. The owner may end by completing or by being
 * cancelled: either way nobody is left to answer the escalation.
 */
@Component("loopEscalationCorrelator")
public class LoopEscalationCorrelator {

  private final LoopCounter counter;
  private final RuntimeService runtime;

  public LoopEscalationCorrelator(LoopCounter counter, RuntimeService runtime) {
    this.counter = counter;
    this.runtime = runtime;
  }

  /** The OPD's transition ended. */
  public void transitionEnded(DelegateExecution execution) {
    // a transition cancelled before it was registered has no loops
    TransitionContract.TRANSITION_ID.find(execution).ifPresent(id -> ownerEnded(LoopOwner.TRANSITION, id));
  }

  /** A complaint's case ended (its link works again, or the case was cancelled with its transition). */
  public void complaintCaseEnded(DelegateExecution execution) {
    ComplaintCaseContract.COMPLAINT_ID.find(execution).ifPresent(id -> ownerEnded(LoopOwner.COMPLAINT, id));
  }

  private void ownerEnded(LoopOwner owner, Long ownerId) {
    for (Long escalation : counter.openEscalationsOf(owner, ownerId)) {
      runtime.createMessageCorrelation(LoopEscalationContract.MESSAGE_OWNER_ENDED)
          .processInstanceVariableEquals(LoopEscalationContract.LOOP_ESCALATION_ID.name(), escalation)
          .correlateAll();
    }
  }
}
