package id.go.pemda.bandwidth.connection;

import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

public interface ConnectionOrderRepository extends ListCrudRepository<ConnectionOrder, Long> {

  Optional<ConnectionOrder> findByPlanId(Long planId);

  Optional<ConnectionOrder> findByProviderOrderId(String providerOrderId);

  Optional<ConnectionOrder> findFirstByTransitionIdOrderByIdDesc(Long transitionId);
}
