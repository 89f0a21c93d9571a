package id.go.pemda.bandwidth.process.complaint;

import id.go.pemda.bandwidth.complaint.Complaint;
import id.go.pemda.bandwidth.complaint.ComplaintService;
import id.go.pemda.bandwidth.complaint.ComplaintView;
import id.go.pemda.bandwidth.process.contract.ComplaintCase;
import id.go.pemda.bandwidth.process.form.FormContract;
import id.go.pemda.bandwidth.process.form.FormInput;
import id.go.pemda.bandwidth.process.form.FormTaskListener;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Task_ReviewOverdueComplaint: Diskominfo missed the response deadline (the escalation is on
 * record since Task_RecordComplaintEscalation). The Head of Diskominfo notes what was done; the
 * evaluation itself goes on.
 */
@Component("reviewOverdueComplaintTask")
public class ReviewOverdueComplaintTaskListener extends FormTaskListener {

  static final String NOTES = "escalationNotes";
  static final FormContract FORM =
      FormContract.of("form-review-overdue-complaint", List.of(NOTES), ComplaintView.VIEWS);

  private final ComplaintService complaints;

  public ReviewOverdueComplaintTaskListener(ComplaintService complaints) {
    this.complaints = complaints;
  }

  @Override
  public FormContract form() {
    return FORM;
  }

  @Override
  protected Map<String, Object> show(DelegateTask task) {
    Complaint complaint = complaints.require(ComplaintCase.COMPLAINT_ID.from(task));
    return complaints.view(complaint);
  }

  @Override
  protected void onComplete(DelegateTask task, FormInput input) {
    complaints.recordEscalationNotes(ComplaintCase.COMPLAINT_ID.from(task), input.text(NOTES));
  }
}
