package id.go.pemda.bandwidth.process.complaint;

import id.go.pemda.bandwidth.complaint.Complaint;
import id.go.pemda.bandwidth.complaint.ComplaintService;
import id.go.pemda.bandwidth.identity.Groups;
import id.go.pemda.bandwidth.identity.InstanceAccess;
import id.go.pemda.bandwidth.process.contract.ComplaintCaseContract;
import id.go.pemda.bandwidth.tenant.Tenants;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_OpenComplaintCase: the case is on record with the complaint (so Icon+'s repair report
 * finds it), with the complaint's response deadline, handling group and task priority, and the
 * OPD, which confirms a repair and may read its own case.
 */
@Component("openComplaintCase")
public class OpenComplaintCaseDelegate implements JavaDelegate {

  private final ComplaintService complaints;
  private final InstanceAccess access;

  public OpenComplaintCaseDelegate(ComplaintService complaints, InstanceAccess access) {
    this.complaints = complaints;
    this.access = access;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Complaint complaint =
        complaints.handledBy(ComplaintCaseContract.COMPLAINT_ID.from(execution), execution.getProcessInstanceId());
    ComplaintCaseContract.RESPONSE_DUE_AT.set(execution, Date.from(complaint.responseDueAt()));
    // the triage table names the role; the group is the role's in the complaint's Pemda
    ComplaintCaseContract.HANDLING_GROUP.set(execution, Groups.of(Tenants.of(complaint.opdCode()), complaint.handlingGroup()));
    ComplaintCaseContract.OPD_GROUP.set(execution, Groups.opd(complaint.opdCode()));
    ComplaintCaseContract.TASK_PRIORITY.set(execution, complaint.severity().taskPriority());
    access.grantRead(Groups.opd(complaint.opdCode()), execution.getProcessInstanceId());
  }
}
