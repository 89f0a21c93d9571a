package id.go.pemda.bandwidth.process.form;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.feel.FeelEngineClock;
import org.camunda.feel.api.EvaluationResult;
import org.camunda.feel.api.FeelEngineApi;
import org.camunda.feel.api.FeelEngineBuilder;
import org.camunda.feel.api.ParseResult;
import org.camunda.feel.syntaxtree.ParsedExpression;

/**
 * Evaluates the FEEL expressions of a form (a hide condition, a limit such as
 * {@code =today().year + 5}) on the server, as form-js evaluates them in the browser. The
 * clock is the application's, so a test that moves time moves {@code today()} too.
 */
final class Feel {

  private final FeelEngineApi engine;
  private final Map<String, ParsedExpression> parsed = new ConcurrentHashMap<>();

  Feel(Clock clock) {
    FeelEngineClock feelClock = () -> ZonedDateTime.now(clock);
    this.engine = FeelEngineBuilder.forJava().withClock(feelClock).build();
  }

  /** The value of {@code expression} (without its leading "="), or an exception naming it. */
  Object evaluate(String expression, Map<String, Object> context) {
    EvaluationResult result = engine.evaluate(parsed(expression), context);
    if (!result.isSuccess()) {
      throw new IllegalStateException("Form expression '" + expression + "' failed: " + result.failure().message());
    }
    return result.result();
  }

  /** A form's expressions are few and never change: each is parsed once. */
  private ParsedExpression parsed(String expression) {
    return parsed.computeIfAbsent(expression, text -> {
      ParseResult result = engine.parseExpression(text.substring(1));
      if (!result.isSuccess()) {
        throw new IllegalStateException("Form expression '" + text + "' does not parse: " + result.failure().message());
      }
      return result.parsedExpression();
    });
  }

  static boolean isExpression(String value) {
    return value != null && value.startsWith("=");
  }
}
