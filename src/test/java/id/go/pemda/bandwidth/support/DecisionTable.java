package id.go.pemda.bandwidth.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;

/** A deployed decision table evaluated by the standalone DMN engine, without a process engine. */
public final class DecisionTable {

  private final DmnEngine engine;
  private final DmnDecision decision;

  private DecisionTable(DmnEngine engine, DmnDecision decision) {
    this.engine = engine;
    this.decision = decision;
  }

  public static DecisionTable load(String classpathResource, String decisionKey) {
    DmnEngine engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream dmn = DecisionTable.class.getClassLoader().getResourceAsStream(classpathResource)) {
      if (dmn == null) {
        throw new IllegalStateException(classpathResource + " is not on the classpath");
      }
      return new DecisionTable(engine, engine.parseDecision(decisionKey, dmn));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public DmnDecisionTableResult evaluate(Map<String, Object> inputs) {
    return engine.evaluateDecisionTable(decision, inputs);
  }
}
