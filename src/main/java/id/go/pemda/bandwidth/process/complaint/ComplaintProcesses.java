package id.go.pemda.bandwidth.process.complaint;

import id.go.pemda.bandwidth.complaint.Complaint;
import id.go.pemda.bandwidth.complaint.ComplaintRouting;
import id.go.pemda.bandwidth.complaint.TroubleTicket;
import id.go.pemda.bandwidth.process.EventSubscriptions;
import id.go.pemda.bandwidth.process.contract.ComplaintCase;
import id.go.pemda.bandwidth.process.contract.ComplaintSupportContract;
import id.go.pemda.bandwidth.process.contract.TransitionContract;
import id.go.pemda.bandwidth.process.contract.TroubleTicketContract;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/**
 * Carries out the complaint feature's routing in the engine: a complaint for a transition is
 * correlated as {@link TransitionContract#MESSAGE_COMPLAINT_FILED}, whose event sub-process copies
 * {@link ComplaintCase#FILED_COMPLAINT_ID} into a case of its own, so several complaints are
 * evaluated side by side; the others start the support process; a trouble ticket starts the
 * process that sends it to Icon+.
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
        .setVariable(ComplaintCase.FILED_COMPLAINT_ID.name(), complaintId)
        .correlateWithResult();
  }

  @Override
  public void startSupport(Complaint complaint) {
    runtime.startProcessInstanceByKey(
        ComplaintSupportContract.KEY, complaint.opdCode(), Map.of(ComplaintCase.FILED_COMPLAINT_ID.name(), complaint.id()));
  }

  @Override
  public void sendTroubleTicket(TroubleTicket ticket) {
    runtime.startProcessInstanceByKey(
        TroubleTicketContract.KEY, ticket.opdCode(), Map.of(TroubleTicketContract.TICKET_ID.name(), ticket.id()));
  }
}
