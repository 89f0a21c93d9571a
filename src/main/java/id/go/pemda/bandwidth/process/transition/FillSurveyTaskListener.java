package id.go.pemda.bandwidth.process.transition;

import id.go.pemda.bandwidth.coordination.CoordinationDecision;
import id.go.pemda.bandwidth.coordination.PlanSummary;
import id.go.pemda.bandwidth.process.contract.TransitionContract;
import id.go.pemda.bandwidth.process.form.FormContract;
import id.go.pemda.bandwidth.process.form.FormInput;
import id.go.pemda.bandwidth.process.form.FormTaskListener;
import id.go.pemda.bandwidth.process.form.JsonRows;
import id.go.pemda.bandwidth.site.Site;
import id.go.pemda.bandwidth.site.SiteKind;
import id.go.pemda.bandwidth.site.SiteRegistry;
import id.go.pemda.bandwidth.survey.SiteSurvey;
import id.go.pemda.bandwidth.survey.SiteInternet;
import id.go.pemda.bandwidth.survey.Survey;
import id.go.pemda.bandwidth.survey.SurveyAnswers;
import id.go.pemda.bandwidth.survey.SurveyService;
import id.go.pemda.bandwidth.transition.TransitionService;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Task_FillSurvey: the OPD lists its sites and what each has and needs. The list opens with the
 * registry's sites (or the previous answers and Diskominfo's reason, when it was sent back); the
 * OPD may add sites the registry does not know.
 */
@Component("fillSurveyTask")
public class FillSurveyTaskListener extends FormTaskListener {

  static final String CONTACT_NAME = "contactName";
  static final String CONTACT_PHONE = "contactPhone";
  static final String OBSTACLES = "obstacles";
  static final String SITES = "sites";
  static final String VIEW_OPD = "viewOpd";
  static final String VIEW_RETURN_REASON = "viewReturnReason";
  static final FormContract FORM =
      FormContract.of(
          "form-fill-survey", List.of(CONTACT_NAME, CONTACT_PHONE, OBSTACLES, SITES), List.of(VIEW_OPD, VIEW_RETURN_REASON));

  private final SurveyService surveys;
  private final SiteRegistry sites;
  private final TransitionService transitions;
  private final PlanSummary summary;

  public FillSurveyTaskListener(
      SurveyService surveys, SiteRegistry sites, TransitionService transitions, PlanSummary summary) {
    this.surveys = surveys;
    this.sites = sites;
    this.transitions = transitions;
    this.summary = summary;
  }

  @Override
  public FormContract form() {
    return FORM;
  }

  @Override
  protected Map<String, Object> show(DelegateTask task) {
    Long transitionId = TransitionContract.TRANSITION_ID.from(task);
    String opdCode = TransitionContract.OPD_CODE.from(task);
    Map<String, Object> shown = new HashMap<>();
    shown.put(VIEW_OPD, summary.opdName(opdCode));
    transitions
        .latestDecision(transitionId, TransitionContract.TASK_COORDINATE_TECHNICALLY)
        .filter(decision -> decision.decision().equals(CoordinationDecision.SEND_BACK.name()))
        .ifPresent(decision -> shown.put(VIEW_RETURN_REASON, decision.reason()));
    Optional<Survey> previous = surveys.latest(transitionId);
    previous.ifPresent(survey -> {
      shown.put(CONTACT_NAME, survey.contactName());
      shown.put(CONTACT_PHONE, survey.contactPhone());
      if (survey.obstacles() != null) {
        shown.put(OBSTACLES, survey.obstacles());
      }
    });
    List<Map<String, Object>> rows = previous.isPresent()
        ? surveys.latestSites(transitionId).stream().map(this::answered).toList()
        : sites.sitesOf(opdCode).stream().map(FillSurveyTaskListener::registered).toList();
    shown.put(SITES, JsonRows.of(rows));
    return shown;
  }

  @Override
  protected void onComplete(DelegateTask task, FormInput input) {
    List<SurveyAnswers.SiteAnswer> answers = input.rows(SITES).stream().map(FillSurveyTaskListener::site).toList();
    surveys.submit(
        TransitionContract.TRANSITION_ID.from(task), TransitionContract.OPD_CODE.from(task),
        new SurveyAnswers(input.text(CONTACT_NAME), input.text(CONTACT_PHONE), input.text(OBSTACLES), answers),
        currentUser(task));
  }

  private static SurveyAnswers.SiteAnswer site(FormInput.Row row) {
    Long notice = row.wholeNumber("noticeDays");
    SurveyAnswers.Internet internet = new SurveyAnswers.Internet(
        row.choice("connectivity", SiteInternet.class), row.text("ispName"), row.date("contractEnd"),
        notice == null ? null : notice.intValue(), row.wholeNumber("currentBandwidthMbps").intValue(),
        row.rupiah("monthlyCostRupiah"), row.text("iconplusCircuitId"));
    return new SurveyAnswers.SiteAnswer(
        row.text("siteCode"), row.text("name"), row.choice("kind", SiteKind.class), row.text("kelurahan"),
        row.text("address"), internet, needs(row));
  }

  private static SiteSurvey.Needs needs(FormInput.Row row) {
    return SiteSurvey.Needs.staff(row.wholeNumber("staffCount").intValue())
        .counters(row.wholeNumber("serviceCounters").intValue())
        .cameras(row.wholeNumber("cctvCameras").intValue())
        .applications(row.wholeNumber("hostedApplications").intValue());
  }

  /** A registry site, for the OPD to complete. */
  private static Map<String, Object> registered(Site site) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("siteCode", site.code());
    row.put("name", site.name());
    row.put("kind", site.kind().name());
    row.put("kelurahan", site.kelurahan());
    row.put("address", site.address());
    return row;
  }

  /** A site as the OPD answered last time. */
  private Map<String, Object> answered(SiteSurvey survey) {
    Map<String, Object> row = registered(sites.require(survey.siteId()));
    SiteSurvey.Connectivity now = survey.current();
    row.put("connectivity", SiteInternet.of(now).name());
    if (now.hasOwnIsp()) {
      row.put("ispName", now.currentIsp());
    }
    if (now.onIconPlus()) {
      row.put("iconplusCircuitId", now.iconplusCircuitId());
    }
    if (now.contractEnd() != null) {
      row.put("contractEnd", now.contractEnd().toString());
    }
    if (now.noticeDays() != null) {
      row.put("noticeDays", now.noticeDays());
    }
    row.put("currentBandwidthMbps", now.currentBandwidthMbps());
    row.put("monthlyCostRupiah", now.monthlyCostRupiah().longValueExact());
    row.put("staffCount", survey.needs().staffCount());
    row.put("serviceCounters", survey.needs().serviceCounters());
    row.put("cctvCameras", survey.needs().cctvCameras());
    row.put("hostedApplications", survey.needs().hostedApplications());
    return row;
  }
}
