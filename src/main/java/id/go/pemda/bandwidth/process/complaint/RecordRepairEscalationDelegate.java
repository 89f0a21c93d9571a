package id.go.pemda.bandwidth.process.complaint;

import id.go.pemda.bandwidth.complaint.ComplaintService;
import id.go.pemda.bandwidth.process.contract.ComplaintCaseContract;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_RecordRepairEscalation: Icon+ missed the repair deadline; on record for the Head of Diskominfo. */
@Component("recordRepairEscalation")
public class RecordRepairEscalationDelegate implements JavaDelegate {

  private final ComplaintService complaints;

  public RecordRepairEscalationDelegate(ComplaintService complaints) {
    this.complaints = complaints;
  }

  @Override
  public void execute(DelegateExecution execution) {
    complaints.escalateRepair(ComplaintCaseContract.TICKET_ID.from(execution));
  }
}
