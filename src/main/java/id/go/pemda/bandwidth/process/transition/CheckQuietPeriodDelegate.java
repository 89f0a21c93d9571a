package id.go.pemda.bandwidth.process.transition;

import id.go.pemda.bandwidth.complaint.ComplaintService;
import id.go.pemda.bandwidth.complaint.QuietPeriod;
import id.go.pemda.bandwidth.process.contract.TransitionContract;
import id.go.pemda.bandwidth.process.escalation.LoopEscalations;
import id.go.pemda.bandwidth.transition.LoopKind;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_CheckQuietPeriod: may the monitoring end, and if not, when to look again. */
@Component("checkQuietPeriod")
public class CheckQuietPeriodDelegate implements JavaDelegate {

  private final ComplaintService complaints;
  private final LoopEscalations loops;

  public CheckQuietPeriodDelegate(ComplaintService complaints, LoopEscalations loops) {
    this.complaints = complaints;
    this.loops = loops;
  }

  @Override
  public void execute(DelegateExecution execution) {
    QuietPeriod quietPeriod = complaints.checkQuietPeriod(TransitionContract.TRANSITION_ID.from(execution));
    TransitionContract.EVALUATION_PERIOD_OVER.set(execution, quietPeriod.over());
    TransitionContract.QUIET_PERIOD_ENDS_AT.set(execution, Date.from(quietPeriod.nextCheckAt()));
    if (quietPeriod.openComplaints() > 0) {
      // the timer re-arms while a complaint is open: counted, so it ends with the Kepala or the Sekda
      loops.round(LoopKind.MONITORING_BLOCKED, execution.getProcessBusinessKey(),
          TransitionContract.TRANSITION_ID.from(execution), null);
    }
  }
}
