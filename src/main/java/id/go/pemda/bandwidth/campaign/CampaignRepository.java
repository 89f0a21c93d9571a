package id.go.pemda.bandwidth.campaign;

import org.springframework.data.repository.ListCrudRepository;

public interface CampaignRepository extends ListCrudRepository<Campaign, Long> {

  boolean existsByTenantIdAndFiscalYear(String tenantId, int fiscalYear);
}
