package id.go.pemda.bandwidth.complaint;

import id.go.pemda.bandwidth.coordination.PlanSummary;
import id.go.pemda.bandwidth.transition.TransitionProcess;
import id.go.pemda.bandwidth.workflow.FormField;
import id.go.pemda.bandwidth.workflow.FormInput;
import id.go.pemda.bandwidth.workflow.FormTaskListener;
import id.go.pemda.bandwidth.workflow.Wita;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Task_EvaluateComplaint and Task_EvaluateAcceptanceComplaint: Diskominfo sees the complaint,
 * the OPD's plan and its complaint history, and records its finding, which closes the complaint.
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
    task.setVariablesLocal(summary.of(complaint.transitionId(), TransitionProcess.PLAN_ID.from(task)));
    task.setVariableLocal("viewComplaintNumber", "KLH-" + complaint.id());
    task.setVariableLocal("viewComplaintCategory", complaint.category().name());
    task.setVariableLocal("viewComplaintDescription", complaint.description());
    task.setVariableLocal(
        "viewComplaintFiled", complaint.filedBy() + ", " + Wita.format(complaint.filedAt()));
    task.setVariableLocal(
        "viewComplaintHistory",
        complaints.history(complaint.transitionId()).stream()
            .map(
                c ->
                    "KLH-" + c.id() + " | " + Wita.format(c.filedAt()) + " | " + c.category() + " | "
                        + c.status() + (c.evaluationResult() == null ? "" : " (" + c.evaluationResult() + ")"))
            .collect(Collectors.joining("\n")));
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
