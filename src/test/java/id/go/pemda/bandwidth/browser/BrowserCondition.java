package id.go.pemda.bandwidth.browser;

import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Skips {@link BrowserTest} classes, before their Spring context starts, when no browser is installed. */
class BrowserCondition implements ExecutionCondition {

  static final String SKIPPED =
      "Browser tests skipped: no chromium/chromedriver found (apt-get install chromium chromium-driver)";
  private static final AtomicBoolean TOLD = new AtomicBoolean();

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    if (Browser.installed()) {
      return ConditionEvaluationResult.enabled("chromium and chromedriver found");
    }
    if (TOLD.compareAndSet(false, true)) {
      System.out.println(SKIPPED);
    }
    return ConditionEvaluationResult.disabled(SKIPPED);
  }
}
