package id.go.pemda.bandwidth.process.campaign;

import id.go.pemda.bandwidth.campaign.CampaignService;
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

  public CampaignPlan(CampaignService campaigns) {
    this.campaigns = campaigns;
  }

  public List<String> opdCodes(Long campaignId) {
    return campaigns.opdCodesInOrder(campaignId);
  }
}
