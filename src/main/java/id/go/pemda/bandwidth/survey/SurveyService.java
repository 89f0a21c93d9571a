package id.go.pemda.bandwidth.survey;

import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
public class SurveyService {

  private final SurveyAnswerRepository answers;

  public SurveyService(SurveyAnswerRepository answers) {
    this.answers = answers;
  }

  public SurveyAnswer submit(SurveyAnswer answer) {
    return answers.save(answer);
  }

  @Transactional(readOnly = true)
  public Optional<SurveyAnswer> latest(Long transitionId) {
    return answers.findFirstByTransitionIdOrderByIdDesc(transitionId);
  }

  @Transactional(readOnly = true)
  public SurveyAnswer requireLatest(Long transitionId) {
    return latest(transitionId)
        .orElseThrow(() -> new IllegalStateException("Transition " + transitionId + " has no survey"));
  }
}
