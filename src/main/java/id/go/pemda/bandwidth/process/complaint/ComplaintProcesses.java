package id.go.pemda.bandwidth.process.complaint;

import id.go.pemda.bandwidth.complaint.Complaint;
import id.go.pemda.bandwidth.complaint.ComplaintRouting;
import id.go.pemda.bandwidth.process.EventSubscriptions;
import id.go.pemda.bandwidth.process.contract.ComplaintCase;
import id.go.pemda.bandwidth.process.contract.TransitionContract;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/**
 * Carries out the complaint feature's routing in the engine. A complaint for a transition is
 * correlated as {@link TransitionContract#MESSAGE_COMPLAINT_FILED} with its id local to the new
 * event sub-process, which calls a {@link ComplaintCase} of its own, so several complaints are
 * handled side by side; any other complaint starts its case directly. Icon+'s repair report
 * reaches the case waiting for it.
 */
@Component
public class ComplaintProcesses implements ComplaintRouting {

  private final RuntimeService runtime;

  public ComplaintProcesses(RuntimeService runtime) {
    this.runtime = runtime;
  }

  @Override
  public boolean takesComplaints(String processInstanceId) {
    return EventSubscriptions.isListening(runtime, processInstanceId, TransitionContract.MESSAGE_COMPLAINT_FILED);
  }

  @Override
  public void deliverToTransition(String processInstanceId, Long complaintId) {
    runtime
        .createMessageCorrelation(TransitionContract.MESSAGE_COMPLAINT_FILED)
        .processInstanceId(processInstanceId)
        .setVariableLocal(ComplaintCase.FILED_COMPLAINT_ID.name(), complaintId)
        .correlateWithResult();
  }

  @Override
  public void startCase(Complaint complaint) {
    runtime.startProcessInstanceByKey(
        ComplaintCase.KEY,
        complaint.opdCode(),
        // the OPD code gives the case its Pemda when no instance or user starts it (the API)
        Map.of(ComplaintCase.COMPLAINT_ID.name(), complaint.id(), ComplaintCase.OPD_CODE.name(), complaint.opdCode()));
  }

  /** Whether the case waits for Icon+'s repair report right now. */
  public boolean awaitsRepair(String caseProcessInstanceId) {
    return caseProcessInstanceId != null
        && EventSubscriptions.isListening(runtime, caseProcessInstanceId, ComplaintCase.MESSAGE_TROUBLE_TICKET_REPAIRED);
  }

  public void repairReported(String caseProcessInstanceId) {
    runtime
        .createMessageCorrelation(ComplaintCase.MESSAGE_TROUBLE_TICKET_REPAIRED)
        .processInstanceId(caseProcessInstanceId)
        .correlate();
  }
}
