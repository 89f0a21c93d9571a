package id.go.pemda.bandwidth.survey;

import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

public interface SurveyAnswerRepository extends ListCrudRepository<SurveyAnswer, Long> {

  Optional<SurveyAnswer> findFirstByTransitionIdOrderByIdDesc(Long transitionId);

  long countByTransitionId(Long transitionId);
}
