package id.go.pemda.bandwidth.process.contract;

import id.go.pemda.bandwidth.process.ProcessVariable;

/**
 * The program (campaign, {@code bpmn/bandwidth-campaign.bpmn}): Diskominfo's start form, then one
 * transition per OPD in priority order, each started with {@link TransitionContract#OPD_CODE}
 * and {@link TransitionContract#CAMPAIGN_ID}.
 */
public final class CampaignContract {

  public static final String KEY = "bandwidth-campaign";

  public static final String TASK_PLAN_CAMPAIGN = "Task_PlanCampaign";
  public static final String CALL_OPD_TRANSITION = "CallActivity_OpdTransition";
  /** The multi-instance body around the call activity: where the campaign waits, and its job. */
  public static final String CALL_OPD_TRANSITION_BODY = CALL_OPD_TRANSITION + "#multiInstanceBody";

  public static final String END_CAMPAIGN_COMPLETED = "EndEvent_CampaignCompleted";
  /** The program's end date passed while OPDs are still in transition. */
  public static final String EVENT_PROGRAM_ENDED = "Event_ProgramEnded";
  /** The Sekda takes over one OPD still in transition at the program's end (multi-instance). */
  public static final String TASK_TAKE_OVER_UNFINISHED_OPD = "Task_TakeOverUnfinishedOpd";
  /** Each of those tasks holds its OPD's transition, local to it. */
  public static final ProcessVariable<Long> UNFINISHED_TRANSITION_ID =
      ProcessVariable.of("unfinishedTransitionId", Long.class);
  public static final String END_UNFINISHED_OPDS_TAKEN_OVER = "EndEvent_UnfinishedOpdsTakenOver";

  public static final ProcessVariable<Long> CAMPAIGN_ID = ProcessVariable.of("campaignId", Long.class);
  /** The OPDs the program left out, each with why (still in another transition), one a line; for Cockpit. */
  public static final ProcessVariable<String> LEFT_OUT_OPDS = ProcessVariable.of("leftOutOpds", String.class);
  /** When the program ends: 31 December of its fiscal year, 23.59 in the Pemda's time. */
  public static final ProcessVariable<java.util.Date> PROGRAM_ENDS_AT =
      ProcessVariable.of("programEndsAt", java.util.Date.class);

  private CampaignContract() {}
}
