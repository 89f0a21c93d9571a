package id.go.pemda.bandwidth.transition;

import id.go.pemda.bandwidth.workflow.ProcessVariable;
import java.util.Date;

/**
 * The OPD transition process ({@code bpmn/opd-transition.bpmn}): its key, element ids,
 * messages and typed variables, used by delegates, listeners and tests alike.
 */
public final class TransitionProcess {

  public static final String KEY = "bandwidth-transition";

  public static final String MESSAGE_INSTALLATION_COMPLETED = "InstallationCompleted";
  public static final String MESSAGE_INSTALLATION_FAILED = "InstallationFailed";
  public static final String MESSAGE_COMPLAINT_FILED = "ComplaintFiled";
  public static final String MESSAGE_FORCE_CUT = "ForceCut";
  public static final String ERROR_REVOCATION_FORCED = "REVOCATION_FORCED";

  public static final String TASK_FILL_SURVEY = "Task_FillSurvey";
  public static final String TASK_SIZE_BANDWIDTH = "Task_SizeBandwidth";
  public static final String TASK_COORDINATE_TECHNICALLY = "Task_CoordinateTechnically";
  public static final String TASK_APPROVE_PLAN = "Task_ApprovePlan";
  public static final String TASK_RECORD_CONNECTION_ORDER = "Task_RecordConnectionOrder";
  public static final String SUBPROCESS_INSTALLATION = "SubProcess_Installation";
  public static final String TASK_SEND_CONNECTION_ORDER = "Task_SendConnectionOrder";
  public static final String TASK_CONFIRM_INSTALLATION = "Task_ConfirmInstallation";
  public static final String EVENT_INSTALLATION_REPORTED = "Event_InstallationReported";
  public static final String EVENT_INSTALLATION_FAILED = "Event_InstallationFailed";
  public static final String EVENT_INSTALLATION_OVERDUE = "Event_InstallationOverdue";
  public static final String TASK_HANDLE_FAILED_ORDER = "Task_HandleFailedOrder";
  public static final String TASK_CHASE_ICONPLUS = "Task_ChaseIconPlus";
  public static final String TASK_ACCEPT_LINK = "Task_AcceptLink";
  public static final String TASK_EVALUATE_ACCEPTANCE_COMPLAINT = "Task_EvaluateAcceptanceComplaint";
  public static final String SUBPROCESS_TRANSITION = "SubProcess_Transition";
  public static final String SUBPROCESS_EVALUATION_PERIOD = "SubProcess_EvaluationPeriod";
  public static final String TASK_EVALUATE_COMPLAINT = "Task_EvaluateComplaint";
  public static final String TASK_REVIEW_OVERDUE_COMPLAINT = "Task_ReviewOverdueComplaint";
  public static final String EVENT_COMPLAINT_OVERDUE = "Event_ComplaintOverdue";
  public static final String EVENT_TRANSITION_DEADLINE = "Event_TransitionDeadline";
  public static final String TASK_DECIDE_OVERDUE_TRANSITION = "Task_DecideOverdueTransition";
  public static final String TASK_HAND_OVER_COMPLAINTS = "Task_HandOverComplaints";
  /** Where a forced cut is recorded in the decision log. */
  public static final String STEP_FORCE_CUT = "ForceCut";
  public static final String EVENT_QUIET_PERIOD_ELAPSED = "Event_QuietPeriodElapsed";
  public static final String TASK_APPROVE_BUDGET_REVOCATION = "Task_ApproveBudgetRevocation";
  public static final String TASK_RECORD_BUDGET_REVOCATION = "Task_RecordBudgetRevocation";
  public static final String TASK_CONFIRM_ISP_TERMINATION = "Task_ConfirmIspTermination";
  public static final String END_TRANSITION_COMPLETED = "EndEvent_TransitionCompleted";

  // Ids and routing data handed in by the campaign.
  public static final ProcessVariable<String> OPD_CODE = ProcessVariable.of("opdCode", String.class);
  public static final ProcessVariable<Long> CAMPAIGN_ID = ProcessVariable.of("campaignId", Long.class);

  // Ids of the application's rows; the data itself lives in the tables.
  public static final ProcessVariable<Long> TRANSITION_ID = ProcessVariable.of("transitionId", Long.class);
  public static final ProcessVariable<String> OPD_GROUP = ProcessVariable.of("opdGroup", String.class);
  /** When the OPD must be through; the Sekda decides on OPDs still in transition then. */
  public static final ProcessVariable<Date> TRANSITION_DEADLINE =
      ProcessVariable.of("transitionDeadline", Date.class);
  /** Tasklist priority of every task of this OPD: frontline public service first. */
  public static final ProcessVariable<Integer> TASK_PRIORITY = ProcessVariable.of("taskPriority", Integer.class);
  public static final ProcessVariable<Long> PLAN_ID = ProcessVariable.of("planId", Long.class);
  public static final ProcessVariable<Long> CONNECTION_ORDER_ID =
      ProcessVariable.of("connectionOrderId", Long.class);
  /** The installation SLA: when Icon+ should have reported; Icon+ may reschedule it. */
  public static final ProcessVariable<Date> INSTALLATION_DUE_AT =
      ProcessVariable.of("installationDueAt", Date.class);
  /** The complaint a task is about; local to each complaint-handling scope. */
  public static final ProcessVariable<Long> COMPLAINT_ID = ProcessVariable.of("complaintId", Long.class);
  /** When Diskominfo must have responded; local to each complaint-handling scope. */
  public static final ProcessVariable<Date> COMPLAINT_RESPONSE_DUE_AT =
      ProcessVariable.of("complaintResponseDueAt", Date.class);
  /** Who evaluates the complaint (from the triage table); local to each complaint-handling scope. */
  public static final ProcessVariable<String> COMPLAINT_HANDLING_GROUP =
      ProcessVariable.of("complaintHandlingGroup", String.class);
  /** The complaint last handed over, copied into the local scope that handles it. */
  public static final ProcessVariable<Long> FILED_COMPLAINT_ID =
      ProcessVariable.of("filedComplaintId", Long.class);

  // Decisions the gateways route on.
  public static final ProcessVariable<String> COORDINATION_DECISION =
      ProcessVariable.of("coordinationDecision", String.class);
  public static final ProcessVariable<String> PLAN_DECISION = ProcessVariable.of("planDecision", String.class);
  public static final ProcessVariable<String> LINK_ACCEPTANCE =
      ProcessVariable.of("linkAcceptance", String.class);
  public static final ProcessVariable<Boolean> EVALUATION_PERIOD_OVER =
      ProcessVariable.of("evaluationPeriodOver", Boolean.class);
  public static final ProcessVariable<Date> QUIET_PERIOD_ENDS_AT =
      ProcessVariable.of("quietPeriodEndsAt", Date.class);
  public static final ProcessVariable<String> REVOCATION_DECISION =
      ProcessVariable.of("revocationDecision", String.class);
  public static final ProcessVariable<String> OVERDUE_DECISION =
      ProcessVariable.of("overdueDecision", String.class);

  private TransitionProcess() {}
}
