package id.go.pemda.bandwidth.campaign;

import id.go.pemda.bandwidth.workflow.ProcessVariable;

/** The campaign process ({@code bpmn/bandwidth-campaign.bpmn}). */
public final class CampaignProcess {

  public static final String KEY = "bandwidth-campaign";

  public static final String TASK_PLAN_CAMPAIGN = "Task_PlanCampaign";
  public static final String CALL_OPD_TRANSITION = "CallActivity_OpdTransition";
  /** The multi-instance body around the call activity: where the campaign waits, and its job. */
  public static final String CALL_OPD_TRANSITION_BODY = CALL_OPD_TRANSITION + "#multiInstanceBody";

  public static final ProcessVariable<Long> CAMPAIGN_ID = ProcessVariable.of("campaignId", Long.class);

  private CampaignProcess() {}
}
