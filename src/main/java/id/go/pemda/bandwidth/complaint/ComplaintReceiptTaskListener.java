package id.go.pemda.bandwidth.complaint;

import id.go.pemda.bandwidth.transition.TransitionProcess;
import id.go.pemda.bandwidth.workflow.FormTaskListener;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** Task_ConfirmComplaintReceipt: tells the OPD its complaint number and where it went. */
@Component("complaintReceiptTask")
public class ComplaintReceiptTaskListener extends FormTaskListener {

  private final ComplaintService complaints;

  public ComplaintReceiptTaskListener(ComplaintService complaints) {
    this.complaints = complaints;
  }

  @Override
  protected void onCreate(DelegateTask task) {
    Complaint complaint = complaints.require(TransitionProcess.COMPLAINT_ID.from(task));
    task.setVariablesLocal(ComplaintView.of(complaint, complaints.historyOf(complaint.opdCode())));
    task.setVariablesLocal(Map.of("viewComplaintRoute", routeText(complaint)));
  }

  @Override
  protected void onComplete(DelegateTask task) {
    // an acknowledgement: nothing to store
  }

  static String routeText(Complaint complaint) {
    return switch (complaint.route()) {
      case TRANSITION -> "Diteruskan ke transisi OPD (tahap " + complaint.stage().label() + ") untuk dievaluasi Diskominfo";
      case SUPPORT -> "Diteruskan ke proses dukungan jaringan Diskominfo (OPD tidak sedang dalam transisi)";
    };
  }
}
