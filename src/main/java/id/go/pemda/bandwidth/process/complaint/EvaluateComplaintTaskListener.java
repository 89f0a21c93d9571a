package id.go.pemda.bandwidth.process.complaint;

import id.go.pemda.bandwidth.complaint.Complaint;
import id.go.pemda.bandwidth.complaint.ComplaintService;
import id.go.pemda.bandwidth.complaint.ComplaintView;
import id.go.pemda.bandwidth.complaint.EvaluationResult;
import id.go.pemda.bandwidth.coordination.PlanSummary;
import id.go.pemda.bandwidth.process.contract.ComplaintCase;
import id.go.pemda.bandwidth.process.contract.TransitionContract;
import id.go.pemda.bandwidth.process.form.FormContract;
import id.go.pemda.bandwidth.process.form.FormInput;
import id.go.pemda.bandwidth.process.form.FormTaskListener;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Task_EvaluateComplaint (transition and support process) and Task_EvaluateAcceptanceComplaint:
 * Diskominfo sees the complaint, the OPD's plan (when there is one) and its complaint history,
 * and records its finding, which closes the complaint.
 */
@Component("evaluateComplaintTask")
public class EvaluateComplaintTaskListener extends FormTaskListener {

  static final String RESULT = "evaluationResult";
  static final String NOTES = "evaluationNotes";
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
    Map<String, Object> shown = new HashMap<>();
    // a transition has a plan once its survey is sized; the support process has none
    if (task.getVariable(TransitionContract.PLAN_ID.name()) != null) {
      shown.putAll(summary.of(complaint.transitionId(), TransitionContract.PLAN_ID.from(task)));
    }
    // the complaint's own view names the OPD with its name, as the plan's does
    shown.putAll(complaints.view(complaint));
    return shown;
  }

  @Override
  protected void onComplete(DelegateTask task, FormInput input) {
    complaints.evaluate(
        ComplaintCase.COMPLAINT_ID.from(task),
        input.choice(RESULT, EvaluationResult.class),
        input.text(NOTES),
        currentUser(task));
  }

  private static List<String> views() {
    List<String> views = new ArrayList<>(ComplaintView.VIEWS);
    PlanSummary.SURVEY_VIEWS.stream().filter(view -> !views.contains(view)).forEach(views::add);
    views.addAll(PlanSummary.AGREEMENT_VIEWS);
    return views;
  }
}
