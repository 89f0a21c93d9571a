package id.go.pemda.bandwidth.complaint;

import id.go.pemda.bandwidth.transition.TransitionProcess;
import id.go.pemda.bandwidth.workflow.FormField;
import id.go.pemda.bandwidth.workflow.FormInput;
import id.go.pemda.bandwidth.workflow.FormTaskListener;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Task_ReviewOverdueComplaint: Diskominfo missed the response deadline. The escalation is put
 * on record and the Head of Diskominfo notes what was done; the evaluation itself goes on.
 */
@Component("reviewOverdueComplaintTask")
public class ReviewOverdueComplaintTaskListener extends FormTaskListener {

  static final FormField NOTES = FormField.of("escalationNotes", "Tindakan Kepala Diskominfo");

  private final ComplaintService complaints;

  public ReviewOverdueComplaintTaskListener(ComplaintService complaints) {
    this.complaints = complaints;
  }

  @Override
  protected void onCreate(DelegateTask task) {
    Complaint complaint = complaints.escalate(TransitionProcess.COMPLAINT_ID.from(task));
    task.setVariablesLocal(ComplaintView.of(complaint, complaints.historyOf(complaint.opdCode())));
  }

  @Override
  protected void onComplete(DelegateTask task) {
    FormInput input = FormInput.of(task);
    String notes = input.requiredText(NOTES, 2000);
    input.throwIfInvalid();
    complaints.recordEscalationNotes(TransitionProcess.COMPLAINT_ID.from(task), notes);
    input.consume();
  }
}
