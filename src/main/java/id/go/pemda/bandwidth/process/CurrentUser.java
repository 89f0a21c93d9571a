package id.go.pemda.bandwidth.process;

import java.util.Optional;
import org.camunda.bpm.engine.delegate.ProcessEngineServicesAware;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** The user on whose behalf the engine runs the current command (Tasklist, REST or API caller). */
public final class CurrentUser {

  private CurrentUser() {}

  public static Optional<String> of(ProcessEngineServicesAware scope) {
    Authentication authentication =
        scope.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    return Optional.ofNullable(authentication).map(Authentication::getUserId);
  }
}
