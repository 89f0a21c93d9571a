package id.go.pemda.bandwidth.connection;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface ConnectionOrderRepository extends ListCrudRepository<ConnectionOrder, Long> {

  @Query("select * from connection_order where provider_order_id = :providerOrderId")
  Optional<ConnectionOrder> findByProviderOrderId(String providerOrderId);

  List<ConnectionOrder> findByTransitionIdAndSiteIdOrderByAttempt(Long transitionId, Long siteId);

  long countByTransitionIdAndSiteId(Long transitionId, Long siteId);
}
