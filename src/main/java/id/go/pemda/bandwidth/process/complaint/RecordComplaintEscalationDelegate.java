package id.go.pemda.bandwidth.process.complaint;

import id.go.pemda.bandwidth.complaint.ComplaintService;
import id.go.pemda.bandwidth.process.contract.ComplaintCaseContract;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_RecordComplaintEscalation (transition and support process): the response deadline of the
 * case's complaint passed, which is put on the complaint before the Head of Diskominfo acts.
 */
@Component("recordComplaintEscalation")
public class RecordComplaintEscalationDelegate implements JavaDelegate {

  private final ComplaintService complaints;

  public RecordComplaintEscalationDelegate(ComplaintService complaints) {
    this.complaints = complaints;
  }

  @Override
  public void execute(DelegateExecution execution) {
    complaints.escalate(ComplaintCaseContract.COMPLAINT_ID.from(execution));
  }
}
