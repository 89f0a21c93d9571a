package id.go.pemda.bandwidth.transition;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

public interface DecisionRecordRepository extends ListCrudRepository<DecisionRecord, Long> {

  List<DecisionRecord> findByTransitionIdOrderById(Long transitionId);

  Optional<DecisionRecord> findFirstByTransitionIdAndStepOrderByIdDesc(Long transitionId, String step);
}
