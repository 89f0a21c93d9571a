package id.go.pemda.bandwidth.complaint;

import id.go.pemda.bandwidth.transition.TransitionProcess;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/** Starts {@code complaint-support.bpmn} for a complaint no transition can take. */
@Component
public class SupportProcess {

  private final RuntimeService runtime;

  public SupportProcess(RuntimeService runtime) {
    this.runtime = runtime;
  }

  public void start(Complaint complaint) {
    runtime.startProcessInstanceByKey(
        ComplaintProcesses.SUPPORT_KEY, complaint.opdCode(), Map.of(TransitionProcess.FILED_COMPLAINT_ID.name(), complaint.id()));
  }
}
