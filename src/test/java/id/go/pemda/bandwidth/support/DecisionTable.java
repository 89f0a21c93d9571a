package id.go.pemda.bandwidth.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationListener;
import org.camunda.bpm.dmn.engine.delegate.DmnEvaluatedDecisionRule;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;

/**
 * A decision table of {@code bpmn/} evaluated by the standalone DMN engine, without a process
 * engine. It also tells which rules matched, which an aggregated result (COLLECT SUM) hides.
 */
public final class DecisionTable {

  private final DmnEngine engine;
  private final DmnDecision decision;
  private final List<String> matched = new ArrayList<>();

  private DecisionTable(String classpathResource, String decisionKey) {
    DefaultDmnEngineConfiguration configuration =
        (DefaultDmnEngineConfiguration) DefaultDmnEngineConfiguration.createDefaultDmnEngineConfiguration();
    DmnDecisionTableEvaluationListener recorder =
        (DmnDecisionTableEvaluationEvent event) -> {
          matched.clear();
          event.getMatchingRules().stream().map(DmnEvaluatedDecisionRule::getId).forEach(matched::add);
        };
    configuration.customPostDecisionTableEvaluationListeners(List.of(recorder));
    this.engine = configuration.buildEngine();
    try (InputStream dmn = DecisionTable.class.getClassLoader().getResourceAsStream(classpathResource)) {
      if (dmn == null) {
        throw new IllegalStateException(classpathResource + " is not on the classpath");
      }
      this.decision = engine.parseDecision(decisionKey, dmn);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static DecisionTable load(String classpathResource, String decisionKey) {
    return new DecisionTable(classpathResource, decisionKey);
  }

  public DmnDecisionTableResult evaluate(Map<String, Object> inputs) {
    return engine.evaluateDecisionTable(decision, inputs);
  }

  /** The ids of the rules that matched these inputs, in table order, after the hit policy. */
  public synchronized List<String> matchingRules(Map<String, Object> inputs) {
    evaluate(inputs);
    return List.copyOf(matched);
  }
}
