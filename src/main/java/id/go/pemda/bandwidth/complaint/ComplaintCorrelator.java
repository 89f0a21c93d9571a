package id.go.pemda.bandwidth.complaint;

import id.go.pemda.bandwidth.transition.TransitionProcess;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/**
 * Hands a filed complaint to its transition's evaluation period. Each complaint starts its own
 * event sub-process; the evaluation task's input mapping copies {@code filedComplaintId} into
 * its own local {@code complaintId}, so several complaints can be evaluated side by side.
 */
@Component
public class ComplaintCorrelator {

  private final RuntimeService runtime;

  public ComplaintCorrelator(RuntimeService runtime) {
    this.runtime = runtime;
  }

  public void complaintFiled(String processInstanceId, Long complaintId) {
    runtime
        .createMessageCorrelation(TransitionProcess.MESSAGE_COMPLAINT_FILED)
        .processInstanceId(processInstanceId)
        .setVariable(TransitionProcess.FILED_COMPLAINT_ID.name(), complaintId)
        .correlateWithResult();
  }
}
