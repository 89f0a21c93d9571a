package id.go.pemda.bandwidth.process.campaign;

import id.go.pemda.bandwidth.campaign.CampaignService;
import id.go.pemda.bandwidth.transition.OpdTransition;
import id.go.pemda.bandwidth.transition.TransitionService;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The lookup behind the campaign's multi-instance call activity
 * ({@code ${campaignPlan.opdCodes(campaignId)}}): the ordered OPD codes live in the
 * application's table, not in a process variable.
 */
@Component("campaignPlan")
public class CampaignPlan {

  private final CampaignService campaigns;
  private final TransitionService transitions;

  public CampaignPlan(CampaignService campaigns, TransitionService transitions) {
    this.campaigns = campaigns;
    this.transitions = transitions;
  }

  public List<String> opdCodes(Long campaignId) {
    return campaigns.opdCodesInOrder(campaignId);
  }

  /** The program's transitions still running: {@code ${campaignPlan.unfinishedTransitions(campaignId)}}. */
  public List<Long> unfinishedTransitions(Long campaignId) {
    return transitions.unfinished(campaignId).stream().map(OpdTransition::id).toList();
  }
}
