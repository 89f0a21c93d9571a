package id.go.pemda.bandwidth.process.transition;

import id.go.pemda.bandwidth.coordination.PlanSummary;
import id.go.pemda.bandwidth.process.contract.TransitionContract;
import id.go.pemda.bandwidth.process.form.FormContract;
import id.go.pemda.bandwidth.process.form.FormInput;
import id.go.pemda.bandwidth.process.form.FormTaskListener;
import id.go.pemda.bandwidth.shared.Wita;
import id.go.pemda.bandwidth.site.SiteRegistry;
import id.go.pemda.bandwidth.transition.TransitionService;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Task_RemindBudgetRevocation (to the Sekda, BPKAD is late) and Task_RemindIspTermination (to
 * Diskominfo, the OPD is late): what is late and since when; the follow-up is on record.
 */
@Component("closingReminderTask")
public class ClosingReminderTaskListener extends FormTaskListener {

  static final String NOTES = "followUpNotes";
  static final FormContract FORM =
      FormContract.of("form-closing-reminder", List.of(NOTES), List.of("viewReminder", "viewOpd", "viewDueAt"));

  private final TransitionService transitions;
  private final PlanSummary summary;
  private final SiteRegistry sites;

  public ClosingReminderTaskListener(TransitionService transitions, PlanSummary summary, SiteRegistry sites) {
    this.transitions = transitions;
    this.summary = summary;
    this.sites = sites;
  }

  @Override
  public FormContract form() {
    return FORM;
  }

  @Override
  protected Map<String, Object> show(DelegateTask task) {
    Map<String, Object> shown = new HashMap<>();
    shown.put("viewOpd", summary.opdName(transitions.require(TransitionContract.TRANSITION_ID.from(task)).opdCode()));
    if (TransitionContract.TASK_REMIND_ISP_TERMINATION.equals(task.getTaskDefinitionKey())) {
      String site = sites.require(TransitionContract.SITE_ID.from(task)).name();
      shown.put("viewReminder", "OPD belum memutus kontrak ISP lama di " + site + ". Anggaran OPD untuk titik ini segera habis.");
      shown.put("viewDueAt", Wita.format(TransitionContract.ISP_TERMINATION_DUE_AT.from(task).toInstant()));
    } else {
      shown.put("viewReminder", "BPKAD belum mencatat pemindahan anggaran internet OPD ke belanja jaringan pusat.");
      shown.put("viewDueAt", Wita.format(TransitionContract.BUDGET_REVOCATION_DUE_AT.from(task).toInstant()));
    }
    return shown;
  }

  @Override
  protected void onComplete(DelegateTask task, FormInput input) {
    transitions.recordFollowUp(
        TransitionContract.TRANSITION_ID.from(task), task.getTaskDefinitionKey(), input.text(NOTES), currentUser(task));
  }
}
