package id.go.pemda.bandwidth.survey;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

public interface SiteSurveyRepository extends ListCrudRepository<SiteSurvey, Long> {

  List<SiteSurvey> findBySurveyIdOrderById(Long surveyId);
}
