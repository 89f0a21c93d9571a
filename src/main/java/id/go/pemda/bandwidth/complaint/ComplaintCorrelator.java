package id.go.pemda.bandwidth.complaint;

import id.go.pemda.bandwidth.transition.TransitionProcess;
import id.go.pemda.bandwidth.workflow.EventSubscriptions;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/**
 * Hands a filed complaint to its OPD's running transition. Each complaint starts its own event
 * sub-process, whose first step copies {@code filedComplaintId} into a local {@code complaintId},
 * so several complaints are evaluated side by side.
 */
@Component
public class ComplaintCorrelator {

  private final RuntimeService runtime;

  public ComplaintCorrelator(RuntimeService runtime) {
    this.runtime = runtime;
  }

  /** Whether the transition still takes complaints (it does until the revocation is decided). */
  public boolean isListening(String processInstanceId) {
    return EventSubscriptions.isListening(runtime, processInstanceId, TransitionProcess.MESSAGE_COMPLAINT_FILED);
  }

  public void complaintFiled(String processInstanceId, Long complaintId) {
    runtime
        .createMessageCorrelation(TransitionProcess.MESSAGE_COMPLAINT_FILED)
        .processInstanceId(processInstanceId)
        .setVariable(TransitionProcess.FILED_COMPLAINT_ID.name(), complaintId)
        .correlateWithResult();
  }
}
