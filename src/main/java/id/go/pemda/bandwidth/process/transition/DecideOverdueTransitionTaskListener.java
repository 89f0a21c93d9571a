package id.go.pemda.bandwidth.process.transition;

import id.go.pemda.bandwidth.BandwidthProperties;
import id.go.pemda.bandwidth.connection.ConnectionService;
import id.go.pemda.bandwidth.coordination.PlanSummary;
import id.go.pemda.bandwidth.process.contract.TransitionContract;
import id.go.pemda.bandwidth.process.form.FormContract;
import id.go.pemda.bandwidth.process.form.FormInput;
import id.go.pemda.bandwidth.process.form.FormTaskListener;
import id.go.pemda.bandwidth.shared.Wita;
import id.go.pemda.bandwidth.transition.OpdTransition;
import id.go.pemda.bandwidth.transition.OverdueDecision;
import id.go.pemda.bandwidth.transition.OverdueOutcome;
import id.go.pemda.bandwidth.transition.TransitionService;
import java.time.Clock;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Task_DecideOverdueTransition: the OPD is still in transition at its deadline. The Sekda cuts its
 * budget now (its network goes on), or extends the deadline, at most to the configured day of the
 * fiscal year, knowing it means paying twice for the OPD's internet until then.
 */
@Component("decideOverdueTransitionTask")
public class DecideOverdueTransitionTaskListener extends FormTaskListener {

  static final String DECISION = "overdueDecision";
  static final String NEW_DEADLINE = "newDeadline";
  static final String REASON = "overdueReason";
  static final FormContract FORM =
      FormContract.of("form-decide-overdue-transition", List.of(DECISION, NEW_DEADLINE, REASON),
          List.of("viewOpd", "viewFiscalYear", "viewDeadline", "viewStatus", "viewSitesSettled", "viewExtensionLimit"));

  private final TransitionService transitions;
  private final ConnectionService connections;
  private final PlanSummary summary;
  private final MonthDay latestExtension;
  private final Clock clock;

  public DecideOverdueTransitionTaskListener(
      TransitionService transitions, ConnectionService connections, PlanSummary summary, BandwidthProperties properties,
      Clock clock) {
    this.transitions = transitions;
    this.connections = connections;
    this.summary = summary;
    this.latestExtension = properties.latestExtension();
    this.clock = clock;
  }

  @Override
  public FormContract form() {
    return FORM;
  }

  @Override
  protected Map<String, Object> show(DelegateTask task) {
    OpdTransition transition = transitions.require(TransitionContract.TRANSITION_ID.from(task));
    Map<String, Object> shown = new HashMap<>();
    shown.put("viewOpd", summary.opdName(transition.opdCode()));
    shown.put("viewFiscalYear", String.valueOf(transition.fiscalYear()));
    shown.put("viewDeadline", Wita.format(transition.deadline()));
    shown.put("viewStatus", transition.status().label());
    shown.put("viewSitesSettled", connections.progress(transition.id()));
    shown.put("viewExtensionLimit", "Paling lambat " + Wita.formatDate(latest(transition))
        + ". Selama perpanjangan, internet OPD dibayar dua kali dalam TA " + transition.fiscalYear()
        + ": ISP sendiri dari anggaran OPD dan jaringan pusat dari anggaran Diskominfo.");
    return shown;
  }

  @Override
  protected void onComplete(DelegateTask task, FormInput input) {
    OverdueDecision decision = input.choice(DECISION, OverdueDecision.class);
    Long transitionId = TransitionContract.TRANSITION_ID.from(task);
    OpdTransition transition = transitions.decideOverdue(transitionId, new OverdueOutcome(decision, input.date(NEW_DEADLINE)));
    if (decision == OverdueDecision.EXTEND) {
      TransitionContract.TRANSITION_DEADLINE.set(task, Date.from(transition.deadline()));
    }
    transitions.recordDecision(
        transitionId, TransitionContract.TASK_DECIDE_OVERDUE_TRANSITION, decision, input.text(REASON), currentUser(task));
    TransitionContract.OVERDUE_DECISION.set(task, decision);
  }

  private LocalDate latest(OpdTransition transition) {
    return transitions.latestExtension(transition);
  }
}
