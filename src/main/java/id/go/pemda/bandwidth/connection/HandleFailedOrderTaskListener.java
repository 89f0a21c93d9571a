package id.go.pemda.bandwidth.connection;

import id.go.pemda.bandwidth.transition.TransitionProcess;
import id.go.pemda.bandwidth.transition.TransitionService;
import id.go.pemda.bandwidth.workflow.FormField;
import id.go.pemda.bandwidth.workflow.FormInput;
import id.go.pemda.bandwidth.workflow.FormTaskListener;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Task_HandleFailedOrder: Icon+ reported the installation failed. Diskominfo sees the reason,
 * settles it with the OPD or Icon+, and sends the order again as a new attempt.
 */
@Component("handleFailedOrderTask")
public class HandleFailedOrderTaskListener extends FormTaskListener {

  static final FormField NOTES = FormField.of("resendNotes", "Tindak lanjut sebelum order dikirim ulang");

  private final ConnectionService connections;
  private final TransitionService transitions;

  public HandleFailedOrderTaskListener(ConnectionService connections, TransitionService transitions) {
    this.connections = connections;
    this.transitions = transitions;
  }

  @Override
  protected void onCreate(DelegateTask task) {
    task.setVariablesLocal(OrderView.of(connections.require(TransitionProcess.CONNECTION_ORDER_ID.from(task))));
  }

  @Override
  protected void onComplete(DelegateTask task) {
    FormInput input = FormInput.of(task);
    String notes = input.requiredText(NOTES, 2000);
    input.throwIfInvalid();
    connections.prepareResend(TransitionProcess.CONNECTION_ORDER_ID.from(task));
    transitions.recordDecision(
        TransitionProcess.TRANSITION_ID.from(task),
        TransitionProcess.TASK_HANDLE_FAILED_ORDER,
        FailedOrderDecision.RESEND,
        notes,
        currentUser(task));
    input.consume();
  }
}
