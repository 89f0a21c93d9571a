package id.go.pemda.bandwidth.process.complaint;

import id.go.pemda.bandwidth.complaint.Complaint;
import id.go.pemda.bandwidth.complaint.ComplaintService;
import id.go.pemda.bandwidth.process.contract.ComplaintCase;
import id.go.pemda.bandwidth.process.contract.TransitionContract;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_OpenComplaintCase: the first step of handling one complaint. It keeps the complaint's
 * id, response deadline, handling group and task priority (from its severity) local to this
 * complaint's scope, so complaints handled side by side never see each other's values.
 */
@Component("openComplaintCase")
public class OpenComplaintCaseDelegate implements JavaDelegate {

  private final ComplaintService complaints;

  public OpenComplaintCaseDelegate(ComplaintService complaints) {
    this.complaints = complaints;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Complaint complaint = complaints.require(ComplaintCase.FILED_COMPLAINT_ID.from(execution));
    ComplaintCase.COMPLAINT_ID.setLocal(execution, complaint.id());
    ComplaintCase.RESPONSE_DUE_AT.setLocal(execution, Date.from(complaint.responseDueAt()));
    ComplaintCase.HANDLING_GROUP.setLocal(execution, complaint.handlingGroup());
    TransitionContract.TASK_PRIORITY.setLocal(execution, complaint.severity().taskPriority());
  }
}
