package id.go.pemda.bandwidth.connection;

import id.go.pemda.bandwidth.transition.TransitionProcess;
import id.go.pemda.bandwidth.workflow.FormField;
import id.go.pemda.bandwidth.workflow.FormInput;
import id.go.pemda.bandwidth.workflow.FormTaskListener;
import id.go.pemda.bandwidth.workflow.Wita;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Task_ConfirmInstallation: the fallback while the transition waits for Icon+'s report, for
 * when Icon+ reports by phone. Diskominfo records what was installed.
 */
@Component("confirmInstallationTask")
public class ConfirmInstallationTaskListener extends FormTaskListener {

  static final FormField INSTALLED_ON = FormField.of("installedOn", "Tanggal selesai instalasi");
  static final FormField CIRCUIT_ID = FormField.of("circuitId", "ID sirkuit Icon+");
  static final FormField INSTALLED_BANDWIDTH =
      FormField.of("installedBandwidthMbps", "Bandwidth terpasang (Mbps)");

  private final ConnectionService connections;

  public ConfirmInstallationTaskListener(ConnectionService connections) {
    this.connections = connections;
  }

  @Override
  protected void onCreate(DelegateTask task) {
    task.setVariablesLocal(OrderView.of(connections.require(TransitionProcess.CONNECTION_ORDER_ID.from(task))));
  }

  @Override
  protected void onComplete(DelegateTask task) {
    FormInput input = FormInput.of(task);
    LocalDate installedOn = input.requiredDate(INSTALLED_ON);
    String circuitId = input.requiredText(CIRCUIT_ID, 100);
    Long mbps = input.requiredWholeNumber(INSTALLED_BANDWIDTH, 1, 10_000);
    if (installedOn != null && installedOn.isAfter(Wita.today())) {
      input.reject(INSTALLED_ON, "tidak boleh setelah hari ini (" + Wita.today() + ")");
    }
    input.throwIfInvalid();
    connections.recordInstallation(
        TransitionProcess.CONNECTION_ORDER_ID.from(task), installedOn, circuitId, mbps.intValue(), currentUser(task));
    input.consume();
  }
}
