package id.go.pemda.bandwidth.process.escalation;

import id.go.pemda.bandwidth.process.contract.LoopEscalationContract;
import id.go.pemda.bandwidth.transition.LoopCounter;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_CloseEscalationWithoutReview: what went round ended before the Kepala Diskominfo or the
 * Sekda followed it up; the escalation's row says it was closed without a review.
 */
@Component("closeEscalationWithoutReview")
public class CloseEscalationWithoutReviewDelegate implements JavaDelegate {

  private final LoopCounter counter;

  public CloseEscalationWithoutReviewDelegate(LoopCounter counter) {
    this.counter = counter;
  }

  @Override
  public void execute(DelegateExecution execution) {
    counter.closeWithoutReview(LoopEscalationContract.LOOP_ESCALATION_ID.from(execution));
  }
}
