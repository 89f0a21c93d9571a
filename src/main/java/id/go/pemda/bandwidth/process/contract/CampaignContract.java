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

  public static final ProcessVariable<Long> CAMPAIGN_ID = ProcessVariable.of("campaignId", Long.class);
  /** The OPDs the program left out, each with why (still in another transition), one a line; for Cockpit. */
  public static final ProcessVariable<String> LEFT_OUT_OPDS = ProcessVariable.of("leftOutOpds", String.class);

  private CampaignContract() {}
}
