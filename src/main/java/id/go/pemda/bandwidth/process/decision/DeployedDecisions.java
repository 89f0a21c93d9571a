package id.go.pemda.bandwidth.process.decision;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * Evaluates the latest deployed version of a decision table with Camunda's DMN engine, beside the
 * process engine rather than through its {@code DecisionService}: the application's tables (a
 * site's sizing, an OPD's priority, a complaint's triage) are lookups whose results the features
 * store in their own rows, so they leave no decision history. That history had no Pemda (an
 * evaluation outside a process instance has no tenant, so every Pemda's monitors saw every other's
 * complaints) and cost a nested engine command and four history rows per site. A model is parsed
 * once per deployed version.
 */
@Component
public class DeployedDecisions {

  private final RepositoryService repository;
  private final DmnEngine dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
  private final Map<String, DmnDecision> parsed = new ConcurrentHashMap<>();

  public DeployedDecisions(RepositoryService repository) {
    this.repository = repository;
  }

  DmnDecisionTableResult evaluate(String decisionKey, Map<String, Object> inputs) {
    DecisionDefinition latest = repository.createDecisionDefinitionQuery()
        .decisionDefinitionKey(decisionKey).withoutTenantId().latestVersion().singleResult();
    if (latest == null) {
      throw new IllegalStateException("Decision " + decisionKey + " is not deployed");
    }
    DmnDecision decision = parsed.computeIfAbsent(latest.getId(), id -> {
      try (InputStream model = repository.getDecisionModel(id)) {
        return dmn.parseDecision(decisionKey, model);
      } catch (IOException e) {
        throw new UncheckedIOException("Decision model " + id + " is unreadable", e);
      }
    });
    return dmn.evaluateDecisionTable(decision, Variables.fromMap(inputs));
  }
}
