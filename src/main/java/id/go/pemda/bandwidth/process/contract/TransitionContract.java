package id.go.pemda.bandwidth.process.contract;

import id.go.pemda.bandwidth.budget.RevocationDecision;
import id.go.pemda.bandwidth.connection.LinkAcceptance;
import id.go.pemda.bandwidth.coordination.CoordinationDecision;
import id.go.pemda.bandwidth.coordination.PlanDecision;
import id.go.pemda.bandwidth.process.ProcessVariable;
import id.go.pemda.bandwidth.transition.OverdueDecision;
import java.util.Date;

/**
 * The OPD transition process ({@code bpmn/opd-transition.bpmn}): its key, element ids,
 * messages and typed variables, used by delegates, listeners and tests alike. Its complaint
 * handling follows {@link ComplaintCase}.
 */
public final class TransitionContract {

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
  public static final String EVENT_TRANSITION_DEADLINE = "Event_TransitionDeadline";
  public static final String TASK_DECIDE_OVERDUE_TRANSITION = "Task_DecideOverdueTransition";
  public static final String TASK_HAND_OVER_COMPLAINTS = "Task_HandOverComplaints";
  public static final String EVENT_QUIET_PERIOD_ELAPSED = "Event_QuietPeriodElapsed";
  public static final String TASK_APPROVE_BUDGET_REVOCATION = "Task_ApproveBudgetRevocation";
  public static final String TASK_RECORD_BUDGET_REVOCATION = "Task_RecordBudgetRevocation";
  public static final String TASK_CONFIRM_ISP_TERMINATION = "Task_ConfirmIspTermination";
  public static final String END_TRANSITION_COMPLETED = "EndEvent_TransitionCompleted";
  public static final String END_INSTALLED_BY_ICONPLUS = "EndEvent_InstalledByIconPlus";
  public static final String END_INSTALLED_MANUALLY = "EndEvent_InstalledManually";
  public static final String END_EVALUATION_PASSED = "EndEvent_EvaluationPassed";
  public static final String END_REVOCATION_FORCED = "EndEvent_RevocationForced";
  public static final String EVENT_FORCE_CUT_REQUESTED = "Event_ForceCutRequested";
  public static final String TASK_START_BUDGET_REVOCATION = "Task_StartBudgetRevocation";
  public static final String GATEWAY_COORDINATION_OUTCOME = "Gateway_CoordinationOutcome";
  public static final String GATEWAY_PLAN_APPROVED = "Gateway_PlanApproved";
  public static final String GATEWAY_LINK_ACCEPTED = "Gateway_LinkAccepted";
  public static final String GATEWAY_REVOCATION_APPROVED = "Gateway_RevocationApproved";
  public static final String GATEWAY_OVERDUE_DECISION = "Gateway_OverdueDecision";

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

  // Decisions the gateways route on, as the server recorded them from the validated form.
  public static final ProcessVariable<CoordinationDecision> COORDINATION_DECISION =
      ProcessVariable.of("coordinationDecision", CoordinationDecision.class);
  public static final ProcessVariable<PlanDecision> PLAN_DECISION =
      ProcessVariable.of("planDecision", PlanDecision.class);
  public static final ProcessVariable<LinkAcceptance> LINK_ACCEPTANCE =
      ProcessVariable.of("linkAcceptance", LinkAcceptance.class);
  public static final ProcessVariable<Boolean> EVALUATION_PERIOD_OVER =
      ProcessVariable.of("evaluationPeriodOver", Boolean.class);
  public static final ProcessVariable<Date> QUIET_PERIOD_ENDS_AT =
      ProcessVariable.of("quietPeriodEndsAt", Date.class);
  public static final ProcessVariable<RevocationDecision> REVOCATION_DECISION =
      ProcessVariable.of("revocationDecision", RevocationDecision.class);
  public static final ProcessVariable<OverdueDecision> OVERDUE_DECISION =
      ProcessVariable.of("overdueDecision", OverdueDecision.class);

  private TransitionContract() {}
}
