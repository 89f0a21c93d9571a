package id.go.pemda.bandwidth.process.transition;

import id.go.pemda.bandwidth.campaign.TransitionDeadline;
import id.go.pemda.bandwidth.process.contract.TransitionContract;
import id.go.pemda.bandwidth.process.form.FormContract;
import id.go.pemda.bandwidth.process.form.FormInput;
import id.go.pemda.bandwidth.process.form.FormTaskListener;
import id.go.pemda.bandwidth.shared.Wita;
import id.go.pemda.bandwidth.transition.OpdTransition;
import id.go.pemda.bandwidth.transition.OverdueDecision;
import id.go.pemda.bandwidth.transition.TransitionService;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Task_DecideOverdueTransition: the OPD is still in transition at its deadline. The Sekda
 * forces the revocation now, or extends to a later date; an extended OPD comes back to the
 * Sekda at the new date.
 */
@Component("decideOverdueTransitionTask")
public class DecideOverdueTransitionTaskListener extends FormTaskListener {

  static final String DECISION = "overdueDecision";
  static final String NEW_DEADLINE = "newDeadline";
  static final String REASON = "overdueReason";
  static final FormContract FORM =
      FormContract.of(
          "form-decide-overdue-transition",
          List.of(DECISION, NEW_DEADLINE, REASON),
          List.of("viewOpd", "viewFiscalYear", "viewDeadline", "viewStatus"));

  private final TransitionService transitions;
  private final Clock clock;

  public DecideOverdueTransitionTaskListener(TransitionService transitions, Clock clock) {
    this.transitions = transitions;
    this.clock = clock;
  }

  @Override
  public FormContract form() {
    return FORM;
  }

  @Override
  protected Map<String, Object> show(DelegateTask task) {
    OpdTransition transition = transitions.require(TransitionContract.TRANSITION_ID.from(task));
    return Map.of(
        "viewOpd", transition.opdCode(),
        "viewFiscalYear", String.valueOf(transition.fiscalYear()),
        "viewDeadline", Wita.format(transition.deadline()),
        "viewStatus", transition.status().label());
  }

  @Override
  protected void onComplete(DelegateTask task, FormInput input) {
    OverdueDecision decision = input.choice(DECISION, OverdueDecision.class);
    LocalDate newDeadline = input.date(NEW_DEADLINE);
    if (newDeadline != null && !newDeadline.isAfter(Wita.today(clock))) {
      input.reject(NEW_DEADLINE, "harus setelah hari ini (" + Wita.today(clock) + ")");
    }
    input.throwIfInvalid();
    Long transitionId = TransitionContract.TRANSITION_ID.from(task);
    transitions.recordDecision(
        transitionId, TransitionContract.TASK_DECIDE_OVERDUE_TRANSITION, decision, input.text(REASON), currentUser(task));
    if (decision == OverdueDecision.EXTEND) {
      Instant deadline = TransitionDeadline.endOf(newDeadline);
      transitions.extendDeadline(transitionId, deadline);
      TransitionContract.TRANSITION_DEADLINE.set(task, Date.from(deadline));
    }
    TransitionContract.OVERDUE_DECISION.set(task, decision);
  }
}
