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
import id.go.pemda.bandwidth.survey.Survey;
import id.go.pemda.bandwidth.survey.SurveyAnswers;
import id.go.pemda.bandwidth.survey.SurveyService;
import id.go.pemda.bandwidth.transition.TransitionService;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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

  /** What a site has today, as the form's "connectivity" options name it. */
  enum Connectivity {
    NONE,
    OWN_ISP,
    ICONPLUS
  }

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
    String opdCode = TransitionContract.OPD_CODE.from(task);
    List<SurveyAnswers.SiteAnswer> answers = new ArrayList<>();
    Set<String> codes = new HashSet<>();
    List<FormInput.Row> rows = input.rows(SITES);
    if (rows.isEmpty()) {
      input.reject(SITES, "isi paling sedikit satu titik koneksi");
    }
    for (FormInput.Row row : rows) {
      String code = row.text("siteCode");
      if (code != null && (!codes.add(code) || sites.byCode(code).filter(site -> site.opdCode().equals(opdCode)).isEmpty())) {
        row.reject("siteCode", "titik ini bukan titik OPD Anda atau tercantum dua kali");
      }
      answers.add(new SurveyAnswers.SiteAnswer(
          code, row.text("name"), row.choice("kind", SiteKind.class), row.text("kelurahan"), row.text("address"),
          connectivity(row), needs(row)));
    }
    input.throwIfInvalid();
    surveys.submit(
        TransitionContract.TRANSITION_ID.from(task), opdCode,
        new SurveyAnswers(input.text(CONTACT_NAME), input.text(CONTACT_PHONE), input.text(OBSTACLES), answers),
        currentUser(task));
  }

  /**
   * A site without internet has no ISP, contract, bandwidth or cost; one with its own ISP names
   * it and its contract; one on Icon+ gives its circuit, which then moves into the central contract.
   */
  private static SiteSurvey.Connectivity connectivity(FormInput.Row row) {
    Connectivity kind = row.choice("connectivity", Connectivity.class);
    int bandwidth = row.wholeNumber("currentBandwidthMbps").intValue();
    BigDecimal cost = row.rupiah("monthlyCostRupiah");
    switch (kind) {
      case NONE -> {
        for (String key : List.of("ispName", "iconplusCircuitId")) {
          if (row.text(key) != null) {
            row.reject(key, "kosongkan: titik ini belum ada internet");
          }
        }
        if (row.date("contractEnd") != null) {
          row.reject("contractEnd", "kosongkan: titik ini belum ada internet");
        }
        if (bandwidth != 0) {
          row.reject("currentBandwidthMbps", "harus 0: titik ini belum ada internet");
        }
        if (cost.signum() != 0) {
          row.reject("monthlyCostRupiah", "harus 0: titik ini belum ada internet");
        }
        return SiteSurvey.Connectivity.NONE;
      }
      case OWN_ISP -> {
        requireFilled(row, "ispName", row.text("ispName"));
        requireFilled(row, "contractEnd", row.date("contractEnd"));
        requireFilled(row, "noticeDays", row.wholeNumber("noticeDays"));
        if (bandwidth < 1) {
          row.reject("currentBandwidthMbps", "minimal 1 untuk titik yang sudah berlangganan");
        }
        if (row.text("iconplusCircuitId") != null) {
          row.reject("iconplusCircuitId", "kosongkan: titik ini memakai ISP sendiri");
        }
        Long notice = row.wholeNumber("noticeDays");
        return new SiteSurvey.Connectivity(
            row.text("ispName"), row.date("contractEnd"), notice == null ? null : notice.intValue(), bandwidth, cost, null);
      }
      default -> {
        requireFilled(row, "iconplusCircuitId", row.text("iconplusCircuitId"));
        if (bandwidth < 1) {
          row.reject("currentBandwidthMbps", "minimal 1 untuk titik yang sudah berlangganan");
        }
        Long notice = row.wholeNumber("noticeDays");
        return new SiteSurvey.Connectivity(
            "Icon+", row.date("contractEnd"), notice == null ? null : notice.intValue(), bandwidth, cost,
            row.text("iconplusCircuitId"));
      }
    }
  }

  private static void requireFilled(FormInput.Row row, String key, Object value) {
    if (value == null) {
      row.reject(key, "wajib diisi untuk titik dengan ISP sendiri");
    }
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
    row.put("connectivity", (now.onIconPlus() ? Connectivity.ICONPLUS : now.hasOwnIsp() ? Connectivity.OWN_ISP : Connectivity.NONE).name());
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
