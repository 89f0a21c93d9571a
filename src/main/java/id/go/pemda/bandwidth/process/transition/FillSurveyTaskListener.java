package id.go.pemda.bandwidth.process.transition;

import id.go.pemda.bandwidth.coordination.CoordinationDecision;
import id.go.pemda.bandwidth.process.contract.TransitionContract;
import id.go.pemda.bandwidth.process.form.FormContract;
import id.go.pemda.bandwidth.process.form.FormInput;
import id.go.pemda.bandwidth.process.form.FormTaskListener;
import id.go.pemda.bandwidth.survey.SurveyAnswer;
import id.go.pemda.bandwidth.survey.SurveyService;
import id.go.pemda.bandwidth.transition.TransitionService;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Task_FillSurvey: the OPD's survey. When Diskominfo sent it back, the form opens with the
 * previous answers and the reason.
 */
@Component("fillSurveyTask")
public class FillSurveyTaskListener extends FormTaskListener {

  static final String CURRENT_ISP = "currentIsp";
  static final String CURRENT_BANDWIDTH = "currentBandwidthMbps";
  static final String MONTHLY_COST = "monthlyCostRupiah";
  static final String CONTRACT_END = "contractEndDate";
  static final String STAFF = "staffCount";
  static final String COUNTERS = "serviceCounters";
  static final String CCTV = "cctvCameras";
  static final String APPLICATIONS = "hostedApplications";
  static final String SITE_ADDRESS = "siteAddress";
  static final String CONTACT_NAME = "contactName";
  static final String CONTACT_PHONE = "contactPhone";
  static final String OBSTACLES = "obstacles";
  static final String VIEW_RETURN_REASON = "viewReturnReason";

  static final FormContract FORM =
      FormContract.of(
          "form-fill-survey",
          List.of(CURRENT_ISP, CURRENT_BANDWIDTH, MONTHLY_COST, CONTRACT_END, STAFF, COUNTERS, CCTV, APPLICATIONS,
              SITE_ADDRESS, CONTACT_NAME, CONTACT_PHONE, OBSTACLES),
          List.of(VIEW_RETURN_REASON));

  private final SurveyService surveys;
  private final TransitionService transitions;
  private final Clock clock;

  public FillSurveyTaskListener(SurveyService surveys, TransitionService transitions, Clock clock) {
    this.surveys = surveys;
    this.transitions = transitions;
    this.clock = clock;
  }

  @Override
  public FormContract form() {
    return FORM;
  }

  @Override
  protected Map<String, Object> show(DelegateTask task) {
    Long transitionId = TransitionContract.TRANSITION_ID.from(task);
    Map<String, Object> shown = new HashMap<>();
    transitions
        .latestDecision(transitionId, TransitionContract.TASK_COORDINATE_TECHNICALLY)
        .filter(decision -> decision.decision().equals(CoordinationDecision.SEND_BACK.name()))
        .ifPresent(decision -> shown.put(VIEW_RETURN_REASON, decision.reason()));
    surveys.latest(transitionId).ifPresent(previous -> shown.putAll(prefill(previous)));
    return shown;
  }

  @Override
  protected void onComplete(DelegateTask task, FormInput input) {
    surveys.submit(
        new SurveyAnswer(
            null,
            TransitionContract.TRANSITION_ID.from(task),
            input.text(CURRENT_ISP),
            input.wholeNumber(CURRENT_BANDWIDTH).intValue(),
            input.rupiah(MONTHLY_COST),
            input.date(CONTRACT_END),
            input.wholeNumber(STAFF).intValue(),
            input.wholeNumber(COUNTERS).intValue(),
            input.wholeNumber(CCTV).intValue(),
            input.wholeNumber(APPLICATIONS).intValue(),
            input.text(SITE_ADDRESS),
            input.text(CONTACT_NAME),
            input.text(CONTACT_PHONE),
            input.text(OBSTACLES),
            currentUser(task),
            clock.instant()));
  }

  /** The previous answers, as the form's fields take them. */
  private static Map<String, Object> prefill(SurveyAnswer previous) {
    Map<String, Object> values = new HashMap<>();
    values.put(CURRENT_ISP, previous.currentIsp());
    values.put(CURRENT_BANDWIDTH, previous.currentBandwidthMbps());
    values.put(MONTHLY_COST, previous.monthlyCostRupiah().longValueExact());
    values.put(CONTRACT_END, previous.contractEndDate().toString());
    values.put(STAFF, previous.staffCount());
    values.put(COUNTERS, previous.serviceCounters());
    values.put(CCTV, previous.cctvCameras());
    values.put(APPLICATIONS, previous.hostedApplications());
    values.put(SITE_ADDRESS, previous.siteAddress());
    values.put(CONTACT_NAME, previous.contactName());
    values.put(CONTACT_PHONE, previous.contactPhone());
    if (previous.obstacles() != null) {
      values.put(OBSTACLES, previous.obstacles());
    }
    return values;
  }
}
