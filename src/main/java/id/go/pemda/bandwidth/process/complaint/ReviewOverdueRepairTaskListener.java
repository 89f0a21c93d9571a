package id.go.pemda.bandwidth.process.complaint;

import id.go.pemda.bandwidth.complaint.ComplaintService;
import id.go.pemda.bandwidth.complaint.ComplaintView;
import id.go.pemda.bandwidth.process.contract.ComplaintCase;
import id.go.pemda.bandwidth.process.form.FormContract;
import id.go.pemda.bandwidth.process.form.FormInput;
import id.go.pemda.bandwidth.process.form.FormTaskListener;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** Task_ReviewOverdueRepair: the Head of Diskominfo notes what was done about Icon+'s late repair. */
@Component("reviewOverdueRepairTask")
public class ReviewOverdueRepairTaskListener extends FormTaskListener {

  static final String NOTES = "followUpNotes";
  static final FormContract FORM = FormContract.of("form-review-overdue-repair", List.of(NOTES), views());

  private final ComplaintService complaints;

  public ReviewOverdueRepairTaskListener(ComplaintService complaints) {
    this.complaints = complaints;
  }

  @Override
  public FormContract form() {
    return FORM;
  }

  @Override
  protected Map<String, Object> show(DelegateTask task) {
    Map<String, Object> shown = new HashMap<>(complaints.view(complaints.require(ComplaintCase.COMPLAINT_ID.from(task))));
    shown.putAll(ComplaintView.ofTicket(complaints.requireTicket(ComplaintCase.TICKET_ID.from(task))));
    shown.remove(ComplaintView.REPAIRED_AT);
    return shown;
  }

  @Override
  protected void onComplete(DelegateTask task, FormInput input) {
    complaints.recordEscalationNotes(ComplaintCase.COMPLAINT_ID.from(task), input.text(NOTES));
  }

  private static List<String> views() {
    List<String> views = new ArrayList<>(ComplaintView.TICKET_VIEWS);
    views.addAll(ComplaintView.VIEWS);
    return views;
  }
}
