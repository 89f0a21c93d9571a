package id.go.pemda.bandwidth.process.transition;

import id.go.pemda.bandwidth.process.EventSubscriptions;
import id.go.pemda.bandwidth.process.contract.TransitionContract;
import java.util.Date;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.stereotype.Component;

/** Delivers what Icon+ reports about an installation to the transition waiting for it. */
@Component
public class InstallationCorrelator {

  private final RuntimeService runtime;
  private final ManagementService management;

  public InstallationCorrelator(RuntimeService runtime, ManagementService management) {
    this.runtime = runtime;
    this.management = management;
  }

  /** Whether the transition waits for Icon+'s report right now. */
  public boolean isWaiting(String processInstanceId) {
    return EventSubscriptions.isListening(
        runtime, processInstanceId, TransitionContract.MESSAGE_INSTALLATION_COMPLETED);
  }

  public void installationCompleted(String processInstanceId) {
    correlate(processInstanceId, TransitionContract.MESSAGE_INSTALLATION_COMPLETED);
  }

  public void installationFailed(String processInstanceId) {
    correlate(processInstanceId, TransitionContract.MESSAGE_INSTALLATION_FAILED);
  }

  /** Moves the SLA timer of a waiting installation to the date Icon+ now promises. */
  public void moveInstallationDue(String processInstanceId, Date dueAt) {
    Job sla =
        management.createJobQuery()
            .processInstanceId(processInstanceId)
            .activityId(TransitionContract.EVENT_INSTALLATION_OVERDUE)
            .singleResult();
    if (sla != null) {
      management.setJobDuedate(sla.getId(), dueAt);
    }
    runtime.setVariable(processInstanceId, TransitionContract.INSTALLATION_DUE_AT.name(), dueAt);
  }

  private void correlate(String processInstanceId, String message) {
    runtime.createMessageCorrelation(message).processInstanceId(processInstanceId).correlate();
  }
}
