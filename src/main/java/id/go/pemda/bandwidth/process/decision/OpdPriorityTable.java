package id.go.pemda.bandwidth.process.decision;

import id.go.pemda.bandwidth.campaign.PriorityTable;
import id.go.pemda.bandwidth.opd.Opd;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * {@code bpmn/opd-priority.dmn}: frontline public-service OPDs first, then the larger kinds of
 * unit. Edited in Camunda Modeler; every rule is tested in {@code OpdPriorityDecisionTest}.
 */
@Component
public class OpdPriorityTable implements PriorityTable {

  public static final String DECISION_KEY = "Decision_OpdPriority";

  private final DeployedDecisions decisions;

  public OpdPriorityTable(DeployedDecisions decisions) {
    this.decisions = decisions;
  }

  @Override
  public int priorityClassOf(Opd opd) {
    Number priority =
        decisions
            .evaluate(
                DECISION_KEY, Map.of("frontlinePublicService", opd.frontlinePublicService(), "opdType", opd.type()))
            .getSingleResult()
            .getSingleEntry();
    return priority.intValue();
  }
}
