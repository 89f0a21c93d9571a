package id.go.pemda.bandwidth.connection;

import id.go.pemda.bandwidth.transition.TransitionProcess;
import id.go.pemda.bandwidth.workflow.FormField;
import id.go.pemda.bandwidth.workflow.FormInput;
import id.go.pemda.bandwidth.workflow.FormTaskListener;
import id.go.pemda.bandwidth.workflow.Wita;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** Task_ConfirmInstallation: Diskominfo records what Icon+ reported as installed. */
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
    ConnectionOrder order = connections.require(TransitionProcess.CONNECTION_ORDER_ID.from(task));
    task.setVariablesLocal(
        Map.of(
            "viewOpd", order.opdCode(),
            "viewOrderedBandwidth", order.bandwidthMbps() + " Mbps",
            "viewSiteAddress", order.siteAddress(),
            "viewOrderNumber", "ORD-" + order.id()));
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
