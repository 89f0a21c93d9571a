package id.go.pemda.bandwidth.demo;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.pemda.bandwidth.budget.BudgetInstrument;
import id.go.pemda.bandwidth.budget.MovementPlan;
import id.go.pemda.bandwidth.budget.BudgetService;
import id.go.pemda.bandwidth.campaign.CampaignRepository;
import id.go.pemda.bandwidth.complaint.Complaint;
import id.go.pemda.bandwidth.complaint.ComplaintCategory;
import id.go.pemda.bandwidth.complaint.ComplaintChannel;
import id.go.pemda.bandwidth.complaint.ComplaintIntake;
import id.go.pemda.bandwidth.complaint.ComplaintService;
import id.go.pemda.bandwidth.complaint.MonitoringEndDecision;
import id.go.pemda.bandwidth.connection.ConnectionService;
import id.go.pemda.bandwidth.connection.SiteConnection;
import id.go.pemda.bandwidth.demo.iconplus.IconPlusSimulator;
import id.go.pemda.bandwidth.iconplus.IconPlusEvents;
import id.go.pemda.bandwidth.opd.Opd;
import id.go.pemda.bandwidth.opd.OpdRegistry;
import id.go.pemda.bandwidth.process.contract.CampaignContract;
import id.go.pemda.bandwidth.process.contract.ComplaintCaseContract;
import id.go.pemda.bandwidth.process.contract.TransitionContract;
import id.go.pemda.bandwidth.process.form.FormSubmissions;
import id.go.pemda.bandwidth.process.form.FormViews;
import id.go.pemda.bandwidth.process.form.JsonRows;
import id.go.pemda.bandwidth.transition.ForceCutService;
import id.go.pemda.bandwidth.site.SiteRegistry;
import id.go.pemda.bandwidth.transition.OpdTransition;
import id.go.pemda.bandwidth.transition.TransitionService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo profile, first start only: a program for next fiscal year over every OPD, started 120
 * days ago and played forward with the engine clock, so Tasklist, Cockpit and the dashboard look
 * like a city in the middle of its transition: OPDs at every stage, a cut, a failed order, late
 * installations, open complaints and a trouble ticket, budgets moved and old contracts ended.
 * Every step goes through the processes and their forms, as the role users would
 * ({@link DemoTasklist}). Once a program exists (the demo's, or one a user started) it is not
 * played again; {@code bandwidth.demo.program=false} switches it off.
 */
@Component
@Profile("demo")
@ConditionalOnProperty(name = "bandwidth.demo.program", havingValue = "true", matchIfMissing = true)
@Order(40)
public class DemoProgram implements DemoStep {

  private static final Logger log = LoggerFactory.getLogger(DemoProgram.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Where each OPD stands once the demo has played: the rest are still at their survey. */
  enum Stage {
    COORDINATION, APPROVAL, CONNECTION, FAILED_ORDER, CUT, MONITORING, MONITORING_END, REVOCATION_APPROVAL,
    BUDGET_REVOCATION, ISP_TERMINATION, COMPLETED
  }

  static final Map<String, Stage> STAGES = stages();

  private final ProcessEngine engine;
  private final CampaignRepository campaigns;
  private final OpdRegistry registry;
  private final SiteRegistry sites;
  private final TransitionService transitions;
  private final ConnectionService connections;
  private final BudgetService budgets;
  private final ComplaintIntake intake;
  private final ComplaintService complaints;
  private final ForceCutService forceCut;
  private final IconPlusEvents iconPlus;
  private final ObjectProvider<IconPlusSimulator> simulator;
  private final DemoTasklist tasklist;

  public DemoProgram(
      ProcessEngine engine, CampaignRepository campaigns, OpdRegistry registry, SiteRegistry sites,
      TransitionService transitions, ConnectionService connections, BudgetService budgets, ComplaintIntake intake,
      ComplaintService complaints, ForceCutService forceCut, IconPlusEvents iconPlus,
      ObjectProvider<IconPlusSimulator> simulator, FormSubmissions submissions, FormViews views) {
    this.engine = engine;
    this.campaigns = campaigns;
    this.registry = registry;
    this.sites = sites;
    this.transitions = transitions;
    this.connections = connections;
    this.budgets = budgets;
    this.intake = intake;
    this.complaints = complaints;
    this.forceCut = forceCut;
    this.iconPlus = iconPlus;
    this.simulator = simulator;
    this.tasklist = new DemoTasklist(engine, submissions, views);
  }

  @Override
  public void prepare() {
    if (campaigns.count() > 0) {
      log.info("Demo program not played: a program exists (delete data/h2 to play it again)");
      return;
    }
    simulator.ifAvailable(icon -> icon.hold(true));
    try (DemoTimeline time = new DemoTimeline(engine.getManagementService())) {
      play(time);
    } finally {
      simulator.ifAvailable(icon -> icon.hold(false));
    }
  }

  private void play(DemoTimeline time) {
    int fiscalYear = time.fiscalYearAfterToday();
    time.daysAgo(120);
    tasklist.start(CampaignContract.KEY, Map.of(
        "programName", "Pemusatan belanja internet TA " + fiscalYear,
        "fiscalYear", fiscalYear,
        "quietPeriodDays", 30,
        "transitionDeadline", LocalDate.of(fiscalYear - 1, 12, 31).toString(),
        "opdCodes", ""));
    time.runDueJobs();
    Map<String, OpdTransition> byOpd = new LinkedHashMap<>();
    STAGES.keySet().forEach(code -> transitions.latestOf(code).ifPresent(t -> byOpd.put(code, t)));
    Set<Stage> closing = EnumSet.range(Stage.MONITORING_END, Stage.COMPLETED);
    Set<Stage> connecting = EnumSet.of(Stage.CONNECTION, Stage.FAILED_ORDER, Stage.CUT);

    time.daysAgo(110);
    each(byOpd, EnumSet.complementOf(EnumSet.noneOf(Stage.class)), t -> fillSurvey(t, fiscalYear));
    time.daysAgo(100);
    each(byOpd, EnumSet.complementOf(EnumSet.of(Stage.COORDINATION)), this::agree);
    each(byOpd, EnumSet.of(Stage.COORDINATION), t -> {
      if ("DLH".equals(t.opdCode())) {
        sendBack(t);
      }
    });
    time.daysAgo(96);
    each(byOpd, closing, this::approve);
    time.runDueJobs();
    time.daysAgo(85);
    each(byOpd, closing, t -> installAndAccept(t, time.day(), true));
    time.daysAgo(60);
    each(byOpd, EnumSet.of(Stage.CUT), t -> forceCut.cut(t, "Pagu internet OPD dialihkan lebih awal untuk APBD", "sekda"));
    time.runDueJobs();
    time.daysAgo(52);
    time.runDueJobs(); // the quiet periods of the OPDs connected first end now
    time.daysAgo(51);
    each(byOpd, EnumSet.range(Stage.REVOCATION_APPROVAL, Stage.COMPLETED), this::confirmMonitoringEnd);
    time.daysAgo(50);
    each(byOpd, EnumSet.range(Stage.BUDGET_REVOCATION, Stage.COMPLETED), t -> complete(
        t, TransitionContract.TASK_APPROVE_BUDGET_REVOCATION, Map.of("revocationDecision", "APPROVE")));
    each(byOpd, EnumSet.of(Stage.CUT), t -> recordBudget(t, time.day()));
    time.daysAgo(40);
    each(byOpd, EnumSet.range(Stage.ISP_TERMINATION, Stage.COMPLETED), t -> recordBudget(t, time.day()));
    time.daysAgo(30);
    each(byOpd, EnumSet.of(Stage.COMPLETED), this::endOldContracts);
    each(byOpd, EnumSet.of(Stage.MONITORING), this::approve);
    time.runDueJobs();
    time.daysAgo(25);
    each(byOpd, connecting, this::approve);
    time.runDueJobs();
    time.daysAgo(20);
    each(byOpd, EnumSet.of(Stage.MONITORING), t -> installAndAccept(t, time.day(), true));
    each(byOpd, EnumSet.of(Stage.FAILED_ORDER), this::failFirstOrder);
    time.daysAgo(8);
    complain("DISPUSIP", ComplaintCategory.INTERMITTENT, "Jaringan putus-sambung di ruang layanan sejak pagi", true);
    time.runDueJobs(); // the trouble ticket goes to Icon+
    each(byOpd, connecting, t -> installAndAccept(t, time.day(), false));
    time.daysAgo(3);
    complain("DISHUB", ComplaintCategory.SLOW, "Akses aplikasi SIM layanan angkutan sangat lambat", false);
    time.runDueJobs();
    log.info("Demo program for fiscal year {} played forward: {} OPDs, backdated 120 days", fiscalYear, byOpd.size());
  }

  private void fillSurvey(OpdTransition transition, int fiscalYear) {
    Opd opd = registry.require(transition.opdCode());
    Map<String, Object> survey = new HashMap<>(DemoSurveys.survey(opd, sites.sitesOf(opd.code()), fiscalYear));
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> rows = (List<Map<String, Object>>) survey.get("sites");
    survey.put("sites", JsonRows.of(rows));
    complete(transition, TransitionContract.TASK_FILL_SURVEY, survey);
  }

  private void sendBack(OpdTransition transition) {
    complete(transition, TransitionContract.TASK_COORDINATE_TECHNICALLY, Map.of(
        "coordinationDecision", "SEND_BACK", "returnReason", "Titik UPTD laboratorium belum didata; lengkapi"));
  }

  /** Diskominfo agrees each site as recommended, at the central network's price for its speed. */
  private void agree(OpdTransition transition) {
    Task task = tasklist.single(transition.processInstanceId(), TransitionContract.TASK_COORDINATE_TECHNICALLY);
    List<Map<String, Object>> rows = rows(tasklist.shown(task, "sites"));
    for (Map<String, Object> row : rows) {
      int mbps = ((Number) row.get("agreedMbps")).intValue();
      row.put("centralMonthlyCostRupiah", mbps * 25_000L);
      row.put("technicalNotes", "ODP terdekat " + (100 + Math.abs(String.valueOf(row.get("siteCode")).hashCode()) % 400) + " m");
    }
    tasklist.submit(task, Map.of("coordinationDecision", "AGREED", "sites", JsonRows.of(rows)));
  }

  private void approve(OpdTransition transition) {
    complete(transition, TransitionContract.TASK_APPROVE_PLAN, Map.of("planDecision", "APPROVE"));
  }

  /** The Kepala Diskominfo confirms the monitoring ended without complaints: the Sekda decides next. */
  private void confirmMonitoringEnd(OpdTransition transition) {
    complete(transition, TransitionContract.TASK_CONFIRM_MONITORING_END, Map.of(
        TransitionContract.MONITORING_END_DECISION.name(), MonitoringEndDecision.CONFIRM.name(),
        "confirmationNote", "Tidak ada laporan gangguan dari OPD di luar sistem"));
  }

  private void failFirstOrder(OpdTransition transition) {
    SiteConnection first = connections.connectionsOf(transition.id()).get(0);
    iconPlus.failed(connections.currentOrder(transition.id(), first.siteId()).providerOrderId(),
        "Izin penanaman tiang dari PLN belum terbit");
  }

  /**
   * Icon+ reports the sites installed and the OPD accepts them with their BAUT; partly, every
   * site but the last is installed and half of those accepted.
   */
  private void installAndAccept(OpdTransition transition, LocalDate day, boolean all) {
    List<SiteConnection> ordered = connections.connectionsOf(transition.id()).stream()
        .filter(site -> site.orderId() != null).toList();
    for (SiteConnection site : all ? ordered : ordered.subList(0, Math.max(0, ordered.size() - 1))) {
      var order = connections.requireOrder(site.orderId());
      iconPlus.installed(order.providerOrderId(), day, "ICON-SMD-" + (2000 + site.id()), order.bandwidthMbps());
    }
    List<Task> installed = tasklist.open(transition.processInstanceId(), TransitionContract.TASK_ACCEPT_LINK);
    for (Task task : all ? installed : installed.subList(0, installed.size() / 2)) {
      tasklist.submit(task, Map.of(
          "linkAcceptance", "ACCEPTED", "acceptedOn", day.toString(),
          "bautNumber", "BAUT/" + task.getId().substring(0, 6) + "/" + transition.opdCode() + "/" + day.getYear()));
    }
  }

  /** BPKAD records the instrument the day allows, with its document. */
  private void recordBudget(OpdTransition transition, LocalDate day) {
    MovementPlan move = budgets.plan(transition.id(), day);
    BudgetInstrument instrument = move.instruments().get(0);
    String document = instrument == BudgetInstrument.RKA_NOT_PROPOSED
        ? "BA TAPD 900/" + transition.id() + "/RKA-" + transition.fiscalYear()
        : "Perwali Samarinda No. " + (10 + transition.id() % 30) + " Tahun " + day.getYear();
    complete(transition, TransitionContract.TASK_RECORD_BUDGET_REVOCATION, Map.of(
        "instrument", instrument.name(), "documentNumber", document, "documentDate", day.toString()));
  }

  /** The OPD ends every old contract on the last day its line pays it, signed by its head. */
  private void endOldContracts(OpdTransition transition) {
    for (Task task : tasklist.open(transition.processInstanceId(), TransitionContract.TASK_CONFIRM_ISP_TERMINATION)) {
      Long siteId = (Long) tasklist.variable(task, TransitionContract.SITE_ID.name());
      tasklist.submit(task, Map.of(
          "ispTerminatedOn", budgets.paidUntil(transition.id(), siteId).toString(),
          "ispTerminationReference", "027/" + siteId + "/" + transition.opdCode(),
          "signerName", "Kepala " + registry.require(transition.opdCode()).name(),
          "signedByHead", true));
    }
  }

  /** A complaint from Tasklist; a provider fault goes to Icon+ as a trouble ticket. */
  private void complain(String opdCode, ComplaintCategory category, String text, boolean providerFault) {
    Complaint complaint = intake.file(opdCode, new Complaint.Report(
        category, text, null, "opd." + opdCode.toLowerCase(java.util.Locale.ROOT), ComplaintChannel.TASKLIST));
    if (!providerFault) {
      return;
    }
    String caseId = complaints.require(complaint.id()).caseProcessInstanceId();
    tasklist.submit(tasklist.single(caseId, ComplaintCaseContract.TASK_EVALUATE_COMPLAINT), Map.of(
        "evaluationResult", "PROVIDER_FAULT", "evaluationNotes", "Perangkat ONT di lokasi perlu diganti Icon+"));
  }

  /** The step, for every OPD bound for one of {@code stages}, in the program's order. */
  private void each(Map<String, OpdTransition> byOpd, Set<Stage> stages, Consumer<OpdTransition> step) {
    byOpd.forEach((code, transition) -> {
      if (stages.contains(STAGES.get(code))) {
        step.accept(transition);
      }
    });
  }

  private void complete(OpdTransition transition, String taskKey, Map<String, Object> values) {
    tasklist.submit(tasklist.single(transition.processInstanceId(), taskKey), values);
  }

  private static List<Map<String, Object>> rows(Object json) {
    try {
      return JSON.readValue(String.valueOf(json), new TypeReference<List<Map<String, Object>>>() {});
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Map<String, Stage> stages() {
    Map<String, Stage> stages = new LinkedHashMap<>();
    List.of("DISDUKCAPIL", "DPMPTSP", "BAPENDA", "KEC-SAMARINDA-KOTA").forEach(c -> stages.put(c, Stage.COMPLETED));
    List.of("DINSOS", "KEC-SAMARINDA-ILIR").forEach(c -> stages.put(c, Stage.ISP_TERMINATION));
    List.of("DISNAKER", "KEC-PALARAN").forEach(c -> stages.put(c, Stage.BUDGET_REVOCATION));
    List.of("DP2PA", "DPPKB").forEach(c -> stages.put(c, Stage.REVOCATION_APPROVAL));
    stages.put("KEC-SAMBUTAN", Stage.MONITORING_END);
    List.of("DISHUB", "DISPUSIP", "DISDAG", "KEC-SAMARINDA-SEBERANG", "BPBD").forEach(c -> stages.put(c, Stage.MONITORING));
    List.of("DINKES", "DISDIKBUD", "RSUD-IAMOEIS", "DISDAMKAR", "KEC-SUNGAI-KUNJANG", "KEC-SAMARINDA-UTARA")
        .forEach(c -> stages.put(c, Stage.CONNECTION));
    stages.put("KEC-LOA-JANAN-ILIR", Stage.FAILED_ORDER);
    stages.put("KEC-SAMARINDA-ULU", Stage.CUT);
    List.of("SETDA").forEach(c -> stages.put(c, Stage.APPROVAL));
    List.of("KEC-SUNGAI-PINANG", "DPUPR", "DLH").forEach(c -> stages.put(c, Stage.COORDINATION));
    return stages;
  }
}
