package id.go.pemda.bandwidth.coordination;

import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

public interface BandwidthPlanRepository extends ListCrudRepository<BandwidthPlan, Long> {

  Optional<BandwidthPlan> findFirstByTransitionIdAndStatusOrderByIdDesc(Long transitionId, PlanStatus status);
}
