package id.go.pemda.bandwidth.complaint;

import id.go.pemda.bandwidth.coordination.PlanSummary;
import id.go.pemda.bandwidth.transition.TransitionProcess;
import id.go.pemda.bandwidth.workflow.FormField;
import id.go.pemda.bandwidth.workflow.FormInput;
import id.go.pemda.bandwidth.workflow.FormTaskListener;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Task_EvaluateComplaint (transition and support process) and Task_EvaluateAcceptanceComplaint:
 * Diskominfo sees the complaint, the OPD's plan (when there is one) and its complaint history,
 * and records its finding, which closes the complaint.
 */
@Component("evaluateComplaintTask")
public class EvaluateComplaintTaskListener extends FormTaskListener {

  static final FormField RESULT = FormField.of("evaluationResult", "Hasil evaluasi");
  static final FormField NOTES = FormField.of("evaluationNotes", "Catatan evaluasi / tindak lanjut");

  private final ComplaintService complaints;
  private final PlanSummary summary;

  public EvaluateComplaintTaskListener(ComplaintService complaints, PlanSummary summary) {
    this.complaints = complaints;
    this.summary = summary;
  }

  @Override
  protected void onCreate(DelegateTask task) {
    Complaint complaint = complaints.require(TransitionProcess.COMPLAINT_ID.from(task));
    // a transition has a plan once its survey is sized; the support process has none
    if (task.getVariable(TransitionProcess.PLAN_ID.name()) != null) {
      task.setVariablesLocal(summary.of(complaint.transitionId(), TransitionProcess.PLAN_ID.from(task)));
    }
    task.setVariablesLocal(ComplaintView.of(complaint, complaints.historyOf(complaint.opdCode())));
  }

  @Override
  protected void onComplete(DelegateTask task) {
    FormInput input = FormInput.of(task);
    EvaluationResult result = input.requiredChoice(RESULT, EvaluationResult.class);
    String notes = input.requiredText(NOTES, 2000);
    input.throwIfInvalid();
    complaints.evaluate(TransitionProcess.COMPLAINT_ID.from(task), result, notes, currentUser(task));
    input.consume();
  }
}
