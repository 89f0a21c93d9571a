package id.go.pemda.bandwidth.coordination;

import org.springframework.data.repository.ListCrudRepository;

public interface BandwidthPlanRepository extends ListCrudRepository<BandwidthPlan, Long> {}
