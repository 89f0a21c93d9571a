package id.go.pemda.bandwidth.complaint;

import id.go.pemda.bandwidth.transition.TransitionProcess;
import id.go.pemda.bandwidth.workflow.FormInput;
import id.go.pemda.bandwidth.workflow.FormTaskListener;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Task_FileComplaint: the OPD's standing "report a problem" task during the evaluation
 * period. Each completion files one complaint and opens its evaluation; the task comes back at
 * once so the next complaint can be filed while earlier ones are evaluated.
 */
@Component("fileComplaintTask")
public class FileComplaintTaskListener extends FormTaskListener {

  private final ComplaintService complaints;
  private final ComplaintCorrelator correlator;

  public FileComplaintTaskListener(ComplaintService complaints, ComplaintCorrelator correlator) {
    this.complaints = complaints;
    this.correlator = correlator;
  }

  @Override
  protected void onComplete(DelegateTask task) {
    FormInput input = FormInput.of(task);
    ComplaintForm form = ComplaintForm.read(input);
    input.throwIfInvalid();
    Complaint complaint =
        complaints.file(
            TransitionProcess.TRANSITION_ID.from(task),
            ComplaintStage.EVALUATION,
            form.category(),
            form.description(),
            currentUser(task));
    input.consume();
    correlator.complaintFiled(task.getProcessInstanceId(), complaint.id());
  }
}
