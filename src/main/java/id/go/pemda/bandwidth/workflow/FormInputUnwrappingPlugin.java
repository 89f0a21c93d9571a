package id.go.pemda.bandwidth.workflow;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * The engine wraps whatever a task listener throws in a generic {@code ProcessEngineException},
 * which the REST API answers with 500. This interceptor sits outside the transaction (so the
 * rollback has happened) and lets a {@link FormInputException} (400 with the field messages)
 * or an {@code AuthorizationException} (403) through as itself.
 */
@Component
public class FormInputUnwrappingPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<CommandInterceptor> interceptors = new ArrayList<>();
    if (configuration.getCustomPreCommandInterceptorsTxRequired() != null) {
      interceptors.addAll(configuration.getCustomPreCommandInterceptorsTxRequired());
    }
    interceptors.add(new Unwrapper());
    configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);
  }

  static final class Unwrapper extends CommandInterceptor {

    @Override
    public <T> T execute(Command<T> command) {
      try {
        return next.execute(command);
      } catch (RuntimeException e) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
          if (cause instanceof FormInputException || cause instanceof AuthorizationException) {
            throw (RuntimeException) cause;
          }
        }
        throw e;
      }
    }
  }
}
