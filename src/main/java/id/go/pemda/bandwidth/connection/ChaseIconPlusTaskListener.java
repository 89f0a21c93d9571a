package id.go.pemda.bandwidth.connection;

import id.go.pemda.bandwidth.transition.TransitionProcess;
import id.go.pemda.bandwidth.transition.TransitionService;
import id.go.pemda.bandwidth.workflow.FormField;
import id.go.pemda.bandwidth.workflow.FormInput;
import id.go.pemda.bandwidth.workflow.FormTaskListener;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Task_ChaseIconPlus: the installation SLA passed without a report. Diskominfo chases Icon+ and
 * notes the answer; the transition keeps waiting for the report.
 */
@Component("chaseIconPlusTask")
public class ChaseIconPlusTaskListener extends FormTaskListener {

  static final FormField NOTES = FormField.of("chaseNotes", "Jawaban Icon+");

  private final ConnectionService connections;
  private final TransitionService transitions;

  public ChaseIconPlusTaskListener(ConnectionService connections, TransitionService transitions) {
    this.connections = connections;
    this.transitions = transitions;
  }

  @Override
  protected void onCreate(DelegateTask task) {
    Long orderId = TransitionProcess.CONNECTION_ORDER_ID.from(task);
    task.setVariablesLocal(OrderView.of(connections.require(orderId)));
    task.setVariableLocal("viewProviderStatus", connections.providerStatus(orderId));
  }

  @Override
  protected void onComplete(DelegateTask task) {
    FormInput input = FormInput.of(task);
    String notes = input.requiredText(NOTES, 2000);
    input.throwIfInvalid();
    transitions.recordDecision(
        TransitionProcess.TRANSITION_ID.from(task),
        TransitionProcess.TASK_CHASE_ICONPLUS,
        FailedOrderDecision.CHASED,
        notes,
        currentUser(task));
    input.consume();
  }
}
