package id.go.pemda.bandwidth.transition;

import id.go.pemda.bandwidth.campaign.TransitionDeadline;
import id.go.pemda.bandwidth.workflow.FormField;
import id.go.pemda.bandwidth.workflow.FormInput;
import id.go.pemda.bandwidth.workflow.FormTaskListener;
import id.go.pemda.bandwidth.workflow.Wita;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
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

  static final FormField DECISION = FormField.of("overdueDecision", "Keputusan Sekda");
  static final FormField NEW_DEADLINE = FormField.of("newDeadline", "Tenggat baru");
  static final FormField REASON = FormField.of("overdueReason", "Alasan");

  private final TransitionService transitions;

  public DecideOverdueTransitionTaskListener(TransitionService transitions) {
    this.transitions = transitions;
  }

  @Override
  protected void onCreate(DelegateTask task) {
    OpdTransition transition = transitions.require(TransitionProcess.TRANSITION_ID.from(task));
    task.setVariablesLocal(
        Map.of(
            "viewOpd", transition.opdCode(),
            "viewFiscalYear", String.valueOf(transition.fiscalYear()),
            "viewDeadline", Wita.format(transition.deadline()),
            "viewStatus", transition.status().label()));
  }

  @Override
  protected void onComplete(DelegateTask task) {
    FormInput input = FormInput.of(task);
    OverdueDecision decision = input.requiredChoice(DECISION, OverdueDecision.class);
    LocalDate newDeadline = decision == OverdueDecision.EXTEND ? input.requiredDate(NEW_DEADLINE) : null;
    String reason = input.requiredText(REASON, 2000);
    if (newDeadline != null && !newDeadline.isAfter(Wita.today())) {
      input.reject(NEW_DEADLINE, "harus setelah hari ini (" + Wita.today() + ")");
    }
    input.throwIfInvalid();
    Long transitionId = TransitionProcess.TRANSITION_ID.from(task);
    transitions.recordDecision(
        transitionId, TransitionProcess.TASK_DECIDE_OVERDUE_TRANSITION, decision, reason, currentUser(task));
    if (decision == OverdueDecision.EXTEND) {
      Instant deadline = TransitionDeadline.endOf(newDeadline);
      transitions.extendDeadline(transitionId, deadline);
      TransitionProcess.TRANSITION_DEADLINE.set(task, Date.from(deadline));
    }
    input.consume();
    TransitionProcess.OVERDUE_DECISION.set(task, decision.name());
  }
}
