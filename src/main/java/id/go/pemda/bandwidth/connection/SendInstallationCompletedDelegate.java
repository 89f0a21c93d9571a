package id.go.pemda.bandwidth.connection;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Event_InstallationReported: sends the installation message the transition waits for. */
@Component("sendInstallationCompleted")
public class SendInstallationCompletedDelegate implements JavaDelegate {

  private final InstallationCorrelator correlator;

  public SendInstallationCompletedDelegate(InstallationCorrelator correlator) {
    this.correlator = correlator;
  }

  @Override
  public void execute(DelegateExecution execution) {
    correlator.installationCompleted(execution.getProcessInstanceId());
  }
}
