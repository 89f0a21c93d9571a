package id.go.pemda.bandwidth.process.transition;

import id.go.pemda.bandwidth.complaint.ComplaintIntake;
import id.go.pemda.bandwidth.process.contract.TransitionContract;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_HandOverComplaints: complaints still open when the transition ends go to the support process. */
@Component("handOverComplaints")
public class HandOverComplaintsDelegate implements JavaDelegate {

  private final ComplaintIntake intake;

  public HandOverComplaintsDelegate(ComplaintIntake intake) {
    this.intake = intake;
  }

  @Override
  public void execute(DelegateExecution execution) {
    intake.handOverOpenComplaints(TransitionContract.TRANSITION_ID.from(execution));
  }
}
