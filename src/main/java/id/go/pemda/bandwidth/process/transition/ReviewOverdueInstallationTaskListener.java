package id.go.pemda.bandwidth.process.transition;

import id.go.pemda.bandwidth.connection.ConnectionOrder;
import id.go.pemda.bandwidth.process.contract.TransitionContract;
import id.go.pemda.bandwidth.process.form.FormContract;
import id.go.pemda.bandwidth.process.form.FormInput;
import id.go.pemda.bandwidth.process.form.FormTaskListener;
import id.go.pemda.bandwidth.transition.TransitionService;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Task_ReviewOverdueInstallation (Head of Diskominfo, 7 days past the SLA) and
 * Task_EscalateOverdueInstallation (Sekda, 14 days): each notes what they did about Icon+.
 */
@Component("reviewOverdueInstallationTask")
public class ReviewOverdueInstallationTaskListener extends FormTaskListener {

  static final String NOTES = "followUpNotes";
  static final String DAYS_OVERDUE = "viewDaysOverdue";
  static final FormContract FORM = FormContract.of("form-review-overdue-installation", List.of(NOTES), views());

  private final SiteOrders orders;
  private final TransitionService transitions;
  private final Clock clock;

  public ReviewOverdueInstallationTaskListener(
      SiteOrders orders, TransitionService transitions, Clock clock) {
    this.orders = orders;
    this.transitions = transitions;
    this.clock = clock;
  }

  @Override
  public FormContract form() {
    return FORM;
  }

  @Override
  protected Map<String, Object> show(DelegateTask task) {
    ConnectionOrder order = orders.orderOf(task);
    Map<String, Object> shown = orders.followUpView(task);
    long days = Duration.between(order.installationDueAt(), clock.instant()).toDays();
    shown.put(DAYS_OVERDUE, days + " hari melewati batas waktu instalasi");
    return shown;
  }

  @Override
  protected void onComplete(DelegateTask task, FormInput input) {
    transitions.recordFollowUp(
        TransitionContract.TRANSITION_ID.from(task), task.getTaskDefinitionKey(), input.text(NOTES), currentUser(task));
  }

  private static List<String> views() {
    List<String> views = new ArrayList<>(SiteOrders.FOLLOW_UP_VIEWS);
    views.add(DAYS_OVERDUE);
    return views;
  }
}
