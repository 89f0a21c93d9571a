package id.go.pemda.bandwidth.transition;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

public interface OpdTransitionRepository extends ListCrudRepository<OpdTransition, Long> {

  Optional<OpdTransition> findByProcessInstanceId(String processInstanceId);

  Optional<OpdTransition> findFirstByOpdCodeOrderByIdDesc(String opdCode);

  List<OpdTransition> findByCampaignIdOrderById(Long campaignId);
}
