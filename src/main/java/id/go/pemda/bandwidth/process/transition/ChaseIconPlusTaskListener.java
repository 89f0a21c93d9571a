package id.go.pemda.bandwidth.process.transition;

import id.go.pemda.bandwidth.connection.ConnectionService;
import id.go.pemda.bandwidth.connection.FailedOrderDecision;
import id.go.pemda.bandwidth.connection.OrderView;
import id.go.pemda.bandwidth.process.contract.TransitionContract;
import id.go.pemda.bandwidth.process.form.FormContract;
import id.go.pemda.bandwidth.process.form.FormInput;
import id.go.pemda.bandwidth.process.form.FormTaskListener;
import id.go.pemda.bandwidth.transition.TransitionService;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Task_ChaseIconPlus: the installation SLA passed without a report. Diskominfo chases Icon+ and
 * notes the answer; the transition keeps waiting for the report.
 */
@Component("chaseIconPlusTask")
public class ChaseIconPlusTaskListener extends FormTaskListener {

  static final String NOTES = "chaseNotes";
  static final String VIEW_PROVIDER_STATUS = "viewProviderStatus";
  static final FormContract FORM = FormContract.of("form-chase-iconplus", List.of(NOTES), views());

  private final ConnectionService connections;
  private final TransitionService transitions;

  public ChaseIconPlusTaskListener(ConnectionService connections, TransitionService transitions) {
    this.connections = connections;
    this.transitions = transitions;
  }

  @Override
  public FormContract form() {
    return FORM;
  }

  @Override
  protected Map<String, Object> show(DelegateTask task) {
    Long orderId = TransitionContract.CONNECTION_ORDER_ID.from(task);
    Map<String, Object> shown = new HashMap<>(OrderView.of(connections.require(orderId)));
    // the form does not show why an order failed: it is not a failed order
    shown.remove(OrderView.FAILURE_REASON);
    shown.put(VIEW_PROVIDER_STATUS, connections.providerStatus(orderId));
    return shown;
  }

  @Override
  protected void onComplete(DelegateTask task, FormInput input) {
    transitions.recordDecision(
        TransitionContract.TRANSITION_ID.from(task),
        TransitionContract.TASK_CHASE_ICONPLUS,
        FailedOrderDecision.CHASED,
        input.text(NOTES),
        currentUser(task));
  }

  private static List<String> views() {
    List<String> views = new ArrayList<>(OrderView.VIEWS);
    views.remove(OrderView.FAILURE_REASON);
    views.add(VIEW_PROVIDER_STATUS);
    return views;
  }
}
