package id.go.pemda.bandwidth.process.contract;

import id.go.pemda.bandwidth.process.ProcessVariable;
import java.util.Date;

/**
 * Handling one complaint, the same way in the transition's event sub-process and in the support
 * process: {@code Task_OpenComplaintCase} copies the complaint handed over into variables local
 * to its scope, so complaints handled side by side never see each other's values.
 */
public final class ComplaintCase {

  public static final String TASK_OPEN_COMPLAINT_CASE = "Task_OpenComplaintCase";
  public static final String TASK_EVALUATE_COMPLAINT = "Task_EvaluateComplaint";
  public static final String EVENT_COMPLAINT_OVERDUE = "Event_ComplaintOverdue";
  public static final String TASK_RECORD_ESCALATION = "Task_RecordComplaintEscalation";
  public static final String TASK_REVIEW_OVERDUE_COMPLAINT = "Task_ReviewOverdueComplaint";

  /** The complaint handed to a process, before its case scope takes it over. */
  public static final ProcessVariable<Long> FILED_COMPLAINT_ID = ProcessVariable.of("filedComplaintId", Long.class);
  /** The complaint a case is about, local to the case. */
  public static final ProcessVariable<Long> COMPLAINT_ID = ProcessVariable.of("complaintId", Long.class);
  /** When Diskominfo must have responded, local to the case. */
  public static final ProcessVariable<Date> RESPONSE_DUE_AT = ProcessVariable.of("complaintResponseDueAt", Date.class);
  /** Who evaluates the complaint (from the triage table), local to the case. */
  public static final ProcessVariable<String> HANDLING_GROUP = ProcessVariable.of("complaintHandlingGroup", String.class);
  /** Tasklist priority of the case's tasks, from the complaint's severity, local to the case. */
  public static final ProcessVariable<Integer> TASK_PRIORITY = ProcessVariable.of("taskPriority", Integer.class);

  private ComplaintCase() {}
}
