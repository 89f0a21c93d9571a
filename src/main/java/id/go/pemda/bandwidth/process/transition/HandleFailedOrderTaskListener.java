package id.go.pemda.bandwidth.process.transition;

import id.go.pemda.bandwidth.connection.ConnectionService;
import id.go.pemda.bandwidth.connection.FailedOrderDecision;
import id.go.pemda.bandwidth.connection.OrderView;
import id.go.pemda.bandwidth.process.contract.TransitionContract;
import id.go.pemda.bandwidth.process.form.FormContract;
import id.go.pemda.bandwidth.process.form.FormInput;
import id.go.pemda.bandwidth.process.form.FormTaskListener;
import id.go.pemda.bandwidth.transition.TransitionService;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Task_HandleFailedOrder: Icon+ reported the installation failed. Diskominfo sees the reason,
 * settles it with the OPD or Icon+, and sends the order again as a new attempt.
 */
@Component("handleFailedOrderTask")
public class HandleFailedOrderTaskListener extends FormTaskListener {

  static final String NOTES = "resendNotes";
  static final FormContract FORM = FormContract.of("form-handle-failed-order", List.of(NOTES), OrderView.VIEWS);

  private final ConnectionService connections;
  private final TransitionService transitions;

  public HandleFailedOrderTaskListener(ConnectionService connections, TransitionService transitions) {
    this.connections = connections;
    this.transitions = transitions;
  }

  @Override
  public FormContract form() {
    return FORM;
  }

  @Override
  protected Map<String, Object> show(DelegateTask task) {
    return OrderView.of(connections.require(TransitionContract.CONNECTION_ORDER_ID.from(task)));
  }

  @Override
  protected void onComplete(DelegateTask task, FormInput input) {
    connections.prepareResend(TransitionContract.CONNECTION_ORDER_ID.from(task));
    transitions.recordDecision(
        TransitionContract.TRANSITION_ID.from(task),
        TransitionContract.TASK_HANDLE_FAILED_ORDER,
        FailedOrderDecision.RESEND,
        input.text(NOTES),
        currentUser(task));
  }
}
