package id.go.pemda.bandwidth.process.contract;

import id.go.pemda.bandwidth.complaint.EvaluationResult;
import id.go.pemda.bandwidth.complaint.RepairConfirmation;
import id.go.pemda.bandwidth.process.ProcessVariable;
import java.util.Date;

/**
 * One complaint from evaluation until the link works again ({@code bpmn/complaint-case.bpmn}).
 * Called by the transition for complaints during a transition and at a site's acceptance, and
 * started on its own for the others (the network-service route), always with
 * {@link #COMPLAINT_ID}.
 */
public final class ComplaintCaseContract {

  public static final String KEY = "complaint-case";

  public static final String MESSAGE_TROUBLE_TICKET_REPAIRED = "TroubleTicketRepaired";

  public static final String TASK_OPEN_COMPLAINT_CASE = "Task_OpenComplaintCase";
  public static final String TASK_EVALUATE_COMPLAINT = "Task_EvaluateComplaint";
  public static final String EVENT_COMPLAINT_OVERDUE = "Event_ComplaintOverdue";
  public static final String TASK_RECORD_ESCALATION = "Task_RecordComplaintEscalation";
  public static final String TASK_REVIEW_OVERDUE_COMPLAINT = "Task_ReviewOverdueComplaint";
  public static final String GATEWAY_EVALUATION_RESULT = "Gateway_EvaluationResult";
  public static final String TASK_SEND_TROUBLE_TICKET = "Task_SendTroubleTicket";
  /** Diskominfo's task while Icon+ repairs: ended by Icon+'s report, or completed with a report by phone. */
  public static final String TASK_AWAIT_REPAIR = "Task_AwaitRepair";
  /** Icon+'s repair callback, on the border of {@link #TASK_AWAIT_REPAIR}. */
  public static final String EVENT_REPAIR_REPORTED = "Event_RepairReported";
  public static final String EVENT_REPAIR_OVERDUE = "Event_RepairOverdue";
  public static final String TASK_RECORD_REPAIR_ESCALATION = "Task_RecordRepairEscalation";
  public static final String TASK_REVIEW_OVERDUE_REPAIR = "Task_ReviewOverdueRepair";
  public static final String TASK_CONFIRM_REPAIR = "Task_ConfirmRepair";
  /** The OPD has not confirmed the repair by its due date: a reminder to Diskominfo. */
  public static final String EVENT_REPAIR_CONFIRMATION_OVERDUE = "Event_RepairConfirmationOverdue";
  public static final String TASK_REMIND_REPAIR_CONFIRMATION = "Task_RemindRepairConfirmation";
  public static final String GATEWAY_REPAIR_CONFIRMED = "Gateway_RepairConfirmed";
  public static final String END_COMPLAINT_CLOSED = "EndEvent_ComplaintClosed";
  public static final String END_COMPLAINT_REPAIRED = "EndEvent_ComplaintRepaired";

  /** The complaint handed to the transition's event sub-process, local to it until the case takes it. */
  public static final ProcessVariable<Long> FILED_COMPLAINT_ID = ProcessVariable.of("filedComplaintId", Long.class);
  /** The complaint the case is about. */
  public static final ProcessVariable<Long> COMPLAINT_ID = ProcessVariable.of("complaintId", Long.class);
  /** The complaining OPD, given at a direct start so the case gets the OPD's Pemda. */
  public static final ProcessVariable<String> OPD_CODE = TransitionContract.OPD_CODE;
  /** When Diskominfo must have responded. */
  public static final ProcessVariable<Date> RESPONSE_DUE_AT = ProcessVariable.of("complaintResponseDueAt", Date.class);
  /** Who evaluates the complaint (from the triage table). */
  public static final ProcessVariable<String> HANDLING_GROUP = ProcessVariable.of("complaintHandlingGroup", String.class);
  /** The OPD that complained: it confirms the repair. */
  public static final ProcessVariable<String> OPD_GROUP = ProcessVariable.of("opdGroup", String.class);
  /** Tasklist priority of the case's tasks, from the complaint's severity. */
  public static final ProcessVariable<Integer> TASK_PRIORITY = ProcessVariable.of("taskPriority", Integer.class);
  public static final ProcessVariable<EvaluationResult> EVALUATION_RESULT =
      ProcessVariable.of("evaluationResult", EvaluationResult.class);
  /** The trouble ticket open at Icon+ for this case, and by when it should be repaired. */
  public static final ProcessVariable<Long> TICKET_ID = ProcessVariable.of("troubleTicketId", Long.class);
  public static final ProcessVariable<Date> REPAIR_DUE_AT = ProcessVariable.of("repairDueAt", Date.class);
  public static final ProcessVariable<RepairConfirmation> REPAIR_CONFIRMATION =
      ProcessVariable.of("repairConfirmation", RepairConfirmation.class);

  private ComplaintCaseContract() {}
}
