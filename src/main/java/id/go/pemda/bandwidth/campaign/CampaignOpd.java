package id.go.pemda.bandwidth.campaign;

import org.springframework.data.annotation.Id;

/** An OPD's place in a campaign: its priority class and its rank in the start order. */
public record CampaignOpd(@Id Long id, Long campaignId, String opdCode, int priority, int rankInCampaign) {}
