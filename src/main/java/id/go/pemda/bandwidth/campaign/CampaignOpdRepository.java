package id.go.pemda.bandwidth.campaign;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

public interface CampaignOpdRepository extends ListCrudRepository<CampaignOpd, Long> {

  List<CampaignOpd> findByCampaignIdOrderByRankInCampaign(Long campaignId);

  Optional<CampaignOpd> findByCampaignIdAndOpdCode(Long campaignId, String opdCode);
}
