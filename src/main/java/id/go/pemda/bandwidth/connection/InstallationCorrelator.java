package id.go.pemda.bandwidth.connection;

import id.go.pemda.bandwidth.transition.TransitionProcess;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/**
 * Delivers "installation completed" to the transition waiting for it. Today the sender is the
 * Diskominfo confirmation task; the Icon+ callback will use the same entry point.
 */
@Component
public class InstallationCorrelator {

  private final RuntimeService runtime;

  public InstallationCorrelator(RuntimeService runtime) {
    this.runtime = runtime;
  }

  public void installationCompleted(String processInstanceId) {
    runtime
        .createMessageCorrelation(TransitionProcess.MESSAGE_INSTALLATION_COMPLETED)
        .processInstanceId(processInstanceId)
        .correlate();
  }
}
