package id.go.pemda.bandwidth.process.transition;

import id.go.pemda.bandwidth.connection.ChaseDecision;
import id.go.pemda.bandwidth.connection.ChaseOutcome;
import id.go.pemda.bandwidth.connection.ConnectionOrder;
import id.go.pemda.bandwidth.connection.ConnectionService;
import id.go.pemda.bandwidth.process.contract.TransitionContract;
import id.go.pemda.bandwidth.process.form.FormContract;
import id.go.pemda.bandwidth.process.form.FormInput;
import id.go.pemda.bandwidth.process.form.FormTaskListener;
import id.go.pemda.bandwidth.transition.TransitionService;
import java.time.Clock;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Task_ChaseIconPlus ("Tindak lanjuti laporan instalasi Icon+"): Diskominfo asked Icon+. Icon+
 * promises a date (the site waits until then and is chased again if nothing comes), or cannot
 * install, and the order is cancelled at Icon+ and handled like a failed one.
 */
@Component("chaseIconPlusTask")
public class ChaseIconPlusTaskListener extends FormTaskListener {

  static final String DECISION = "chaseDecision";
  static final String PROMISED_DATE = "promisedDate";
  static final String CANCELLATION_REASON = "cancellationReason";
  static final String NOTES = "chaseNotes";
  static final FormContract FORM =
      FormContract.of("form-chase-iconplus", List.of(DECISION, PROMISED_DATE, CANCELLATION_REASON, NOTES), SiteOrders.FOLLOW_UP_VIEWS);

  private final SiteOrders orders;
  private final ConnectionService connections;
  private final TransitionService transitions;
  private final Clock clock;

  public ChaseIconPlusTaskListener(
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
    return orders.followUpView(task);
  }

  @Override
  protected void onComplete(DelegateTask task, FormInput input) {
    ChaseDecision decision = input.choice(DECISION, ChaseDecision.class);
    ConnectionOrder order = connections.chase(TransitionContract.CONNECTION_ORDER_ID.from(task),
        new ChaseOutcome(decision, input.date(PROMISED_DATE), input.text(CANCELLATION_REASON)));
    if (decision == ChaseDecision.KEEP_WAITING) {
      TransitionContract.INSTALLATION_DUE_AT.set(task, Date.from(order.installationDueAt()));
    }
    transitions.recordDecision(
        TransitionContract.TRANSITION_ID.from(task), TransitionContract.TASK_CHASE_ICONPLUS, decision, input.text(NOTES),
        currentUser(task));
    TransitionContract.CHASE_DECISION.set(task, decision);
  }
}
