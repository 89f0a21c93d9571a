package id.go.pemda.bandwidth.process.complaint;

import id.go.pemda.bandwidth.complaint.Complaint;
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

/** Task_ConfirmComplaintReceipt: tells the OPD its complaint number and where it went. */
@Component("complaintReceiptTask")
public class ComplaintReceiptTaskListener extends FormTaskListener {

  static final String VIEW_ROUTE = "viewComplaintRoute";
  static final FormContract FORM = FormContract.viewOnly("form-complaint-receipt", views());

  private final ComplaintService complaints;

  public ComplaintReceiptTaskListener(ComplaintService complaints) {
    this.complaints = complaints;
  }

  @Override
  public FormContract form() {
    return FORM;
  }

  @Override
  protected Map<String, Object> show(DelegateTask task) {
    Complaint complaint = complaints.require(ComplaintCase.COMPLAINT_ID.from(task));
    Map<String, Object> shown = new HashMap<>(complaints.view(complaint));
    shown.put(VIEW_ROUTE, routeText(complaint));
    return shown;
  }

  @Override
  protected void onComplete(DelegateTask task, FormInput input) {
    // an acknowledgement: nothing to store
  }

  static String routeText(Complaint complaint) {
    return switch (complaint.route()) {
      case TRANSITION -> "Diteruskan ke transisi OPD (tahap " + complaint.stage().label() + ") untuk dievaluasi Diskominfo";
      case SUPPORT -> "Diteruskan ke layanan penanganan gangguan Diskominfo (OPD tidak sedang dalam transisi)";
    };
  }

  private static List<String> views() {
    List<String> views = new ArrayList<>(ComplaintView.VIEWS);
    views.add(VIEW_ROUTE);
    return views;
  }
}
