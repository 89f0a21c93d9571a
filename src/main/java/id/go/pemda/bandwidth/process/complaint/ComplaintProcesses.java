package id.go.pemda.bandwidth.process.complaint;

import id.go.pemda.bandwidth.complaint.Complaint;
import id.go.pemda.bandwidth.complaint.ComplaintHandoff;
import id.go.pemda.bandwidth.process.EventSubscriptions;
import id.go.pemda.bandwidth.process.contract.ComplaintCaseContract;
import id.go.pemda.bandwidth.process.contract.TransitionContract;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/**
 * Carries out, in the engine, where the complaint feature routes a complaint. A complaint for a
 * transition is correlated as {@link TransitionContract#MESSAGE_COMPLAINT_FILED} with its id local
 * to the new event sub-process, which calls a complaint case ({@link ComplaintCaseContract}) of
 * its own, so several complaints are handled side by side; any other complaint starts its case
 * directly. Icon+'s repair report reaches the case waiting for it.
 */
@Component
public class ComplaintProcesses implements ComplaintHandoff {

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
        .setVariableLocal(ComplaintCaseContract.FILED_COMPLAINT_ID.name(), complaintId)
        .correlateWithResult();
  }

  @Override
  public void startCase(Complaint complaint) {
    runtime.startProcessInstanceByKey(
        ComplaintCaseContract.KEY,
        complaint.opdCode(),
        // the OPD code gives the case its Pemda when no instance or user starts it (the API)
        Map.of(
            ComplaintCaseContract.COMPLAINT_ID.name(), complaint.id(),
            ComplaintCaseContract.OPD_CODE.name(), complaint.opdCode()));
  }

  /** Whether the case waits for Icon+'s repair report right now. */
  public boolean awaitsRepair(String caseProcessInstanceId) {
    return caseProcessInstanceId != null
        && EventSubscriptions.isListening(runtime, caseProcessInstanceId, ComplaintCaseContract.MESSAGE_TROUBLE_TICKET_REPAIRED);
  }

  public void repairReported(String caseProcessInstanceId) {
    runtime
        .createMessageCorrelation(ComplaintCaseContract.MESSAGE_TROUBLE_TICKET_REPAIRED)
        .processInstanceId(caseProcessInstanceId)
        .correlate();
  }
}
