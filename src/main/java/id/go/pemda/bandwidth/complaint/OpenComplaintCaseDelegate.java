package id.go.pemda.bandwidth.complaint;

import id.go.pemda.bandwidth.transition.TransitionProcess;
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
    Complaint complaint = complaints.require(TransitionProcess.FILED_COMPLAINT_ID.from(execution));
    TransitionProcess.COMPLAINT_ID.setLocal(execution, complaint.id());
    TransitionProcess.COMPLAINT_RESPONSE_DUE_AT.setLocal(execution, Date.from(complaint.responseDueAt()));
    TransitionProcess.COMPLAINT_HANDLING_GROUP.setLocal(execution, complaint.handlingGroup());
    TransitionProcess.TASK_PRIORITY.setLocal(execution, complaint.severity().taskPriority());
  }
}
