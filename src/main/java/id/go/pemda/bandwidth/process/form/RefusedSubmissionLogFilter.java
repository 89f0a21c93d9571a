package id.go.pemda.bandwidth.process.form;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import org.slf4j.Marker;

/**
 * A refused form submission is a user's typo, not a server failure: the engine would log it
 * as an ERROR with a stack trace ("ENGINE-16004 Exception while closing command context").
 * {@link FormSubmissions} logs it as one WARN line instead; this filter drops the engine's copy.
 * Registered in {@code logback-spring.xml}.
 */
public class RefusedSubmissionLogFilter extends TurboFilter {

  static final String ENGINE_CONTEXT_LOGGER = "org.camunda.bpm.engine.context";

  @Override
  public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
    if (logger == null || !ENGINE_CONTEXT_LOGGER.equals(logger.getName())) {
      return FilterReply.NEUTRAL;
    }
    if (isRefusal(t)) {
      return FilterReply.DENY;
    }
    if (params != null) {
      for (Object param : params) {
        if (param instanceof Throwable thrown && isRefusal(thrown)) {
          return FilterReply.DENY;
        }
      }
    }
    return FilterReply.NEUTRAL;
  }

  private static boolean isRefusal(Throwable thrown) {
    for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
      if (cause instanceof FormInputException) {
        return true;
      }
    }
    return false;
  }
}
