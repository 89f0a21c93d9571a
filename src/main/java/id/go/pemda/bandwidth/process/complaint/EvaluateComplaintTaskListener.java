package id.go.pemda.bandwidth.process.complaint;

import id.go.pemda.bandwidth.complaint.Complaint;
import id.go.pemda.bandwidth.complaint.ComplaintService;
import id.go.pemda.bandwidth.complaint.ComplaintView;
import id.go.pemda.bandwidth.complaint.EvaluationResult;
import id.go.pemda.bandwidth.complaint.TroubleTicket;
import id.go.pemda.bandwidth.coordination.PlanSummary;
import id.go.pemda.bandwidth.process.contract.ComplaintCase;
import id.go.pemda.bandwidth.process.form.FormContract;
import id.go.pemda.bandwidth.process.form.FormInput;
import id.go.pemda.bandwidth.process.form.FormTaskListener;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Task_EvaluateComplaint: Diskominfo sees the complaint, the OPD's sites and its complaint
 * history, and records its finding. A fault of Icon+ opens a trouble ticket with a repair
 * deadline by severity; the complaint stays open until the OPD confirms the repair.
 */
@Component("evaluateComplaintTask")
public class EvaluateComplaintTaskListener extends FormTaskListener {

  static final String RESULT = "evaluationResult";
  static final String NOTES = "evaluationNotes";
  static final String SITES = "viewSites";
  static final FormContract FORM = FormContract.of("form-evaluate-complaint", List.of(RESULT, NOTES), views());

  private final ComplaintService complaints;
  private final PlanSummary summary;

  public EvaluateComplaintTaskListener(ComplaintService complaints, PlanSummary summary) {
    this.complaints = complaints;
    this.summary = summary;
  }

  @Override
  public FormContract form() {
    return FORM;
  }

  @Override
  protected Map<String, Object> show(DelegateTask task) {
    Complaint complaint = complaints.require(ComplaintCase.COMPLAINT_ID.from(task));
    Map<String, Object> shown = new HashMap<>(complaints.view(complaint));
    if (complaint.transitionId() != null) {
      String sites = summary.sitesText(complaint.transitionId());
      if (!sites.isEmpty()) {
        shown.put(SITES, sites);
      }
    }
    return shown;
  }

  @Override
  protected void onComplete(DelegateTask task, FormInput input) {
    EvaluationResult result = input.choice(RESULT, EvaluationResult.class);
    Optional<TroubleTicket> ticket =
        complaints.evaluate(ComplaintCase.COMPLAINT_ID.from(task), result, input.text(NOTES), currentUser(task));
    ComplaintCase.EVALUATION_RESULT.set(task, result);
    ticket.ifPresent(opened -> {
      ComplaintCase.TICKET_ID.set(task, opened.id());
      ComplaintCase.REPAIR_DUE_AT.set(task, Date.from(opened.repairDueAt()));
    });
  }

  private static List<String> views() {
    List<String> views = new ArrayList<>(ComplaintView.VIEWS);
    views.add(SITES);
    return views;
  }
}
