package id.go.pemda.bandwidth.process.decision;

import id.go.pemda.bandwidth.complaint.ComplaintCategory;
import id.go.pemda.bandwidth.complaint.TriageTable;
import id.go.pemda.bandwidth.complaint.Severity;
import id.go.pemda.bandwidth.complaint.Triage;
import java.time.Duration;
import java.util.Map;
import org.springframework.stereotype.Component;

/** {@code bpmn/complaint-triage.dmn}: severity, response time and handling group of a complaint. */
@Component
public class ComplaintTriageTable implements TriageTable {

  public static final String DECISION_KEY = "Decision_ComplaintTriage";

  private final DeployedDecisions decisions;

  public ComplaintTriageTable(DeployedDecisions decisions) {
    this.decisions = decisions;
  }

  @Override
  public Triage of(ComplaintCategory category, boolean frontlinePublicService) {
    Map<String, Object> result =
        decisions
            .evaluate(
                DECISION_KEY, Map.of("category", category.name(), "frontlinePublicService", frontlinePublicService))
            .getSingleResult()
            .getEntryMap();
    return new Triage(
        Severity.valueOf((String) result.get("severity")),
        Duration.parse((String) result.get("responseTime")),
        (String) result.get("handlingGroup"));
  }
}
