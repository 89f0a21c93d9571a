package id.go.pemda.bandwidth.survey;

import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

public interface SurveyRepository extends ListCrudRepository<Survey, Long> {

  Optional<Survey> findFirstByTransitionIdOrderByIdDesc(Long transitionId);

  long countByTransitionId(Long transitionId);
}
