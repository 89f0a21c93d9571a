package id.go.pemda.bandwidth.process.transition;

import id.go.pemda.bandwidth.connection.ChaseDecision;
import id.go.pemda.bandwidth.connection.ConnectionService;
import id.go.pemda.bandwidth.process.contract.TransitionContract;
import id.go.pemda.bandwidth.process.form.FormContract;
import id.go.pemda.bandwidth.process.form.FormInput;
import id.go.pemda.bandwidth.process.form.FormTaskListener;
import id.go.pemda.bandwidth.shared.Wita;
import id.go.pemda.bandwidth.transition.TransitionService;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
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
  /** A promised day means the end of that working day, WITA. */
  private static final LocalTime END_OF_WORKING_DAY = LocalTime.of(17, 0);

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
    Long orderId = TransitionContract.CONNECTION_ORDER_ID.from(task);
    if (decision == ChaseDecision.KEEP_WAITING) {
      LocalDate promised = input.date(PROMISED_DATE);
      if (!promised.isAfter(Wita.today(clock))) {
        input.reject(PROMISED_DATE, "harus setelah hari ini");
      }
      input.throwIfInvalid();
      Instant dueAt = promised.atTime(END_OF_WORKING_DAY).atZone(Wita.ZONE).toInstant();
      connections.reschedule(orderId, dueAt);
      TransitionContract.INSTALLATION_DUE_AT.set(task, Date.from(dueAt));
    } else {
      connections.cancel(orderId, input.text(CANCELLATION_REASON));
    }
    transitions.recordDecision(
        TransitionContract.TRANSITION_ID.from(task), TransitionContract.TASK_CHASE_ICONPLUS, decision, input.text(NOTES),
        currentUser(task));
    TransitionContract.CHASE_DECISION.set(task, decision);
  }
}
