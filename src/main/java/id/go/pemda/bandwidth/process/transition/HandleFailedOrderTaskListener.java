package id.go.pemda.bandwidth.process.transition;

import id.go.pemda.bandwidth.connection.ConnectionService;
import id.go.pemda.bandwidth.connection.FailedOrderDecision;
import id.go.pemda.bandwidth.connection.FailedOrderOutcome;
import id.go.pemda.bandwidth.connection.OrderView;
import id.go.pemda.bandwidth.process.contract.TransitionContract;
import id.go.pemda.bandwidth.process.form.FormContract;
import id.go.pemda.bandwidth.process.form.FormInput;
import id.go.pemda.bandwidth.process.form.FormTaskListener;
import id.go.pemda.bandwidth.transition.TransitionService;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Task_HandleFailedOrder: Icon+ could not install, or the order was cancelled. Diskominfo sends
 * it again, chooses another technical solution under the central contract, or proposes that the
 * site keeps its own line until a date, for the Sekda to decide.
 */
@Component("handleFailedOrderTask")
public class HandleFailedOrderTaskListener extends FormTaskListener {

  static final String DECISION = "failedOrderDecision";
  static final String SOLUTION_NOTES = "solutionNotes";
  static final String PROPOSED_UNTIL = "proposedExemptionUntil";
  static final String EXEMPTION_REASON = "exemptionReason";
  static final FormContract FORM =
      FormContract.of("form-handle-failed-order", List.of(DECISION, SOLUTION_NOTES, PROPOSED_UNTIL, EXEMPTION_REASON),
          views());

  private final SiteOrders orders;
  private final ConnectionService connections;
  private final TransitionService transitions;
  private final Clock clock;

  public HandleFailedOrderTaskListener(
      SiteOrders orders, ConnectionService connections, TransitionService transitions, Clock clock) {
    this.orders = orders;
    this.connections = connections;
    this.transitions = transitions;
    this.clock = clock;
  }

  @Override
  public FormContract form() {
    return FORM;
  }

  @Override
  protected Map<String, Object> show(DelegateTask task) {
    Map<String, Object> shown = orders.view(task);
    shown.putAll(OrderView.failure(orders.orderOf(task)));
    return shown;
  }

  @Override
  protected void onComplete(DelegateTask task, FormInput input) {
    FailedOrderOutcome outcome = new FailedOrderOutcome(
        input.choice(DECISION, FailedOrderDecision.class), input.text(SOLUTION_NOTES), input.date(PROPOSED_UNTIL),
        input.text(EXEMPTION_REASON));
    Long transitionId = TransitionContract.TRANSITION_ID.from(task);
    connections.handleFailedOrder(transitionId, TransitionContract.SITE_ID.from(task), outcome);
    transitions.recordDecision(
        transitionId, TransitionContract.TASK_HANDLE_FAILED_ORDER, outcome.decision(), outcome.reason(), currentUser(task));
    TransitionContract.FAILED_ORDER_DECISION.set(task, outcome.decision());
  }

  private static List<String> views() {
    List<String> views = new ArrayList<>(OrderView.VIEWS);
    views.add(OrderView.FAILURE_REASON);
    return views;
  }
}
