package id.go.pemda.bandwidth.process.transition;

import id.go.pemda.bandwidth.complaint.ComplaintService;
import id.go.pemda.bandwidth.complaint.QuietPeriod;
import id.go.pemda.bandwidth.process.contract.TransitionContract;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_CheckQuietPeriod: may the monitoring end, and if not, when to look again. */
@Component("checkQuietPeriod")
public class CheckQuietPeriodDelegate implements JavaDelegate {

  private final ComplaintService complaints;

  public CheckQuietPeriodDelegate(ComplaintService complaints) {
    this.complaints = complaints;
  }

  @Override
  public void execute(DelegateExecution execution) {
    QuietPeriod quietPeriod = complaints.checkQuietPeriod(TransitionContract.TRANSITION_ID.from(execution));
    TransitionContract.EVALUATION_PERIOD_OVER.set(execution, quietPeriod.over());
    TransitionContract.QUIET_PERIOD_ENDS_AT.set(execution, Date.from(quietPeriod.nextCheckAt()));
  }
}
