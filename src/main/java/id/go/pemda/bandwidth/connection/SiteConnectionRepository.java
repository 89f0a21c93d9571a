package id.go.pemda.bandwidth.connection;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

public interface SiteConnectionRepository extends ListCrudRepository<SiteConnection, Long> {

  List<SiteConnection> findByTransitionIdOrderById(Long transitionId);

  Optional<SiteConnection> findByTransitionIdAndSiteId(Long transitionId, Long siteId);
}
