package id.go.pemda.bandwidth.process.view;

import static id.go.pemda.bandwidth.process.view.SharedViews.OPD;
import static id.go.pemda.bandwidth.process.view.SharedViews.SITE;
import static id.go.pemda.bandwidth.process.view.SharedViews.with;

import id.go.pemda.bandwidth.budget.ApbdPeriod;
import id.go.pemda.bandwidth.budget.BudgetLineText;
import id.go.pemda.bandwidth.budget.MovementPlan;
import id.go.pemda.bandwidth.budget.BudgetService;
import id.go.pemda.bandwidth.budget.DoubleSpending;
import id.go.pemda.bandwidth.budget.RevocationSummary;
import id.go.pemda.bandwidth.complaint.Complaint;
import id.go.pemda.bandwidth.complaint.ComplaintService;
import id.go.pemda.bandwidth.complaint.MonitoringEndDecision;
import id.go.pemda.bandwidth.connection.ConnectionOrder;
import id.go.pemda.bandwidth.connection.ConnectionService;
import id.go.pemda.bandwidth.connection.ExemptionEndDecision;
import id.go.pemda.bandwidth.connection.SiteConnection;
import id.go.pemda.bandwidth.coordination.CoordinationDecision;
import id.go.pemda.bandwidth.coordination.CoordinationService;
import id.go.pemda.bandwidth.coordination.PlanCosts;
import id.go.pemda.bandwidth.coordination.PlanDecision;
import id.go.pemda.bandwidth.coordination.SitePlan;
import id.go.pemda.bandwidth.opd.OpdRegistry;
import id.go.pemda.bandwidth.process.TaskVariables;
import id.go.pemda.bandwidth.process.contract.TransitionContract;
import id.go.pemda.bandwidth.shared.PemdaZone;
import id.go.pemda.bandwidth.shared.Rupiah;
import id.go.pemda.bandwidth.site.Site;
import id.go.pemda.bandwidth.site.SiteRegistry;
import id.go.pemda.bandwidth.survey.SiteInternet;
import id.go.pemda.bandwidth.survey.SiteSurvey;
import id.go.pemda.bandwidth.survey.Survey;
import id.go.pemda.bandwidth.survey.SurveyService;
import id.go.pemda.bandwidth.tenant.Pemda;
import id.go.pemda.bandwidth.tenant.PemdaSettings;
import id.go.pemda.bandwidth.tenant.PemdaSettingsService;
import id.go.pemda.bandwidth.transition.DecisionRecord;
import id.go.pemda.bandwidth.transition.ForceCutService;
import id.go.pemda.bandwidth.transition.LoopEscalation;
import id.go.pemda.bandwidth.transition.OpdTransition;
import id.go.pemda.bandwidth.transition.OverdueDecision;
import id.go.pemda.bandwidth.transition.TransitionService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * What the forms of the OPD transition show: the features' data as text for the screen (rupiah,
 * Mbps, dates in WITA), under the view keys below, each spelled here only. A list of rows (a
 * table, or a dynamic list the form opens with) is a list of maps keyed like its columns.
 */
@Component
public class TransitionViews {

  public static final String FISCAL_YEAR = "viewFiscalYear";
  public static final String CONTACT = "viewContact";
  public static final String OBSTACLES = "viewObstacles";
  /** "Kelurahan" in a kota, "Desa" in a kabupaten: which of the survey's two fields a site fills. */
  public static final String VILLAGE_KIND = "viewVillageKind";
  public static final String RETURN_REASON = "viewReturnReason";
  public static final String REJECTION_REASON = "viewRejectionReason";
  public static final String OPEN_COMPLAINTS = "viewOpenComplaints";
  public static final String PLAN_ROWS = "planRows";
  /** The plan's own ISP costs against its central share, a month, and the saving a year. */
  public static final String PLAN_COST_COMPARISON = "viewPlanTotals";
  public static final String ORDER_NUMBER = "viewOrderNumber";
  public static final String PROVIDER_ORDER_ID = "viewProviderOrderId";
  public static final String ORDERED_BANDWIDTH = "viewOrderedBandwidth";
  public static final String SITE_ADDRESS = "viewSiteAddress";
  public static final String INSTALLATION_DUE = "viewInstallationDue";
  public static final String PROVIDER_STATUS = "viewProviderStatus";
  public static final String DAYS_OVERDUE = "viewDaysOverdue";
  public static final String FAILURE_REASON = "viewFailureReason";
  public static final String EXEMPTION_REASON = "viewExemptionReason";
  public static final String PROPOSED_UNTIL = "viewProposedUntil";
  public static final String EXEMPTED_UNTIL = "viewExemptedUntil";
  public static final String OWN_MONTHLY_COST = "viewOwnMonthlyCost";
  /** How far an ended exemption may still be extended, or why no more. */
  public static final String EXEMPTION_LIMIT = "viewExemptionLimit";
  /** The Sekda's decisions open at an exemption's end, the form's options ({@code {label, value}} rows). */
  public static final String EXEMPTION_END_DECISIONS = "viewExemptionEndDecisions";
  public static final String AGREED_BANDWIDTH = "viewAgreedBandwidth";
  public static final String INSTALLED_BANDWIDTH = "viewInstalledBandwidth";
  public static final String CIRCUIT_ID = "viewCircuitId";
  public static final String INSTALLED_ON = "viewInstalledOn";
  public static final String SITES_SETTLED = "viewSitesSettled";
  public static final String BUDGET_LINE = "viewBudgetLine";
  public static final String MOVEMENT_PLAN = "viewBudgetMove";
  public static final String CENTRAL_COVERAGE = "viewCentralCoverage";
  public static final String OWN_ANNUAL_COST = "viewOwnAnnualCost";
  public static final String CENTRAL_ANNUAL_COST = "viewCentralAnnualCost";
  public static final String ANNUAL_SAVING = "viewAnnualSaving";
  public static final String DOUBLE_SPENDING = "viewDoubleSpending";
  public static final String CITY_SAVING = "viewCitySaving";
  public static final String CUT_REASON = "viewCutReason";
  public static final String INSTRUMENTS = "viewInstruments";
  /** The instruments with the days each applies, which the form filters by its own today(). */
  public static final String INSTRUMENT_CALENDAR = "viewInstrumentCalendar";
  public static final String DEADLINE = "viewDeadline";
  public static final String STAGE = "viewStatus";
  public static final String EXTENSION_LIMIT = "viewExtensionLimit";
  /** The Sekda's decisions open at the deadline, the form's options ({@code {label, value}} rows). */
  public static final String OVERDUE_DECISIONS = "viewOverdueDecisions";
  public static final String CURRENT_ISP = "viewCurrentIsp";
  public static final String CONTRACT_END = "viewContractEnd";
  public static final String PAID_UNTIL = "viewPaidUntil";
  public static final String REMINDER = "viewReminder";
  public static final String DUE_AT = "viewDueAt";
  public static final String MONITORING_STARTED = "viewMonitoringStarted";
  public static final String CLOSED_COMPLAINTS = "viewClosedComplaints";
  public static final String QUIET_PERIOD_END = "viewQuietPeriodEnd";
  /** Who confirmed the monitoring's end, and when, as the Sekda reads it. */
  public static final String MONITORING_CONFIRMED = "viewMonitoringConfirmed";
  /** What went round too often, and how often. */
  public static final String LOOP = "viewLoop";

  public static final List<String> FILL_SURVEY = List.of(OPD, VILLAGE_KIND, RETURN_REASON);
  public static final List<String> COORDINATE_PLAN =
      List.of(OPD, FISCAL_YEAR, CONTACT, OBSTACLES, REJECTION_REASON, OPEN_COMPLAINTS);
  public static final List<String> APPROVE_PLAN = List.of(OPD, FISCAL_YEAR, PLAN_ROWS, PLAN_COST_COMPARISON);
  /** A connection order. */
  public static final List<String> ORDER =
      List.of(ORDER_NUMBER, PROVIDER_ORDER_ID, OPD, SITE, ORDERED_BANDWIDTH, SITE_ADDRESS, INSTALLATION_DUE);
  /** An order and Icon+'s last word on it, for the follow-ups of a late installation. */
  public static final List<String> ORDER_FOLLOW_UP = with(ORDER, PROVIDER_STATUS);
  public static final List<String> OVERDUE_INSTALLATION = with(ORDER_FOLLOW_UP, DAYS_OVERDUE);
  public static final List<String> FAILED_ORDER = with(ORDER, FAILURE_REASON);
  public static final List<String> DECIDE_EXEMPTION =
      List.of(OPD, SITE, SITE_ADDRESS, FAILURE_REASON, EXEMPTION_REASON, PROPOSED_UNTIL, OWN_MONTHLY_COST);
  public static final List<String> DECIDE_EXEMPTION_END =
      List.of(OPD, SITE, EXEMPTION_REASON, EXEMPTED_UNTIL, OWN_MONTHLY_COST, EXEMPTION_LIMIT, EXEMPTION_END_DECISIONS);
  public static final List<String> CONNECT_EXEMPTED_SITE = List.of(OPD, SITE, SITE_ADDRESS);
  public static final List<String> ACCEPT_LINK =
      List.of(OPD, SITE, AGREED_BANDWIDTH, INSTALLED_BANDWIDTH, CIRCUIT_ID, INSTALLED_ON);
  public static final List<String> CONFIRM_MONITORING_END =
      List.of(OPD, FISCAL_YEAR, MONITORING_STARTED, CLOSED_COMPLAINTS, QUIET_PERIOD_END, OPEN_COMPLAINTS);
  public static final List<String> APPROVE_BUDGET_REVOCATION =
      List.of(OPD, FISCAL_YEAR, MONITORING_CONFIRMED, SITES_SETTLED, BUDGET_LINE, MOVEMENT_PLAN, CENTRAL_COVERAGE,
          OWN_ANNUAL_COST, CENTRAL_ANNUAL_COST, ANNUAL_SAVING, DOUBLE_SPENDING, CITY_SAVING, OPEN_COMPLAINTS);
  public static final List<String> RECORD_BUDGET_REVOCATION =
      List.of(OPD, FISCAL_YEAR, CUT_REASON, BUDGET_LINE, MOVEMENT_PLAN, INSTRUMENTS, INSTRUMENT_CALENDAR);
  public static final List<String> DECIDE_BUDGET_HOLD = List.of(OPD, FISCAL_YEAR, OPEN_COMPLAINTS);
  public static final List<String> DECIDE_OVERDUE_TRANSITION =
      List.of(OPD, FISCAL_YEAR, DEADLINE, STAGE, SITES_SETTLED, EXTENSION_LIMIT, OVERDUE_DECISIONS);
  public static final List<String> CONFIRM_ISP_TERMINATION = List.of(OPD, SITE, CURRENT_ISP, CONTRACT_END, PAID_UNTIL);
  public static final List<String> CLOSING_REMINDER = List.of(REMINDER, OPD, DUE_AT);
  public static final List<String> REPEATED_LOOP = List.of(LOOP, OPD, SITE);
  public static final List<String> UNFINISHED_OPD = List.of(OPD, FISCAL_YEAR, STAGE, SITES_SETTLED);

  /** The input of BPKAD's record form that the view fills in when one instrument alone applies. */
  public static final class RecordBudgetRevocationForm {
    public static final String INSTRUMENT = "instrument";
    public static final String TAPD_DECISION_NUMBER = "tapdDecisionNumber";

    private RecordBudgetRevocationForm() {}
  }

  /** The survey form's own fields, filled in with the OPD's last answers, which the survey task reads back. */
  public static final class SurveyForm {
    public static final String CONTACT_NAME = "contactName";
    public static final String CONTACT_PHONE = "contactPhone";
    public static final String OBSTACLES = "obstacles";
    public static final String SITES = "sites";
    public static final String SITE_CODE = "siteCode";
    public static final String NAME = "name";
    public static final String KIND = "kind";
    public static final String KELURAHAN = "kelurahan";
    public static final String DESA = "desa";
    public static final String ADDRESS = "address";
    public static final String CONNECTIVITY = "connectivity";
    public static final String ISP_NAME = "ispName";
    public static final String CONTRACT_END = "contractEnd";
    public static final String NOTICE_DAYS = "noticeDays";
    public static final String CURRENT_BANDWIDTH = "currentBandwidthMbps";
    public static final String MONTHLY_COST = "monthlyCostRupiah";
    public static final String ICONPLUS_CIRCUIT = "iconplusCircuitId";
    public static final String STAFF = "staffCount";
    public static final String COUNTERS = "serviceCounters";
    public static final String CAMERAS = "cctvCameras";
    public static final String APPLICATIONS = "hostedApplications";

    private SurveyForm() {}
  }

  /** The coordination form's list of sites, filled in with the plan, which the coordination task reads back. */
  public static final class CoordinationForm {
    public static final String SITES = "sites";
    public static final String SITE_CODE = "siteCode";
    public static final String AGREED_MBPS = "agreedMbps";
    public static final String SOLUTION = "solution";
    public static final String CENTRAL_MONTHLY_COST = "centralMonthlyCostRupiah";
    public static final String TECHNICAL_NOTES = "technicalNotes";

    private CoordinationForm() {}
  }

  private final TransitionService transitions;
  private final OpdRegistry registry;
  private final SiteRegistry sites;
  private final SurveyService surveys;
  private final CoordinationService coordination;
  private final ConnectionService connections;
  private final BudgetService budgets;
  private final ComplaintService complaints;
  private final PemdaSettingsService settings;
  private final Clock clock;

  public TransitionViews(
      TransitionService transitions, OpdRegistry registry, SiteRegistry sites, SurveyService surveys,
      CoordinationService coordination, ConnectionService connections, BudgetService budgets,
      ComplaintService complaints, PemdaSettingsService settings, Clock clock) {
    this.settings = settings;
    this.transitions = transitions;
    this.registry = registry;
    this.sites = sites;
    this.surveys = surveys;
    this.coordination = coordination;
    this.connections = connections;
    this.budgets = budgets;
    this.complaints = complaints;
    this.clock = clock;
  }

  /**
   * {@link #FILL_SURVEY}, and the form filled in with the registry's sites, or with the previous
   * answers and Diskominfo's reason when it was sent back.
   */
  public Map<String, Object> fillSurvey(Long transitionId, String opdCode) {
    PemdaSettings pemda = settings.ofName(opdCode);
    Map<String, Object> view = new LinkedHashMap<>();
    view.put(OPD, opdName(opdCode));
    view.put(VILLAGE_KIND, pemda.villageLabel());
    reasonOf(transitionId, TransitionContract.TASK_COORDINATE_TECHNICALLY, CoordinationDecision.SEND_BACK)
        .ifPresent(reason -> view.put(RETURN_REASON, reason));
    Optional<Survey> previous = surveys.latest(transitionId);
    previous.ifPresent(survey -> {
      view.put(SurveyForm.CONTACT_NAME, survey.contactName());
      view.put(SurveyForm.CONTACT_PHONE, survey.contactPhone());
      if (survey.obstacles() != null) {
        view.put(SurveyForm.OBSTACLES, survey.obstacles());
      }
    });
    view.put(SurveyForm.SITES, previous.isPresent()
        ? surveys.latestSites(transitionId).stream().map(survey -> answered(survey, pemda)).toList()
        : sites.sitesOf(opdCode).stream().map(site -> registered(site, pemda)).toList());
    return view;
  }

  /**
   * {@link #COORDINATE_PLAN}: who the OPD is, the Head's reason when the plan came back, the OPD's
   * open complaints, and one row per site: its survey, the recommendation, the agreement so far.
   */
  public Map<String, Object> coordinatePlan(Long transitionId) {
    OpdTransition transition = transitions.require(transitionId);
    Map<String, Object> view = header(transition);
    surveys.latest(transitionId).ifPresent(survey -> {
      view.put(CONTACT, survey.contactName() + " (" + survey.contactPhone() + ")");
      if (survey.obstacles() != null) {
        view.put(OBSTACLES, survey.obstacles());
      }
    });
    reasonOf(transitionId, TransitionContract.TASK_APPROVE_PLAN, PlanDecision.REJECT)
        .ifPresent(reason -> view.put(REJECTION_REASON, reason));
    putOpenComplaints(view, transitionId);
    view.put(CoordinationForm.SITES, coordination.currentPlans(transitionId).stream().map(plan -> {
      Site site = sites.require(plan.siteId());
      SiteSurvey survey = surveys.siteSurvey(transitionId, plan.siteId());
      SitePlan.Agreement proposal = plan.proposal(survey.current().onIconPlus());
      Map<String, Object> row = new LinkedHashMap<>();
      row.put(CoordinationForm.SITE_CODE, site.code());
      row.put("siteName", site.name() + " — " + site.kind().label() + ", " + village(site));
      row.put("surveySummary", SharedViews.survey(survey));
      row.put("recommendedMbps", plan.recommendedMbps());
      row.put(CoordinationForm.AGREED_MBPS, proposal.agreedMbps());
      row.put(CoordinationForm.SOLUTION, proposal.solution().name());
      if (plan.agreement() != null) {
        row.put(CoordinationForm.CENTRAL_MONTHLY_COST, proposal.centralMonthlyCostRupiah().longValueExact());
        if (proposal.technicalNotes() != null) {
          row.put(CoordinationForm.TECHNICAL_NOTES, proposal.technicalNotes());
        }
      }
      return row;
    }).toList());
    return view;
  }

  /** {@link #APPROVE_PLAN}: one row per site, every value as text, and what the plan costs against today. */
  public Map<String, Object> approvePlan(Long transitionId) {
    OpdTransition transition = transitions.require(transitionId);
    Map<String, Object> view = header(transition);
    view.put(PLAN_ROWS, coordination.currentPlans(transitionId).stream().map(plan -> {
      SitePlan.Agreement agreed = plan.agreement();
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("site", sites.require(plan.siteId()).name());
      row.put("current", SharedViews.survey(surveys.siteSurvey(transitionId, plan.siteId())));
      row.put("recommended", plan.recommendedMbps() + " Mbps");
      row.put("agreed", agreed == null ? "-" : agreed.agreedMbps() + " Mbps");
      row.put("solution", agreed == null ? "-" : agreed.solution().label());
      row.put("centralCost", agreed == null ? "-" : Rupiah.format(agreed.centralMonthlyCostRupiah()));
      row.put("notes", agreed == null || agreed.technicalNotes() == null ? "-" : agreed.technicalNotes());
      return row;
    }).toList());
    PlanCosts costs = coordination.costs(transitionId);
    view.put(PLAN_COST_COMPARISON, costs.sites() + " titik. Jaringan sendiri " + Rupiah.format(costs.ownMonthly())
        + "/bulan; jaringan pusat " + Rupiah.format(costs.centralMonthly()) + "/bulan; "
        + RevocationSummary.savingText(costs.annualSaving()) + ".");
    return view;
  }

  /** {@link #ORDER}: the order of a site. */
  public Map<String, Object> order(Long orderId) {
    ConnectionOrder order = connections.requireOrder(orderId);
    Map<String, Object> view = siteHeader(order.opdCode(), sites.require(order.siteId()));
    view.put(ORDER_NUMBER, "ORD-" + order.id() + " (percobaan " + order.attempt() + ")");
    view.put(PROVIDER_ORDER_ID, order.providerOrderId() == null ? "belum terkirim" : order.providerOrderId());
    view.put(ORDERED_BANDWIDTH, order.bandwidthMbps() + " Mbps");
    view.put(SITE_ADDRESS, order.siteAddress());
    view.put(INSTALLATION_DUE, zone(order.transitionId()).format(order.installationDueAt()));
    return view;
  }

  /** {@link #ORDER_FOLLOW_UP}: the order, with its status as Icon+ reports it now. */
  public Map<String, Object> orderFollowUp(Long orderId) {
    Map<String, Object> view = order(orderId);
    view.put(PROVIDER_STATUS, connections.providerStatus(orderId));
    return view;
  }

  /** {@link #OVERDUE_INSTALLATION}: the follow-up view, with how long the installation is late. */
  public Map<String, Object> overdueInstallation(Long orderId) {
    Map<String, Object> view = orderFollowUp(orderId);
    long days = Duration.between(connections.requireOrder(orderId).installationDueAt(), clock.instant()).toDays();
    view.put(DAYS_OVERDUE, days + " hari melewati batas waktu instalasi");
    return view;
  }

  /** {@link #FAILED_ORDER}: the order, and why Icon+ could not install or Diskominfo withdrew it. */
  public Map<String, Object> failedOrder(Long orderId) {
    Map<String, Object> view = order(orderId);
    failureOf(connections.requireOrder(orderId)).ifPresent(reason -> view.put(FAILURE_REASON, reason));
    return view;
  }

  /** {@link #DECIDE_EXEMPTION}: the site, why Icon+ cannot connect it, and what keeping its own line costs. */
  public Map<String, Object> exemption(Long transitionId, Long siteId) {
    Site site = sites.require(siteId);
    SiteConnection.Exemption proposal = connections.require(transitionId, siteId).exemption();
    Map<String, Object> view = siteHeader(site.opdCode(), site);
    view.put(SITE_ADDRESS, site.address() + ", " + village(site));
    failureOf(connections.currentOrder(transitionId, siteId)).ifPresent(reason -> view.put(FAILURE_REASON, reason));
    view.put(EXEMPTION_REASON, proposal.exemptionReason());
    view.put(PROPOSED_UNTIL, PemdaZone.formatDate(proposal.exemptedUntil()));
    view.put(OWN_MONTHLY_COST, Rupiah.format(connections.surveyOf(transitionId, siteId).current().monthlyCostRupiah()));
    return view;
  }

  /**
   * {@link #DECIDE_EXEMPTION_END}: the exemption that ended, what the site's own line costs, how
   * far it may still be extended, and the decisions open today. Once its latest day has come,
   * connecting alone remains: it is chosen already, and the limit says why.
   */
  public Map<String, Object> exemptionEnd(Long transitionId, Long siteId) {
    Site site = sites.require(siteId);
    SiteConnection.Exemption exemption = connections.require(transitionId, siteId).exemption();
    Map<String, Object> view = siteHeader(site.opdCode(), site);
    view.put(EXEMPTION_REASON, exemption.exemptionReason());
    view.put(EXEMPTED_UNTIL, PemdaZone.formatDate(exemption.exemptedUntil()));
    view.put(OWN_MONTHLY_COST, Rupiah.format(connections.surveyOf(transitionId, siteId).current().monthlyCostRupiah()));
    List<ExemptionEndDecision> open = connections.exemptionEndDecisions(transitionId);
    String latest = PemdaZone.formatDate(connections.latestExemptionEnd(transitionId));
    view.put(EXEMPTION_LIMIT, open.contains(ExemptionEndDecision.EXTEND)
        ? "Paling lambat " + latest + "."
        : "Paling lambat " + latest + ". Batas ini sudah tercapai: pengecualian tidak dapat diperpanjang lagi,"
            + " titik disambungkan ke jaringan pusat.");
    view.put(EXEMPTION_END_DECISIONS, open.stream()
        .map(decision -> Map.of("label", decision.label(), "value", decision.name())).toList());
    if (open.size() == 1) {
      view.put(TransitionContract.EXEMPTION_END_DECISION.name(), open.get(0).name());
    }
    return view;
  }

  /** {@link #CONNECT_EXEMPTED_SITE}: the site to connect. */
  public Map<String, Object> exemptedSite(Long siteId) {
    Site site = sites.require(siteId);
    Map<String, Object> view = siteHeader(site.opdCode(), site);
    view.put(SITE_ADDRESS, site.address() + ", Kel. " + site.kelurahan());
    return view;
  }

  /** {@link #ACCEPT_LINK}: what was agreed and what Icon+ installed. */
  public Map<String, Object> acceptLink(Long orderId) {
    ConnectionOrder order = connections.requireOrder(orderId);
    Map<String, Object> view = siteHeader(order.opdCode(), sites.require(order.siteId()));
    view.put(AGREED_BANDWIDTH, order.bandwidthMbps() + " Mbps");
    view.put(INSTALLED_BANDWIDTH, order.installation().installedBandwidthMbps() + " Mbps");
    view.put(CIRCUIT_ID, order.installation().circuitId());
    view.put(INSTALLED_ON, PemdaZone.formatDate(order.installation().installedOn()));
    return view;
  }

  /**
   * {@link #CONFIRM_MONITORING_END}: since when the OPD is monitored, the complaints closed in that
   * time, when the quiet stretch ended, and any complaint still open.
   */
  public Map<String, Object> confirmMonitoringEnd(Long transitionId) {
    OpdTransition transition = transitions.require(transitionId);
    PemdaZone zone = zone(transition);
    Map<String, Object> view = header(transition);
    view.put(MONITORING_STARTED, zone.format(transition.evaluationStartedAt()));
    List<Complaint> closed = complaints.closedSince(transitionId, transition.evaluationStartedAt());
    view.put(CLOSED_COMPLAINTS, closed.isEmpty()
        ? "Tidak ada keluhan selama masa pemantauan"
        : closed.stream()
            .map(complaint -> ComplaintViews.number(complaint) + " | " + complaint.category().label() + " | ditutup "
                + zone.format(complaint.closedAt()) + " | " + complaint.description())
            .collect(Collectors.joining("\n")));
    view.put(QUIET_PERIOD_END, zone.format(complaints.quietPeriod(transitionId).nextCheckAt()));
    putOpenComplaints(view, transitionId);
    return view;
  }

  /**
   * {@link #APPROVE_BUDGET_REVOCATION}: who confirmed the monitoring's end, the OPD's line, what
   * would move, whether the central line covers every approved plan, the saving (or extra cost),
   * paying twice, and open complaints.
   */
  public Map<String, Object> approveBudgetRevocation(Long transitionId) {
    OpdTransition transition = transitions.require(transitionId);
    RevocationSummary revocation = budgets.summary(transitionId);
    Map<String, Object> view = budgetHeader(transition, budgets.plan(transitionId, zone(transition).today(clock)));
    transitions.latestDecision(transitionId, TransitionContract.TASK_CONFIRM_MONITORING_END)
        .filter(decision -> decision.decision().equals(MonitoringEndDecision.CONFIRM.name()))
        .ifPresent(confirmed -> view.put(MONITORING_CONFIRMED, "Dikonfirmasi Kepala Diskominfo (" + confirmed.decidedBy()
            + ") pada " + zone(transition).format(confirmed.decidedAt())
            + (confirmed.reason() == null || confirmed.reason().isBlank() ? "" : ": " + confirmed.reason())));
    view.put(SITES_SETTLED, connections.progress(transitionId));
    view.put(CENTRAL_COVERAGE, revocation.coverage().describe());
    view.put(OWN_ANNUAL_COST, Rupiah.format(revocation.ownAnnualCost()));
    view.put(CENTRAL_ANNUAL_COST, Rupiah.format(revocation.centralAnnualCost()));
    view.put(ANNUAL_SAVING, RevocationSummary.savingText(revocation.annualSaving()));
    view.put(DOUBLE_SPENDING, revocation.doubleSpending().isEmpty()
        ? "Tidak ada titik yang masih membayar ISP sendiri"
        : revocation.doubleSpending().stream().map(DoubleSpending::describe).collect(Collectors.joining("\n"))
            + "\nJumlah: " + Rupiah.format(revocation.doubleSpendingCost()));
    view.put(CITY_SAVING, RevocationSummary.savingText(revocation.citySaving()));
    putOpenComplaints(view, transitionId);
    return view;
  }

  /**
   * {@link #RECORD_BUDGET_REVOCATION}: why the line moves, what moves, and when each instrument
   * applies. The form offers the instruments of the day it is opened (a task opened in December
   * offers a pergeseran from 1 January on); when one alone applies today, it is chosen already.
   */
  public Map<String, Object> recordBudgetRevocation(Long transitionId) {
    OpdTransition transition = transitions.require(transitionId);
    LocalDate today = zone(transition).today(clock);
    Map<String, Object> view = budgetHeader(transition, budgets.plan(transitionId, today));
    view.put(CUT_REASON, cutReason(transition));
    List<ApbdPeriod.InstrumentWindow> windows = budgets.instrumentWindows(transition);
    view.put(INSTRUMENTS, windows.stream().map(ApbdPeriod.InstrumentWindow::describe).collect(Collectors.joining("\n")));
    view.put(INSTRUMENT_CALENDAR, windows.stream().map(window -> Map.of(
        "label", window.instrument().label(), "value", window.instrument().name(),
        "validFrom", window.from().toString(), "validUntil", window.until().toString())).toList());
    List<ApbdPeriod.InstrumentWindow> applicable = windows.stream().filter(window -> window.contains(today)).toList();
    if (applicable.size() == 1) {
      view.put(RecordBudgetRevocationForm.INSTRUMENT, applicable.get(0).instrument().name());
    }
    return view;
  }

  /** {@link #DECIDE_BUDGET_HOLD}: the complaints that hold BPKAD's record. */
  public Map<String, Object> budgetHold(Long transitionId) {
    Map<String, Object> view = header(transitions.require(transitionId));
    putOpenComplaints(view, transitionId);
    return view;
  }

  /**
   * {@link #DECIDE_OVERDUE_TRANSITION}: where the OPD stands at its deadline, how far it may move,
   * and the decisions open today. Once the latest extension has come, a cut alone remains: it is
   * chosen already, and the limit says why.
   */
  public Map<String, Object> overdueTransition(Long transitionId) {
    OpdTransition transition = transitions.require(transitionId);
    Map<String, Object> view = header(transition);
    view.put(DEADLINE, zone(transition).format(transition.deadline()));
    view.put(STAGE, transition.status().label());
    view.put(SITES_SETTLED, connections.progress(transitionId));
    List<OverdueDecision> open = transitions.overdueDecisions(transition);
    String latest = PemdaZone.formatDate(transitions.latestExtension(transition));
    view.put(EXTENSION_LIMIT, open.contains(OverdueDecision.EXTEND)
        ? "Paling lambat " + latest + ". Selama perpanjangan, internet OPD dibayar dua kali dalam TA "
            + transition.fiscalYear() + ": ISP sendiri dari anggaran OPD dan jaringan pusat dari anggaran Diskominfo."
        : "Paling lambat " + latest + ". Batas ini sudah tercapai: tenggat tidak dapat diperpanjang lagi,"
            + " yang tersisa hanya memotong anggaran internet OPD.");
    view.put(OVERDUE_DECISIONS, open.stream()
        .map(decision -> Map.of("label", decision.label(), "value", decision.name())).toList());
    if (open.size() == 1) {
      view.put(TransitionContract.OVERDUE_DECISION.name(), open.get(0).name());
    }
    return view;
  }

  /** {@link #CONFIRM_ISP_TERMINATION}: the site's old contract, and the last day the OPD's line pays it. */
  public Map<String, Object> ispTermination(Long transitionId, Long siteId) {
    Site site = sites.require(siteId);
    SiteSurvey.Connectivity current = connections.surveyOf(transitionId, siteId).current();
    Map<String, Object> view = siteHeader(site.opdCode(), site);
    view.put(CURRENT_ISP, current.currentIsp());
    view.put(CONTRACT_END, PemdaZone.formatDate(current.contractEnd())
        + (current.noticeDays() == null ? "" : ", pemberitahuan " + current.noticeDays() + " hari"));
    view.put(PAID_UNTIL, PemdaZone.formatDate(budgets.paidUntil(transitionId, siteId)));
    return view;
  }

  /** {@link #CLOSING_REMINDER} to the Sekda: BPKAD has not recorded the move by {@code dueAt}. */
  public Map<String, Object> budgetRevocationReminder(Long transitionId, Instant dueAt) {
    return reminder(transitionId,
        "BPKAD belum mencatat pencabutan anggaran internet OPD ke belanja jaringan pusat.", dueAt);
  }

  /** {@link #CLOSING_REMINDER} to Diskominfo: the OPD has not ended a site's old contract by {@code dueAt}. */
  public Map<String, Object> ispTerminationReminder(Long transitionId, Long siteId, Instant dueAt) {
    return reminder(transitionId, "OPD belum memutus kontrak ISP lama di " + sites.require(siteId).name()
        + ". Anggaran OPD untuk titik ini segera habis.", dueAt);
  }

  /** {@link #UNFINISHED_OPD}: where an OPD's transition stands when its program ends. */
  public Map<String, Object> unfinishedOpd(Long transitionId) {
    OpdTransition transition = transitions.require(transitionId);
    Map<String, Object> view = header(transition);
    view.put(STAGE, transition.status().label() + " sejak " + zone(transition).format(transition.statusSince()));
    view.put(SITES_SETTLED, connections.progress(transitionId));
    return view;
  }

  /** {@link #REPEATED_LOOP}: a wait of the OPD (at one of its sites) went round too often. */
  public Map<String, Object> repeatedLoop(String opdCode, LoopEscalation escalation) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put(LOOP, escalation.summary());
    view.put(OPD, opdName(opdCode));
    view.put(SITE, escalation.siteId() == null || escalation.siteId() == 0 ? "-" : sites.require(escalation.siteId()).name());
    return view;
  }

  private Map<String, Object> reminder(Long transitionId, String reminder, Instant dueAt) {
    OpdTransition transition = transitions.require(transitionId);
    Map<String, Object> view = new LinkedHashMap<>();
    view.put(OPD, opdName(transition.opdCode()));
    view.put(REMINDER, reminder);
    view.put(DUE_AT, zone(transition).format(dueAt));
    return view;
  }

  /** "Kel. Sidodadi" in a kota, "Desa Babulu Darat" in a kabupaten. */
  private String village(Site site) {
    return settings.ofName(site.opdCode()).villagePrefix() + site.kelurahan();
  }

  /** The zone of the transition's Pemda: its times and "today" are in it. */
  private PemdaZone zone(OpdTransition transition) {
    return transitions.zoneOf(transition);
  }

  private PemdaZone zone(Long transitionId) {
    return zone(transitions.require(transitionId));
  }

  /** Which OPD, in which fiscal year. */
  private Map<String, Object> header(OpdTransition transition) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put(OPD, opdName(transition.opdCode()));
    view.put(FISCAL_YEAR, String.valueOf(transition.fiscalYear()));
    return view;
  }

  /** Which OPD, which site. */
  private Map<String, Object> siteHeader(String opdCode, Site site) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put(OPD, opdName(opdCode));
    view.put(SITE, site.name());
    return view;
  }

  /** The OPD, its fiscal year, its internet line and what moving it today would do. */
  private Map<String, Object> budgetHeader(OpdTransition transition, MovementPlan plan) {
    Map<String, Object> view = header(transition);
    view.put(BUDGET_LINE, BudgetLineText.of(budgets.line(transition.opdCode(), transition.fiscalYear())));
    view.put(MOVEMENT_PLAN, plan.describe());
    return view;
  }

  /** Why the budget moves: the Sekda's approval after the monitoring, or a cut and its reason. */
  private String cutReason(OpdTransition transition) {
    if (transition.cutRequestedAt() == null) {
      return "Disetujui Sekda setelah masa pemantauan tanpa keluhan";
    }
    Optional<DecisionRecord> cut = transitions.latestDecision(transition.id(), ForceCutService.DECISION_STEP)
        .or(() -> transitions.latestDecision(transition.id(), TransitionContract.TASK_DECIDE_OVERDUE_TRANSITION));
    return "Dipotong Sekda pada " + zone(transition).format(transition.cutRequestedAt())
        + cut.map(decision -> ": " + decision.reason()).orElse("")
        + (transition.networkReadyAt() == null ? ". Jaringan OPD masih dalam pemasangan dan tetap dilanjutkan." : ".");
  }

  /** The OPD's open complaints, when it has any (the form hides the field otherwise). */
  private void putOpenComplaints(Map<String, Object> view, Long transitionId) {
    List<Complaint> open = complaints.openOf(transitionId);
    if (!open.isEmpty()) {
      view.put(OPEN_COMPLAINTS, open.stream()
          .map(complaint -> ComplaintViews.number(complaint) + " | " + complaint.category().label() + " | "
              + complaint.description())
          .collect(Collectors.joining("\n")));
    }
  }

  /** The reason of a step's latest decision, when it was {@code decided}. */
  private Optional<String> reasonOf(Long transitionId, String step, Enum<?> decided) {
    return transitions.latestDecision(transitionId, step)
        .filter(decision -> decision.decision().equals(decided.name()))
        .map(DecisionRecord::reason);
  }

  /** Why Icon+ could not install, or why Diskominfo withdrew the order. */
  private static Optional<String> failureOf(ConnectionOrder order) {
    return Optional.ofNullable(order.cancellationReason() != null
        ? "Dibatalkan Diskominfo: " + order.cancellationReason()
        : order.failureReason());
  }

  /**
   * Tasklist's list columns of a transition's task, from its process variables alone: the OPD,
   * and the site of a per-site task (what the forms show under the same keys).
   */
  public Map<String, Object> listColumns(TaskVariables task) {
    Map<String, Object> columns = new LinkedHashMap<>();
    TransitionContract.OPD_CODE.find(task).ifPresent(code -> columns.put(OPD, opdName(code)));
    TransitionContract.SITE_ID.find(task).ifPresent(siteId -> columns.put(SITE, sites.require(siteId).name()));
    return columns;
  }

  private String opdName(String opdCode) {
    return SharedViews.opd(registry.require(opdCode).name(), opdCode);
  }

  /** A registry site, for the OPD to complete. */
  private static Map<String, Object> registered(Site site, PemdaSettings pemda) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put(SurveyForm.SITE_CODE, site.code());
    row.put(SurveyForm.NAME, site.name());
    row.put(SurveyForm.KIND, site.kind().name());
    row.put(pemda.kind() == Pemda.Kind.KABUPATEN ? SurveyForm.DESA : SurveyForm.KELURAHAN, site.kelurahan());
    row.put(SurveyForm.ADDRESS, site.address());
    return row;
  }

  /** A site as the OPD answered last time. */
  private Map<String, Object> answered(SiteSurvey survey, PemdaSettings pemda) {
    Map<String, Object> row = registered(sites.require(survey.siteId()), pemda);
    SiteSurvey.Connectivity now = survey.current();
    row.put(SurveyForm.CONNECTIVITY, SiteInternet.of(now).name());
    if (now.hasOwnIsp()) {
      row.put(SurveyForm.ISP_NAME, now.currentIsp());
    }
    if (now.onIconPlus()) {
      row.put(SurveyForm.ICONPLUS_CIRCUIT, now.iconplusCircuitId());
    }
    if (now.contractEnd() != null) {
      row.put(SurveyForm.CONTRACT_END, now.contractEnd().toString());
    }
    if (now.noticeDays() != null) {
      row.put(SurveyForm.NOTICE_DAYS, now.noticeDays());
    }
    row.put(SurveyForm.CURRENT_BANDWIDTH, now.currentBandwidthMbps());
    row.put(SurveyForm.MONTHLY_COST, now.monthlyCostRupiah().longValueExact());
    row.put(SurveyForm.STAFF, survey.needs().staffCount());
    row.put(SurveyForm.COUNTERS, survey.needs().serviceCounters());
    row.put(SurveyForm.CAMERAS, survey.needs().cctvCameras());
    row.put(SurveyForm.APPLICATIONS, survey.needs().hostedApplications());
    return row;
  }
}
