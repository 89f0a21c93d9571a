package id.go.pemda.bandwidth.support;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.pemda.bandwidth.budget.BudgetService;
import id.go.pemda.bandwidth.campaign.Campaign;
import id.go.pemda.bandwidth.campaign.CampaignService;
import id.go.pemda.bandwidth.campaign.TransitionDeadline;
import id.go.pemda.bandwidth.complaint.Complaint;
import id.go.pemda.bandwidth.complaint.ComplaintCategory;
import id.go.pemda.bandwidth.complaint.ComplaintChannel;
import id.go.pemda.bandwidth.complaint.ComplaintIntake;
import id.go.pemda.bandwidth.complaint.ComplaintService;
import id.go.pemda.bandwidth.connection.ConnectionService;
import id.go.pemda.bandwidth.process.contract.ComplaintCaseContract;
import id.go.pemda.bandwidth.process.contract.TransitionContract;
import id.go.pemda.bandwidth.process.form.FormSubmissions;
import id.go.pemda.bandwidth.process.form.JsonRows;
import id.go.pemda.bandwidth.process.iconplus.IconPlusEventHandler;
import id.go.pemda.bandwidth.shared.PemdaZone;
import id.go.pemda.bandwidth.tenant.Tenants;
import id.go.pemda.bandwidth.transition.ForceCutService;
import id.go.pemda.bandwidth.transition.TransitionService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Drives an OPD transition through the engine's public API, submitting what the Camunda Forms
 * submit (a dynamic list as a Json variable, as Tasklist sends it), so the listeners validate and
 * store it as in Tasklist. Several sites wait side by side, so tasks are found by their element
 * id, and, when there are several, by their site.
 */
@Component
public class TransitionDriver {

  public static final int QUIET_PERIOD_DAYS = 30;
  private static final ObjectMapper JSON = new ObjectMapper();

  private final ProcessEngine engine;
  private final CampaignService campaigns;
  private final ComplaintIntake intake;
  private final ComplaintService complaints;
  private final FormSubmissions submissions;
  private final BudgetService budgets;
  private final IconPlusEventHandler iconPlus;
  private final ConnectionService connections;
  private final ForceCutService forceCut;
  private final TransitionService transitions;
  private final FormShown shown;
  /** The internet line BPKAD loaded for an OPD whose test does not record its own. */
  public static final BigDecimal DEFAULT_PAGU = new BigDecimal("36000000");

  public TransitionDriver(
      ProcessEngine engine, CampaignService campaigns, ComplaintIntake intake, ComplaintService complaints,
      FormSubmissions submissions, BudgetService budgets, IconPlusEventHandler iconPlus, ConnectionService connections,
      ForceCutService forceCut, TransitionService transitions, FormShown shown) {
    this.shown = shown;
    this.budgets = budgets;
    this.iconPlus = iconPlus;
    this.connections = connections;
    this.forceCut = forceCut;
    this.transitions = transitions;
    this.engine = engine;
    this.campaigns = campaigns;
    this.intake = intake;
    this.complaints = complaints;
    this.submissions = submissions;
  }

  public ProcessInstance start(String opdCode, int fiscalYear) {
    return start(opdCode, fiscalYear, TransitionDeadline.defaultFor(fiscalYear, PemdaZone.WITA));
  }

  public ProcessInstance start(String opdCode, int fiscalYear, Instant deadline) {
    // BPKAD has loaded the OPD's line for the year (a test that records its own line first keeps it)
    budgets.record(opdCode, fiscalYear, DEFAULT_PAGU, BigDecimal.ZERO);
    Campaign campaign =
        campaigns.plan(Tenants.of(opdCode), "Program uji " + opdCode, fiscalYear, QUIET_PERIOD_DAYS, deadline, "test", List.of(opdCode));
    return engine
        .getRuntimeService()
        .startProcessInstanceByKey(
            TransitionContract.KEY,
            opdCode,
            Map.of(
                TransitionContract.OPD_CODE.name(), opdCode,
                TransitionContract.CAMPAIGN_ID.name(), campaign.id()));
  }

  /**
   * An OPD whose office is connected and whose second site Icon+ cannot reach: the Sekda exempts
   * that site until 31 March of the fiscal year, then cuts; BPKAD records the pergeseran in
   * January and the office's old contract ends with the year before. The exempted site waits for
   * its exemption's end.
   */
  public ProcessInstance exemptedUntilMarchAndMoved(
      String opdCode, int fiscalYear, Map<String, Object> unreachable, String documentNumber) {
    String yearBeforeEnds = (fiscalYear - 1) + "-12-31";
    String exemptedUntil = fiscalYear + "-03-31";
    ProcessInstance instance = start(opdCode, fiscalYear);
    order(instance, survey(ownIspSite("Kantor Dinas", 2_500_000L, yearBeforeEnds), unreachable));
    Long transitionId = (Long) engine.getRuntimeService().getVariable(instance.getId(), TransitionContract.TRANSITION_ID.name());
    Long site = connections.connectionsOf(transitionId).get(1).siteId();
    iconPlus.failed(connections.currentOrder(transitionId, site).providerOrderId(), "Tidak ada jangkauan fiber");
    confirmInstallations(instance);
    complete(task(instance, TransitionContract.TASK_HANDLE_FAILED_ORDER), Map.of(
        "failedOrderDecision", "EXEMPTION", "proposedExemptionUntil", exemptedUntil,
        "exemptionReason", "Belum ada jangkauan fiber"));
    complete(task(instance, TransitionContract.TASK_DECIDE_EXEMPTION), Map.of(
        "exemptionDecision", "APPROVE", "exemptedUntil", exemptedUntil, "decisionNotes", "Sampai jaringan tersedia"));
    acceptAll(instance);
    forceCut.cut(transitions.require(transitionId), "Putus saja", "sekda");
    TimeTravel.intoFiscalYear(fiscalYear);
    complete(task(instance, TransitionContract.TASK_RECORD_BUDGET_REVOCATION), Map.of(
        "instrument", "PERGESERAN", "tapdDecisionNumber", "BA TAPD 9/" + fiscalYear, "documentNumber", documentNumber,
        "documentDate", TimeTravel.now().atZone(PemdaZone.WITA.zone()).toLocalDate().toString()));
    complete(task(instance, TransitionContract.TASK_CONFIRM_ISP_TERMINATION), Map.of(
        "ispTerminatedOn", yearBeforeEnds, "ispTerminationReference", "005/ISP/" + fiscalYear,
        "signerName", "Dr. Andi", "signedByHead", true));
    return instance;
  }

  /**
   * Runs {@code action} as {@code userId} authenticates in Tasklist: with the user's groups and
   * tenants, so the tenant check lets it see its Pemda.
   */
  public <T> T as(String userId, Supplier<T> action) {
    List<String> groups =
        engine.getIdentityService().createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
    List<String> tenants = engine.getIdentityService().createTenantQuery().userMember(userId)
        .includingGroupsOfUser(true).list().stream().map(Tenant::getId).toList();
    engine.getIdentityService().setAuthentication(userId, groups, tenants);
    try {
      return action.get();
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  // ---------------------------------------------------------------- survey

  /** A site on its own ISP, contract ending on {@code contractEnd} with 30 days' notice. */
  public static Map<String, Object> ownIspSite(String name, long monthlyCost, String contractEnd) {
    Map<String, Object> row = site(name, "KANTOR");
    row.put("connectivity", "OWN_ISP");
    row.put("ispName", "PT Telkom Indonesia (IndiHome)");
    row.put("contractEnd", contractEnd);
    row.put("noticeDays", 30);
    row.put("currentBandwidthMbps", 20);
    row.put("monthlyCostRupiah", monthlyCost);
    return row;
  }

  /** A site that has no internet today. */
  public static Map<String, Object> siteWithoutInternet(String name) {
    Map<String, Object> row = site(name, "PUSKESMAS");
    row.put("connectivity", "NONE");
    row.put("currentBandwidthMbps", 0);
    row.put("monthlyCostRupiah", 0);
    return row;
  }

  /** A site already on Icon+, paying it from the OPD's budget. */
  public static Map<String, Object> iconPlusSite(String name, String circuitId, long monthlyCost) {
    Map<String, Object> row = site(name, "KELURAHAN");
    row.put("connectivity", "ICONPLUS");
    row.put("iconplusCircuitId", circuitId);
    row.put("currentBandwidthMbps", 30);
    row.put("monthlyCostRupiah", monthlyCost);
    return row;
  }

  private static Map<String, Object> site(String name, String kind) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("name", name);
    row.put("kind", kind);
    row.put("kelurahan", "Sidodadi");
    row.put("address", "Jl. " + name + " No. 1, Samarinda");
    row.put("staffCount", 40);
    row.put("serviceCounters", 2);
    row.put("cctvCameras", 4);
    row.put("hostedApplications", 1);
    return row;
  }

  /** A site of a kabupaten: in a desa, not a kelurahan. */
  public static Map<String, Object> inDesa(Map<String, Object> row, String desa) {
    row.remove("kelurahan");
    row.put("desa", desa);
    return row;
  }

  /** The survey form's values, with its list of sites as Tasklist sends it (Json). */
  @SafeVarargs
  public static Map<String, Object> survey(Map<String, Object>... sites) {
    Map<String, Object> values = new HashMap<>();
    values.put("contactName", "Rina Lestari");
    values.put("contactPhone", "081234567890");
    values.put("obstacles", "Kabel lama di lantai 2");
    values.put("sites", JsonRows.of(List.of(sites)));
    return values;
  }

  public void fillSurvey(ProcessInstance instance, Map<String, Object> survey) {
    complete(task(instance, TransitionContract.TASK_FILL_SURVEY), survey);
  }

  // ---------------------------------------------------------------- coordination

  /** Diskominfo agrees every site as recommended, each at {@code centralMonthlyCost}. */
  public void agreeAll(ProcessInstance instance, long centralMonthlyCost) {
    Task task = task(instance, TransitionContract.TASK_COORDINATE_TECHNICALLY);
    complete(task, agreement(task, centralMonthlyCost));
  }

  /** The coordination form's values: the rows it opened with, agreed at a central cost. */
  public Map<String, Object> agreement(Task task, long centralMonthlyCost) {
    List<Map<String, Object>> rows = prefilledRows(task, "sites");
    for (Map<String, Object> row : rows) {
      row.put("centralMonthlyCostRupiah", centralMonthlyCost);
      row.put("technicalNotes", "Titik koneksi di ruang server");
    }
    Map<String, Object> values = new HashMap<>();
    values.put("coordinationDecision", "AGREED");
    values.put("sites", JsonRows.of(rows));
    return values;
  }

  /** The rows a list or table of a task's form opened with. */
  public List<Map<String, Object>> prefilledRows(Task task, String key) {
    Object value = shown.of(task.getId(), key);
    try {
      return JSON.readValue(value.toString(), new TypeReference<List<Map<String, Object>>>() {});
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public void approvePlan(ProcessInstance instance) {
    complete(task(instance, TransitionContract.TASK_APPROVE_PLAN), Map.of("planDecision", "APPROVE"));
  }

  // ---------------------------------------------------------------- connection

  /** Runs every waiting "send order to Icon+" job, as the job executor would. */
  public void sendOrders(ProcessInstance instance) {
    runJobs(instance, TransitionContract.TASK_SEND_CONNECTION_ORDER);
  }

  /** Runs every job waiting at an element of the instance (its async steps and due timers). */
  public int runJobs(ProcessInstance instance, String activityId) {
    List<Job> jobs =
        engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).activityId(activityId).list();
    jobs.forEach(job -> engine.getManagementService().executeJob(job.getId()));
    return jobs.size();
  }

  /** Diskominfo confirms every waiting installation, as if Icon+ had phoned. */
  public void confirmInstallations(ProcessInstance instance) {
    tasks(instance, TransitionContract.TASK_CONFIRM_INSTALLATION).forEach(task -> complete(task, installed()));
  }

  public static Map<String, Object> installed() {
    return Map.of(
        "installedOn", installedOn(),
        "circuitId", "ICON-SMD-0042",
        "installedBandwidthMbps", 100);
  }

  /** The day the test clock says, which is never before an installation it confirms. */
  private static String installedOn() {
    return TimeTravel.now().atZone(PemdaZone.WITA.zone()).toLocalDate().toString();
  }

  public static Map<String, Object> accepted() {
    return Map.of("linkAcceptance", "ACCEPTED", "acceptedOn", installedOn(), "bautNumber", "BAUT/027/DISKOMINFO/2026");
  }

  /** The OPD accepts every installed site. */
  public void acceptAll(ProcessInstance instance) {
    tasks(instance, TransitionContract.TASK_ACCEPT_LINK).forEach(task -> complete(task, accepted()));
  }

  /** From a fresh start to the recorded Icon+ order of one own-ISP site, waiting for the installation. */
  public ProcessInstance startAndOrder(String opdCode, int fiscalYear) {
    ProcessInstance instance = start(opdCode, fiscalYear);
    order(instance, survey(ownIspSite("Kantor " + opdCode, 2_500_000L, (fiscalYear - 1) + "-12-31")));
    return instance;
  }

  /** Survey, coordination, approval and the orders sent. */
  public void order(ProcessInstance instance, Map<String, Object> survey) {
    fillSurvey(instance, survey);
    agreeAll(instance, 1_500_000L);
    approvePlan(instance);
    sendOrders(instance);
  }

  /** From a fresh start to monitoring, with one own-ISP site. */
  public ProcessInstance startAndConnect(String opdCode, int fiscalYear) {
    ProcessInstance instance = startAndOrder(opdCode, fiscalYear);
    confirmInstallations(instance);
    acceptAll(instance);
    return instance;
  }

  /** The monitoring's quiet stretch passes: the Kepala Diskominfo's confirmation of its end is next. */
  public void passMonitoring(ProcessInstance instance) {
    TimeTravel.advance(Duration.ofDays(QUIET_PERIOD_DAYS).plusMinutes(1));
    runJobs(instance, TransitionContract.EVENT_QUIET_PERIOD_ELAPSED);
  }

  /** The Kepala Diskominfo confirms the monitoring ended without complaints: the Sekda's approval is next. */
  public void confirmMonitoringEnd(ProcessInstance instance) {
    complete(task(instance, TransitionContract.TASK_CONFIRM_MONITORING_END), monitoringEndConfirmed());
  }

  public static Map<String, Object> monitoringEndConfirmed() {
    return Map.of(TransitionContract.MONITORING_END_DECISION.name(), "CONFIRM");
  }

  /** The Kepala Diskominfo does not confirm the monitoring's end: it starts again, for the reason given. */
  public static Map<String, Object> monitoringRestarted(String reason) {
    return Map.of(TransitionContract.MONITORING_END_DECISION.name(), "RESTART", "restartReason", reason);
  }

  // ---------------------------------------------------------------- complaints

  /** Files a complaint as the OPD's operator would from Tasklist. */
  public Complaint fileComplaint(String opdCode, String category, String description) {
    return intake.file(
        opdCode,
        new Complaint.Report(
            ComplaintCategory.valueOf(category), description, null, "opd." + opdCode.toLowerCase(),
            ComplaintChannel.TASKLIST));
  }

  /** The task of a complaint's case at an element. */
  public Task caseTask(Long complaintId, String taskKey) {
    String caseId = complaints.require(complaintId).caseProcessInstanceId();
    return engine.getTaskService().createTaskQuery().processInstanceId(caseId).taskDefinitionKey(taskKey).singleResult();
  }

  public void runCaseJobs(Long complaintId, String activityId) {
    String caseId = complaints.require(complaintId).caseProcessInstanceId();
    engine.getManagementService().createJobQuery().processInstanceId(caseId).activityId(activityId).list()
        .forEach(job -> engine.getManagementService().executeJob(job.getId()));
  }

  public static Map<String, Object> evaluation(String result) {
    return Map.of(ComplaintCaseContract.EVALUATION_RESULT.name(), result, "evaluationNotes", "Diperiksa di lokasi");
  }

  // ---------------------------------------------------------------- tasks

  /** The one task of the instance at an element. */
  public Task task(ProcessInstance instance, String taskKey) {
    List<Task> found = tasks(instance, taskKey);
    if (found.size() != 1) {
      throw new IllegalStateException("Expected one task " + taskKey + " but found " + found.size());
    }
    return found.get(0);
  }

  /** Every task of the instance at an element (one per site, in a site's sub-process). */
  public List<Task> tasks(ProcessInstance instance, String taskKey) {
    return new ArrayList<>(engine.getTaskService().createTaskQuery()
        .processInstanceId(instance.getId())
        .taskDefinitionKey(taskKey)
        .orderByTaskCreateTime().asc()
        .list());
  }

  public void complete(Task task, Map<String, Object> variables) {
    submissions.completeTask(task.getId(), variables);
  }
}
