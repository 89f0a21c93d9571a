package id.go.pemda.bandwidth.campaign;

import org.springframework.data.annotation.Id;

/**
 * An OPD's place in a campaign: its priority class and its rank in the start order.
 *
 * @param leftOutReason why no transition starts for the OPD in this campaign (it is still in
 *     another one), or null when it takes part
 */
public record CampaignOpd(
    @Id Long id, Long campaignId, String opdCode, int priority, int rankInCampaign, String leftOutReason) {

  public boolean takesPart() {
    return leftOutReason == null;
  }
}
