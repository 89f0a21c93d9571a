package id.go.pemda.bandwidth.survey;

import java.util.List;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface SiteSurveyRepository extends ListCrudRepository<SiteSurvey, Long> {

  /** The sites of the transition's latest survey, in the order the OPD listed them. */
  @Query("SELECT * FROM site_survey WHERE survey_id = (SELECT MAX(id) FROM survey WHERE transition_id = :transitionId) ORDER BY id")
  List<SiteSurvey> findLatestOfTransition(Long transitionId);
}
