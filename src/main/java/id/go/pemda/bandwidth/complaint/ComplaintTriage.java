package id.go.pemda.bandwidth.complaint;

import java.time.Duration;
import java.util.Map;
import org.camunda.bpm.engine.DecisionService;
import org.springframework.stereotype.Service;

/** Severity, response time and handling group of a complaint, from {@code Decision_ComplaintTriage}. */
@Service
public class ComplaintTriage {

  static final String DECISION_KEY = "Decision_ComplaintTriage";

  private final DecisionService decisions;

  public ComplaintTriage(DecisionService decisions) {
    this.decisions = decisions;
  }

  public Triage of(ComplaintCategory category, boolean frontlinePublicService) {
    Map<String, Object> result =
        decisions
            .evaluateDecisionTableByKey(
                DECISION_KEY,
                Map.of("category", category.name(), "frontlinePublicService", frontlinePublicService))
            .getSingleResult()
            .getEntryMap();
    return new Triage(
        Severity.valueOf((String) result.get("severity")),
        Duration.parse((String) result.get("responseTime")),
        (String) result.get("handlingGroup"));
  }
}
