package id.go.pemda.bandwidth.process.contract;

import id.go.pemda.bandwidth.budget.BudgetHoldDecision;
import id.go.pemda.bandwidth.budget.RevocationDecision;
import id.go.pemda.bandwidth.complaint.MonitoringEndDecision;
import id.go.pemda.bandwidth.connection.ChaseDecision;
import id.go.pemda.bandwidth.connection.ExemptionDecision;
import id.go.pemda.bandwidth.connection.ExemptionEndDecision;
import id.go.pemda.bandwidth.connection.FailedOrderDecision;
import id.go.pemda.bandwidth.connection.LinkAcceptance;
import id.go.pemda.bandwidth.connection.SiteRoute;
import id.go.pemda.bandwidth.coordination.CoordinationDecision;
import id.go.pemda.bandwidth.coordination.PlanDecision;
import id.go.pemda.bandwidth.process.ProcessVariable;
import id.go.pemda.bandwidth.transition.OverdueDecision;
import java.util.Date;

/**
 * The OPD transition process ({@code bpmn/opd-transition.bpmn}): its key, element ids,
 * messages and typed variables, used by delegates, listeners and tests alike. The network
 * ({@link #SUBPROCESS_NETWORK}, one {@link #SUBPROCESS_SITE} per site) and the budget
 * ({@link #SUBPROCESS_BUDGET}) run side by side; complaints are handled by {@link ComplaintCaseContract}.
 */
public final class TransitionContract {

  public static final String KEY = "bandwidth-transition";

  public static final String MESSAGE_INSTALLATION_COMPLETED = "InstallationCompleted";
  public static final String MESSAGE_INSTALLATION_FAILED = "InstallationFailed";
  public static final String MESSAGE_COMPLAINT_FILED = "ComplaintFiled";
  /** A complaint filed after the Sekda's approval holds BPKAD's record: the Sekda decides. */
  public static final String MESSAGE_BUDGET_RECORD_HELD = "BudgetRecordHeld";

  public static final String TASK_REGISTER_TRANSITION = "Task_RegisterTransition";
  public static final String SUBPROCESS_NETWORK = "SubProcess_Network";
  public static final String TASK_FILL_SURVEY = "Task_FillSurvey";
  public static final String TASK_SIZE_BANDWIDTH = "Task_SizeBandwidth";
  public static final String TASK_COORDINATE_TECHNICALLY = "Task_CoordinateTechnically";
  public static final String TASK_APPROVE_PLAN = "Task_ApprovePlan";
  public static final String TASK_PREPARE_SITE_CONNECTIONS = "Task_PrepareSiteConnections";
  public static final String SUBPROCESS_SITE = "SubProcess_Site";
  public static final String TASK_CHOOSE_SITE_ROUTE = "Task_ChooseSiteRoute";
  public static final String TASK_ADOPT_CIRCUIT = "Task_AdoptCircuit";
  public static final String TASK_RECORD_CONNECTION_ORDER = "Task_RecordConnectionOrder";
  public static final String SUBPROCESS_INSTALLATION = "SubProcess_Installation";
  public static final String TASK_SEND_CONNECTION_ORDER = "Task_SendConnectionOrder";
  public static final String TASK_CONFIRM_INSTALLATION = "Task_ConfirmInstallation";
  public static final String EVENT_INSTALLATION_REPORTED = "Event_InstallationReported";
  /** Where Icon+'s report ends the installation (the other end is Diskominfo's confirmation). */
  public static final String END_INSTALLED_BY_ICONPLUS = "EndEvent_InstalledByIconPlus";
  public static final String EVENT_INSTALLATION_FAILED = "Event_InstallationFailed";
  public static final String EVENT_INSTALLATION_OVERDUE = "Event_InstallationOverdue";
  public static final String EVENT_INSTALLATION_OVERDUE_HEAD = "Event_InstallationOverdueHead";
  public static final String EVENT_INSTALLATION_OVERDUE_SEKDA = "Event_InstallationOverdueSekda";
  public static final String TASK_CHASE_ICONPLUS = "Task_ChaseIconPlus";
  public static final String EVENT_PROMISED_DATE_REACHED = "Event_PromisedDateReached";
  public static final String TASK_REVIEW_OVERDUE_INSTALLATION = "Task_ReviewOverdueInstallation";
  public static final String TASK_ESCALATE_OVERDUE_INSTALLATION = "Task_EscalateOverdueInstallation";
  public static final String TASK_CANCEL_CONNECTION_ORDER = "Task_CancelConnectionOrder";
  /** The installation's errors caught on its sub-process: Icon+ could not install, or the order was cancelled. */
  public static final String EVENT_ORDER_FAILED = "Event_OrderFailed";
  public static final String EVENT_ORDER_CANCELLED = "Event_OrderCancelled";
  public static final String TASK_HANDLE_FAILED_ORDER = "Task_HandleFailedOrder";
  public static final String TASK_DECIDE_EXEMPTION = "Task_DecideExemption";
  public static final String TASK_ACCEPT_LINK = "Task_AcceptLink";
  public static final String CALL_ACCEPTANCE_COMPLAINT = "CallActivity_AcceptanceComplaint";
  public static final String TASK_RECORD_NETWORK_READY = "Task_RecordNetworkReady";
  public static final String SUBPROCESS_BUDGET = "SubProcess_Budget";
  public static final String EVENT_NETWORK_READY = "Event_NetworkReady";
  public static final String EVENT_CUT_REQUESTED = "Event_CutRequested";
  public static final String SUBPROCESS_MONITORING = "SubProcess_Monitoring";
  public static final String EVENT_CUT_DURING_MONITORING = "Event_CutDuringMonitoring";
  public static final String TASK_CHECK_QUIET_PERIOD = "Task_CheckQuietPeriod";
  public static final String EVENT_QUIET_PERIOD_ELAPSED = "Event_QuietPeriodElapsed";
  /** The Kepala Diskominfo confirms the quiet stretch's end before the Sekda decides, or restarts it. */
  public static final String TASK_CONFIRM_MONITORING_END = "Task_ConfirmMonitoringEnd";
  public static final String TASK_APPROVE_BUDGET_REVOCATION = "Task_ApproveBudgetRevocation";
  public static final String TASK_START_BUDGET_REVOCATION = "Task_StartBudgetRevocation";
  public static final String TASK_RECORD_BUDGET_REVOCATION = "Task_RecordBudgetRevocation";
  public static final String EVENT_BUDGET_REVOCATION_OVERDUE = "Event_BudgetRevocationOverdue";
  public static final String TASK_REMIND_BUDGET_REVOCATION = "Task_RemindBudgetRevocation";
  /** A complaint after the approval reached BPKAD's open record ({@link #MESSAGE_BUDGET_RECORD_HELD}). */
  public static final String EVENT_BUDGET_RECORD_HELD = "Event_BudgetRecordHeld";
  public static final String TASK_DECIDE_BUDGET_HOLD = "Task_DecideBudgetHold";
  public static final String EVENT_TRANSITION_DEADLINE = "Event_TransitionDeadline";
  public static final String TASK_DECIDE_OVERDUE_TRANSITION = "Task_DecideOverdueTransition";
  public static final String TASK_REQUEST_CUT = "Task_RequestCut";
  public static final String SUBPROCESS_ISP_TERMINATION = "SubProcess_IspTermination";
  public static final String TASK_CONFIRM_ISP_TERMINATION = "Task_ConfirmIspTermination";
  public static final String EVENT_ISP_TERMINATION_OVERDUE = "Event_IspTerminationOverdue";
  public static final String TASK_REMIND_ISP_TERMINATION = "Task_RemindIspTermination";
  /** One per exempted site, beside the ISP terminations: its exemption ends, the Sekda decides. */
  public static final String SUBPROCESS_EXEMPTION_END = "SubProcess_ExemptionEnd";
  public static final String EVENT_EXEMPTION_ENDS = "Event_ExemptionEnds";
  public static final String TASK_DECIDE_EXEMPTION_END = "Task_DecideExemptionEnd";
  public static final String TASK_CONNECT_EXEMPTED_SITE = "Task_ConnectExemptedSite";
  public static final String END_EXEMPTED_SITE_CONNECTED = "EndEvent_ExemptedSiteConnected";
  /**
   * A site connected at its exemption's end whose own ISP contract still runs ends it like any
   * accepted site, with the same form, rules and reminder as {@link #TASK_CONFIRM_ISP_TERMINATION}.
   */
  public static final String GATEWAY_OLD_ISP_CONTRACT_TO_END = "Gateway_OldIspContractToEnd";
  public static final String TASK_CONFIRM_EXEMPTED_ISP_TERMINATION = "Task_ConfirmExemptedIspTermination";
  public static final String EVENT_EXEMPTED_ISP_TERMINATION_OVERDUE = "Event_ExemptedIspTerminationOverdue";
  public static final String TASK_REMIND_EXEMPTED_ISP_TERMINATION = "Task_RemindExemptedIspTermination";
  public static final String END_EXEMPTED_ISP_TERMINATED = "EndEvent_ExemptedIspTerminated";
  public static final String TASK_COMPLETE_TRANSITION = "Task_CompleteTransition";
  /** A complaint filed during the transition ({@link #MESSAGE_COMPLAINT_FILED}) starts the complaint sub-process here. */
  public static final String START_COMPLAINT_FILED = "StartEvent_ComplaintFiled";
  /** Each complaint filed during the transition passes here: it may hold BPKAD's record. */
  public static final String EVENT_HOLD_BUDGET_RECORD = "Event_HoldBudgetRecord";
  public static final String CALL_COMPLAINT_CASE = "CallActivity_ComplaintCase";
  public static final String END_TRANSITION_COMPLETED = "EndEvent_TransitionCompleted";
  public static final String END_SITE_ACCEPTED = "EndEvent_SiteAccepted";
  public static final String END_SITE_EXEMPTED = "EndEvent_SiteExempted";
  public static final String END_CIRCUIT_ADOPTED = "EndEvent_CircuitAdopted";
  /** Inside the budget branch: the move is decided (approved or cut); the deadline no longer runs. */
  public static final String END_REVOCATION_DECIDED = "EndEvent_RevocationDecided";
  /** BPKAD recorded the move; a reminder still open ends with it. */
  public static final String END_BUDGET_MOVED = "EndEvent_BudgetMoved";
  public static final String GATEWAY_COORDINATION_OUTCOME = "Gateway_CoordinationOutcome";
  public static final String GATEWAY_PLAN_APPROVED = "Gateway_PlanApproved";
  public static final String GATEWAY_SITE_ROUTE = "Gateway_SiteRoute";
  public static final String GATEWAY_CHASE_DECISION = "Gateway_ChaseDecision";
  public static final String GATEWAY_FAILED_ORDER_DECISION = "Gateway_FailedOrderDecision";
  public static final String GATEWAY_EXEMPTION_DECISION = "Gateway_ExemptionDecision";
  public static final String GATEWAY_LINK_ACCEPTED = "Gateway_LinkAccepted";
  public static final String GATEWAY_MONITORING_END_CONFIRMED = "Gateway_MonitoringEndConfirmed";
  public static final String GATEWAY_REVOCATION_APPROVED = "Gateway_RevocationApproved";
  public static final String GATEWAY_OVERDUE_DECISION = "Gateway_OverdueDecision";
  public static final String GATEWAY_EXEMPTION_END_DECISION = "Gateway_ExemptionEndDecision";

  // Ids and routing data handed in by the campaign.
  public static final ProcessVariable<String> OPD_CODE = ProcessVariable.of("opdCode", String.class);
  public static final ProcessVariable<Long> CAMPAIGN_ID = ProcessVariable.of("campaignId", Long.class);

  // Ids of the application's rows; the data itself lives in the tables.
  public static final ProcessVariable<Long> TRANSITION_ID = ProcessVariable.of("transitionId", Long.class);
  public static final ProcessVariable<String> OPD_GROUP = ProcessVariable.of("opdGroup", String.class);
  /** When the OPD must be through; the Sekda decides on OPDs still in transition then. */
  public static final ProcessVariable<Date> TRANSITION_DEADLINE = ProcessVariable.of("transitionDeadline", Date.class);
  /** Tasklist priority of every task of this OPD: frontline public service first. */
  public static final ProcessVariable<Integer> TASK_PRIORITY = ProcessVariable.of("taskPriority", Integer.class);
  /** Every site is on the central network or exempted: the budget branch may start monitoring. */
  public static final ProcessVariable<Boolean> NETWORK_READY = ProcessVariable.of("networkReady", Boolean.class);
  /** The Sekda cut the budget ("putus saja" or at the deadline): it moves now, the network goes on. */
  public static final ProcessVariable<Boolean> CUT_REQUESTED = ProcessVariable.of("cutRequested", Boolean.class);
  public static final ProcessVariable<Date> BUDGET_REVOCATION_DUE_AT = ProcessVariable.of("budgetRevocationDueAt", Date.class);

  // Local to one site (SubProcess_Site's input mappings declare them, so sites never share them).
  public static final ProcessVariable<Long> SITE_ID = ProcessVariable.of("siteId", Long.class);
  public static final ProcessVariable<SiteRoute> SITE_ROUTE = ProcessVariable.of("siteRoute", SiteRoute.class);
  public static final ProcessVariable<Long> CONNECTION_ORDER_ID = ProcessVariable.of("connectionOrderId", Long.class);
  /** The installation SLA: when Icon+ should have reported; a date Icon+ promised replaces it. */
  public static final ProcessVariable<Date> INSTALLATION_DUE_AT = ProcessVariable.of("installationDueAt", Date.class);
  public static final ProcessVariable<Date> INSTALLATION_HEAD_ESCALATION_AT =
      ProcessVariable.of("installationHeadEscalationAt", Date.class);
  public static final ProcessVariable<Date> INSTALLATION_SEKDA_ESCALATION_AT =
      ProcessVariable.of("installationSekdaEscalationAt", Date.class);
  public static final ProcessVariable<Long> ACCEPTANCE_COMPLAINT_ID = ProcessVariable.of("acceptanceComplaintId", Long.class);
  /** Local to one site's ISP termination. */
  public static final ProcessVariable<Date> ISP_TERMINATION_DUE_AT = ProcessVariable.of("ispTerminationDueAt", Date.class);
  /**
   * Whether a site just connected at its exemption's end still pays its own ISP, whose contract
   * the OPD ends next (local to the site's {@link #SUBPROCESS_EXEMPTION_END}).
   */
  public static final ProcessVariable<Boolean> OLD_ISP_CONTRACT_TO_END =
      ProcessVariable.of("oldIspContractToEnd", Boolean.class);

  // Decisions the gateways route on, as the server recorded them from the validated form.
  public static final ProcessVariable<CoordinationDecision> COORDINATION_DECISION =
      ProcessVariable.of("coordinationDecision", CoordinationDecision.class);
  public static final ProcessVariable<PlanDecision> PLAN_DECISION = ProcessVariable.of("planDecision", PlanDecision.class);
  public static final ProcessVariable<ChaseDecision> CHASE_DECISION = ProcessVariable.of("chaseDecision", ChaseDecision.class);
  public static final ProcessVariable<FailedOrderDecision> FAILED_ORDER_DECISION =
      ProcessVariable.of("failedOrderDecision", FailedOrderDecision.class);
  public static final ProcessVariable<ExemptionDecision> EXEMPTION_DECISION =
      ProcessVariable.of("exemptionDecision", ExemptionDecision.class);
  public static final ProcessVariable<ExemptionEndDecision> EXEMPTION_END_DECISION =
      ProcessVariable.of("exemptionEndDecision", ExemptionEndDecision.class);
  public static final ProcessVariable<LinkAcceptance> LINK_ACCEPTANCE =
      ProcessVariable.of("linkAcceptance", LinkAcceptance.class);
  public static final ProcessVariable<Boolean> EVALUATION_PERIOD_OVER =
      ProcessVariable.of("evaluationPeriodOver", Boolean.class);
  public static final ProcessVariable<Date> QUIET_PERIOD_ENDS_AT = ProcessVariable.of("quietPeriodEndsAt", Date.class);
  public static final ProcessVariable<MonitoringEndDecision> MONITORING_END_DECISION =
      ProcessVariable.of("monitoringEndDecision", MonitoringEndDecision.class);
  public static final ProcessVariable<RevocationDecision> REVOCATION_DECISION =
      ProcessVariable.of("revocationDecision", RevocationDecision.class);
  public static final ProcessVariable<OverdueDecision> OVERDUE_DECISION =
      ProcessVariable.of("overdueDecision", OverdueDecision.class);
  public static final ProcessVariable<BudgetHoldDecision> BUDGET_HOLD_DECISION =
      ProcessVariable.of("budgetHoldDecision", BudgetHoldDecision.class);

  private TransitionContract() {}
}
