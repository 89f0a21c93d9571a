package id.go.pemda.bandwidth.complaint;

import id.go.pemda.bandwidth.transition.TransitionProcess;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/**
 * Hands a filed complaint to its transition's evaluation period. Each complaint starts its own
 * event sub-process and carries its id as a local variable there, so several complaints can be
 * evaluated side by side.
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
        .setVariableLocal(TransitionProcess.COMPLAINT_ID.name(), complaintId)
        .correlateWithResult();
  }
}
