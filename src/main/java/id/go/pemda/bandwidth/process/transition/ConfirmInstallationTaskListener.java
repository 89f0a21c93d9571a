package id.go.pemda.bandwidth.process.transition;

import id.go.pemda.bandwidth.connection.ConnectionOrder;
import id.go.pemda.bandwidth.connection.ConnectionService;
import id.go.pemda.bandwidth.connection.OrderView;
import id.go.pemda.bandwidth.process.contract.TransitionContract;
import id.go.pemda.bandwidth.process.form.FormContract;
import id.go.pemda.bandwidth.process.form.FormInput;
import id.go.pemda.bandwidth.process.form.FormTaskListener;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** Task_ConfirmInstallation: Diskominfo records an installation Icon+ reported by phone or letter. */
@Component("confirmInstallationTask")
public class ConfirmInstallationTaskListener extends FormTaskListener {

  static final String INSTALLED_ON = "installedOn";
  static final String CIRCUIT_ID = "circuitId";
  static final String INSTALLED_BANDWIDTH = "installedBandwidthMbps";
  static final FormContract FORM =
      FormContract.of("form-confirm-installation", List.of(INSTALLED_ON, CIRCUIT_ID, INSTALLED_BANDWIDTH), OrderView.VIEWS);

  private final SiteOrders orders;
  private final ConnectionService connections;
  private final Clock clock;

  public ConfirmInstallationTaskListener(SiteOrders orders, ConnectionService connections, Clock clock) {
    this.orders = orders;
    this.connections = connections;
    this.clock = clock;
  }

  @Override
  public FormContract form() {
    return FORM;
  }

  @Override
  protected Map<String, Object> show(DelegateTask task) {
    return orders.view(task);
  }

  @Override
  protected void onComplete(DelegateTask task, FormInput input) {
    connections.confirmInstallation(TransitionContract.CONNECTION_ORDER_ID.from(task), new ConnectionOrder.Installation(
        input.date(INSTALLED_ON), input.text(CIRCUIT_ID), input.wholeNumber(INSTALLED_BANDWIDTH).intValue(), currentUser(task)));
  }
}
