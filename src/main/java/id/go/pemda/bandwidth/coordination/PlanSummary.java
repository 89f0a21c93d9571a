package id.go.pemda.bandwidth.coordination;

import id.go.pemda.bandwidth.opd.OpdRegistry;
import id.go.pemda.bandwidth.shared.Rupiah;
import id.go.pemda.bandwidth.shared.Wita;
import id.go.pemda.bandwidth.site.Site;
import id.go.pemda.bandwidth.site.SiteRegistry;
import id.go.pemda.bandwidth.survey.SiteSurvey;
import id.go.pemda.bandwidth.survey.Survey;
import id.go.pemda.bandwidth.survey.SurveyService;
import id.go.pemda.bandwidth.transition.OpdTransition;
import id.go.pemda.bandwidth.transition.TransitionService;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * What the coordination and decision forms show of an OPD's sites: who the OPD is, what each
 * site answered, and the plan per site. Values are text formatted for the screen (rupiah, Mbps),
 * rows are maps keyed like the form's list or table columns.
 */
@Component
public class PlanSummary {

  /** Who the OPD is and how to reach it. */
  public static final List<String> HEADER_VIEWS = List.of("viewOpd", "viewFiscalYear", "viewContact", "viewObstacles");

  private final TransitionService transitions;
  private final OpdRegistry registry;
  private final SurveyService surveys;
  private final SiteRegistry sites;
  private final CoordinationService coordination;

  public PlanSummary(
      TransitionService transitions, OpdRegistry registry, SurveyService surveys, SiteRegistry sites,
      CoordinationService coordination) {
    this.transitions = transitions;
    this.registry = registry;
    this.surveys = surveys;
    this.sites = sites;
    this.coordination = coordination;
  }

  /** "Dinas Kesehatan (DINKES)": forms name the OPD, not only its code. */
  public String opdName(String opdCode) {
    return registry.require(opdCode).name() + " (" + opdCode + ")";
  }

  public Map<String, Object> header(Long transitionId) {
    OpdTransition transition = transitions.require(transitionId);
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("viewOpd", opdName(transition.opdCode()));
    view.put("viewFiscalYear", String.valueOf(transition.fiscalYear()));
    surveys.latest(transitionId).ifPresent(survey -> {
      view.put("viewContact", survey.contactName() + " (" + survey.contactPhone() + ")");
      if (survey.obstacles() != null) {
        view.put("viewObstacles", survey.obstacles());
      }
    });
    return view;
  }

  /**
   * One row per site for Diskominfo's coordination: the survey and the recommendation, and the
   * agreement so far (the last one the Head returned, else the recommendation).
   */
  public List<Map<String, Object>> coordinationRows(Long transitionId) {
    return coordination.currentPlans(transitionId).stream().map(plan -> {
      Site site = sites.require(plan.siteId());
      SiteSurvey survey = surveyOf(transitionId, plan.siteId());
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("siteCode", site.code());
      row.put("siteName", site.name() + " — " + site.kind().label() + ", Kel. " + site.kelurahan());
      row.put("surveySummary", surveyText(survey));
      row.put("recommendedMbps", plan.recommendedMbps());
      SitePlan.Agreement agreed = plan.agreement();
      row.put("agreedMbps", agreed != null ? agreed.agreedMbps() : plan.recommendedMbps());
      row.put("solution", agreed != null ? agreed.solution().name()
          : survey.current().onIconPlus() ? Solution.ICONPLUS_ADOPTED.name() : Solution.ICONPLUS_FIBER.name());
      if (agreed != null) {
        row.put("centralMonthlyCostRupiah", agreed.centralMonthlyCostRupiah().longValueExact());
        if (agreed.technicalNotes() != null) {
          row.put("technicalNotes", agreed.technicalNotes());
        }
      }
      return row;
    }).toList();
  }

  /** One row per site for the Head's approval table: every value as text. */
  public List<Map<String, Object>> planRows(Long transitionId) {
    return coordination.currentPlans(transitionId).stream().map(plan -> {
      Site site = sites.require(plan.siteId());
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("site", site.name());
      row.put("current", surveyText(surveyOf(transitionId, plan.siteId())));
      row.put("recommended", plan.recommendedMbps() + " Mbps");
      SitePlan.Agreement agreed = plan.agreement();
      row.put("agreed", agreed == null ? "-" : agreed.agreedMbps() + " Mbps");
      row.put("solution", agreed == null ? "-" : agreed.solution().label());
      row.put("centralCost", agreed == null ? "-" : Rupiah.format(agreed.centralMonthlyCostRupiah()));
      row.put("notes", agreed == null || agreed.technicalNotes() == null ? "-" : agreed.technicalNotes());
      return row;
    }).toList();
  }

  /** The sites' own ISP costs against their central share, a month and a year. */
  public String totals(Long transitionId) {
    BigDecimal own = BigDecimal.ZERO;
    BigDecimal central = BigDecimal.ZERO;
    List<SitePlan> plans = coordination.currentPlans(transitionId);
    for (SitePlan plan : plans) {
      own = own.add(surveyOf(transitionId, plan.siteId()).current().monthlyCostRupiah());
      if (plan.agreement() != null) {
        central = central.add(plan.agreement().centralMonthlyCostRupiah());
      }
    }
    BigDecimal annualSaving = own.subtract(central).multiply(BigDecimal.valueOf(12));
    return plans.size() + " titik. Jaringan sendiri " + Rupiah.format(own) + "/bulan; jaringan pusat "
        + Rupiah.format(central) + "/bulan; " + (annualSaving.signum() >= 0
            ? "hemat " + Rupiah.format(annualSaving) + " per tahun."
            : "biaya tambahan " + Rupiah.format(annualSaving.negate()) + " per tahun.");
  }

  /** The OPD's sites in one line each, for a complaint's evaluation. */
  public String sitesText(Long transitionId) {
    return surveys.latestSites(transitionId).stream()
        .map(survey -> sites.require(survey.siteId()).name() + ": " + surveyText(survey))
        .collect(Collectors.joining("\n"));
  }

  /** The latest survey, if the OPD answered one. */
  public java.util.Optional<Survey> survey(Long transitionId) {
    return surveys.latest(transitionId);
  }

  private SiteSurvey surveyOf(Long transitionId, Long siteId) {
    return surveys.latestSites(transitionId).stream()
        .filter(survey -> survey.siteId().equals(siteId))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("Site " + siteId + " is not in the survey of " + transitionId));
  }

  static String surveyText(SiteSurvey survey) {
    SiteSurvey.Connectivity now = survey.current();
    String internet;
    if (now.onIconPlus()) {
      internet = "Icon+ " + now.iconplusCircuitId() + ", " + now.currentBandwidthMbps() + " Mbps, "
          + Rupiah.format(now.monthlyCostRupiah()) + "/bulan";
    } else if (now.hasOwnIsp()) {
      internet = now.currentIsp() + ", " + now.currentBandwidthMbps() + " Mbps, " + Rupiah.format(now.monthlyCostRupiah())
          + "/bulan, kontrak s.d. " + Wita.formatDate(now.contractEnd());
    } else {
      internet = "belum ada internet";
    }
    SiteSurvey.Needs needs = survey.needs();
    return internet + "; " + needs.staffCount() + " pegawai, " + needs.serviceCounters() + " loket, " + needs.cctvCameras()
        + " CCTV, " + needs.hostedApplications() + " aplikasi";
  }
}
