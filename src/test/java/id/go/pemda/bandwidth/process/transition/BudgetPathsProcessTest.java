package id.go.pemda.bandwidth.process.transition;

import static id.go.pemda.bandwidth.support.TransitionDriver.iconPlusSite;
import static id.go.pemda.bandwidth.support.TransitionDriver.ownIspSite;
import static id.go.pemda.bandwidth.support.TransitionDriver.siteWithoutInternet;
import static id.go.pemda.bandwidth.support.TransitionDriver.survey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import id.go.pemda.bandwidth.process.form.FormSubmissions;
import id.go.pemda.bandwidth.budget.BudgetInstrument;
import id.go.pemda.bandwidth.budget.BudgetLine;
import id.go.pemda.bandwidth.budget.BudgetService;
import id.go.pemda.bandwidth.budget.BudgetStatus;
import id.go.pemda.bandwidth.campaign.TransitionDeadline;
import id.go.pemda.bandwidth.connection.ConnectionOrder;
import id.go.pemda.bandwidth.connection.ConnectionService;
import id.go.pemda.bandwidth.connection.OrderStatus;
import id.go.pemda.bandwidth.connection.SiteConnection;
import id.go.pemda.bandwidth.connection.SiteStatus;
import id.go.pemda.bandwidth.identity.Groups;
import id.go.pemda.bandwidth.process.contract.ForceCutContract;
import id.go.pemda.bandwidth.process.contract.TransitionContract;
import id.go.pemda.bandwidth.process.contract.ComplaintCaseContract;
import id.go.pemda.bandwidth.complaint.Complaint;
import id.go.pemda.bandwidth.process.form.FormInputException;
import id.go.pemda.bandwidth.process.iconplus.IconPlusEventHandler;
import id.go.pemda.bandwidth.process.view.SharedViews;
import id.go.pemda.bandwidth.process.view.TransitionViews;
import id.go.pemda.bandwidth.shared.PemdaZone;
import id.go.pemda.bandwidth.support.FormShown;
import id.go.pemda.bandwidth.support.ApplicationTest;
import id.go.pemda.bandwidth.support.Processes;
import id.go.pemda.bandwidth.support.TestOpds;
import id.go.pemda.bandwidth.support.TimeTravel;
import id.go.pemda.bandwidth.support.TransitionDriver;
import id.go.pemda.bandwidth.tenant.Tenants;
import id.go.pemda.bandwidth.transition.DecisionRecord;
import id.go.pemda.bandwidth.transition.ForceCutService;
import id.go.pemda.bandwidth.transition.LoopCounter;
import id.go.pemda.bandwidth.transition.LoopKind;
import id.go.pemda.bandwidth.transition.OpdTransition;
import id.go.pemda.bandwidth.transition.TransitionService;
import id.go.pemda.bandwidth.transition.TransitionStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The budget paths of {@code bpmn/opd-transition.bpmn}: the Sekda's cut at every stage (it moves
 * the money, never the network), the deadline and its bounded extension, the APBD's instruments,
 * the closing tasks' reminders, and which sites end an old contract. One OPD per test.
 */
@ApplicationTest
class BudgetPathsProcessTest {

  private static final int FISCAL_YEAR = 2027;
  /** 1 December 2026, 09.00 WITA: the APBD 2027 is adopted (30 November), the line moves by pergeseran. */
  private static final Instant AFTER_ADOPTION = Instant.parse("2026-12-01T01:00:00Z");
  /** 10 November 2026, 09.00 WITA: the APBD 2027 is not adopted yet, the line is left out of the RKA. */
  private static final Instant BEFORE_ADOPTION = Instant.parse("2026-11-10T01:00:00Z");
  /** 31 December 2026, 23.59 WITA. */
  private static final Instant DEADLINE = TransitionDeadline.defaultFor(FISCAL_YEAR, PemdaZone.WITA);
  private static final BigDecimal PAGU = new BigDecimal("72000000");
  private static final String CENTRAL = "DISKOMINFO";

  @Autowired ProcessEngine engine;

  @Autowired FormShown formShown;
  @Autowired FormSubmissions submissions;
  @Autowired TransitionDriver driver;
  @Autowired TransitionService transitions;
  @Autowired ConnectionService connections;
  @Autowired BudgetService budgets;
  @Autowired ForceCutService forceCut;
  @Autowired IconPlusEventHandler iconPlus;
  @Autowired TestOpds opds;
  @Autowired JdbcTemplate jdbc;
  @Autowired LoopCounter loops;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
    TimeTravel.to(AFTER_ADOPTION);
  }

  @AfterEach
  void signOut() {
    engine.getIdentityService().clearAuthentication();
  }

  /** Where an OPD's network stands when the Sekda cuts its budget, in the order the process reaches them. */
  enum Stage {
    SURVEY(TransitionContract.TASK_FILL_SURVEY, TransitionStatus.SURVEY),
    COORDINATION(TransitionContract.TASK_COORDINATE_TECHNICALLY, TransitionStatus.COORDINATION),
    ORDER_SENT(TransitionContract.TASK_CONFIRM_INSTALLATION, TransitionStatus.CONNECTION),
    ACCEPTANCE(TransitionContract.TASK_ACCEPT_LINK, TransitionStatus.CONNECTION),
    MONITORING(null, TransitionStatus.BUDGET_REVOCATION),
    SEKDA_APPROVAL(null, TransitionStatus.BUDGET_REVOCATION);

    /** The network's open task, which a cut leaves where it is. */
    final String networkTask;
    /** The stage the transition shows while BPKAD records the move. */
    final TransitionStatus whileRecording;

    Stage(String networkTask, TransitionStatus whileRecording) {
      this.networkTask = networkTask;
      this.whileRecording = whileRecording;
    }

    boolean networkReady() {
      return networkTask == null;
    }
  }

  // ---------------------------------------------------------------- the cut at every stage

  /**
   * What reaches the central line: before the survey nothing (no site is known, the whole line
   * stays), before acceptance the own-ISP site's Rp 2.500.000 a month stays for every month the
   * move covers (recorded on 2 January: February to December), after acceptance (its contract
   * ends with 2026) the whole line moves.
   */
  @ParameterizedTest(name = "cut at {0} by {1} moves {2}")
  @CsvSource({
    "SURVEY, START_FORM, 0",
    "COORDINATION, SERVICE, 44500000",
    "ORDER_SENT, START_FORM, 44500000",
    "ACCEPTANCE, SERVICE, 44500000",
    "MONITORING, START_FORM, 72000000",
    "SEKDA_APPROVAL, SERVICE, 72000000"
  })
  void a_cut_moves_the_budget_now_and_the_network_goes_on_until_the_old_contract_ends(
      Stage stage, String how, BigDecimal movedToCentral) {
    String opd = opds.register("UJI-POTONG-" + stage.name().replace('_', '-'));
    budgets.record(opd, FISCAL_YEAR, PAGU, BigDecimal.ZERO);
    ProcessInstance instance = driver.start(opd, FISCAL_YEAR);
    Long transitionId = transitionId(instance);
    reach(instance, stage);
    BigDecimal centralBefore = central();

    if (how.equals("START_FORM")) {
      cutWithStartForm(opd, "Putus saja: tidak ada kemajuan");
    } else {
      forceCut.cut(transitions.require(transitionId), "Putus saja: tidak ada kemajuan", "sekda");
    }

    // the budget branch goes to BPKAD at once
    Task record = driver.task(instance, TransitionContract.TASK_RECORD_BUDGET_REVOCATION);
    assertThat(record).hasCandidateGroup(Groups.BPKAD);
    assertThat(record.getDueDate().toInstant()).isEqualTo(recordingDueAt());
    assertThat(formShown.of(record.getId(), TransitionViews.CUT_REASON))
        .isEqualTo("Dipotong Sekda pada " + PemdaZone.WITA.format(TimeTravel.now()) + ": Putus saja: tidak ada kemajuan"
            + (stage.networkReady() ? "." : ". Jaringan OPD masih dalam pemasangan dan tetap dilanjutkan."));
    assertThat(transitions.latestDecision(transitionId, ForceCutService.DECISION_STEP).orElseThrow())
        .extracting(DecisionRecord::decision, DecisionRecord::reason, DecisionRecord::decidedBy)
        .containsExactly("FORCE_REVOCATION", "Putus saja: tidak ada kemajuan", "sekda");
    // and the network stays where it was: nothing cancelled, nothing ended before acceptance
    if (stage.networkReady()) {
      assertThat(instance).hasPassed(TransitionContract.EVENT_CUT_DURING_MONITORING);
      assertThat(driver.tasks(instance, TransitionContract.TASK_APPROVE_BUDGET_REVOCATION)).isEmpty();
    } else {
      assertThat(instance).hasPassed(TransitionContract.EVENT_CUT_REQUESTED).isWaitingAt(stage.networkTask);
    }
    if (stage == Stage.ORDER_SENT) {
      assertOrderStillWaitingAtIconPlus(instance, transitionId);
    }
    assertThat(driver.tasks(instance, TransitionContract.TASK_CONFIRM_ISP_TERMINATION)).isEmpty();
    OpdTransition cut = transitions.require(transitionId);
    assertThat(cut.status()).isEqualTo(stage.whileRecording);
    assertThat(cut.cutRequestedAt()).isEqualTo(TimeTravel.now());
    assertThat(cut.budgetRevokedAt()).isNull();
    assertThat(forceCut.cuttable(opd)).isEmpty();

    driver.complete(record, recorded(BudgetInstrument.PERGESERAN, "Perwali 12/2027"));

    OpdTransition moved = transitions.require(transitionId);
    assertThat(moved.budgetRevokedAt()).isEqualTo(TimeTravel.now());
    assertThat(budgets.line(opd, FISCAL_YEAR).orElseThrow().status()).isEqualTo(BudgetStatus.REVOKED);
    assertThat(central().subtract(centralBefore)).isEqualByComparingTo(movedToCentral);
    // until its link is accepted the site's own ISP stays paid from the OPD's line
    assertThat(budgets.line(opd, FISCAL_YEAR).orElseThrow().amountRupiah()).isEqualByComparingTo(PAGU.subtract(movedToCentral));
    assertThat(instance).isNotEnded().hasPassed(TransitionContract.END_BUDGET_MOVED);
    if (!stage.networkReady()) {
      // the stage is the network's; the old contract is not ended before the central link is accepted
      assertThat(moved.status()).isEqualTo(stage.whileRecording);
      assertThat(instance).isWaitingAt(stage.networkTask).hasNotPassed(TransitionContract.TASK_RECORD_NETWORK_READY);
      assertThat(driver.tasks(instance, TransitionContract.TASK_CONFIRM_ISP_TERMINATION)).isEmpty();
      finishNetwork(instance, stage);
    }

    assertThat(transitions.require(transitionId).status()).isEqualTo(TransitionStatus.ISP_TERMINATION);
    Task terminate = driver.task(instance, TransitionContract.TASK_CONFIRM_ISP_TERMINATION);
    assertThat(terminate).hasCandidateGroup(Groups.opd(opd));
    // the cut took the place of the Sekda's approval
    assertThat(transitions.latestDecision(transitionId, TransitionContract.TASK_APPROVE_BUDGET_REVOCATION)).isEmpty();
    // ended on the day of the move: never before the central link's acceptance
    driver.complete(terminate, terminated(today()));

    assertThat(instance).isEnded().hasPassed(TransitionContract.END_TRANSITION_COMPLETED);
    assertThat(transitions.require(transitionId).status()).isEqualTo(TransitionStatus.COMPLETED);
    assertThat(connections.connectionsOf(transitionId)).extracting(SiteConnection::status)
        .containsExactly(SiteStatus.ISP_TERMINATED);
  }

  @Test
  void a_cut_at_the_deadline_before_the_survey_keeps_the_opds_line_paid_until_its_sites_are_accepted() {
    String opd = opds.register("UJI-POTONG-SEBELUM-SURVEI");
    budgets.record(opd, FISCAL_YEAR, PAGU, BigDecimal.ZERO);
    ProcessInstance instance = driver.start(opd, FISCAL_YEAR);
    Long transitionId = transitionId(instance);
    BigDecimal centralBefore = central();

    // Flow_CutAtDeadline -> Task_RequestCut -> Flow_CutBeforeNetworkReady, the survey not yet filled
    driver.complete(reachDeadline(instance), forced("OPD belum mengisi survei"));

    assertThat(instance).hasPassed(TransitionContract.TASK_REQUEST_CUT, TransitionContract.EVENT_CUT_REQUESTED)
        .isWaitingAt(TransitionContract.TASK_FILL_SURVEY, TransitionContract.TASK_RECORD_BUDGET_REVOCATION);
    Task record = driver.task(instance, TransitionContract.TASK_RECORD_BUDGET_REVOCATION);
    assertThat(record).hasCandidateGroup(Groups.BPKAD);
    assertThat(formShown.of(record.getId(), TransitionViews.MOVEMENT_PLAN))
        .isEqualTo("Berlaku mulai 1 Februari 2027. Sisa pagu Rp 72.000.000, tetap di OPD untuk titik yang masih memakai"
            + " jaringan sendiri Rp 72.000.000. Tidak ada yang dipindahkan: sisa pagu membayar titik yang belum"
            + " tersambung ke jaringan pusat (uji terima belum ada); jaringan sendiri tetap dibayar sampai titiknya diterima.");
    driver.complete(record, recorded(BudgetInstrument.PERGESERAN, "Perwali 2/2027"));

    // the line is recorded as moved, but every rupiah of it still pays the OPD's own ISP
    BudgetLine line = budgets.line(opd, FISCAL_YEAR).orElseThrow();
    assertThat(line.status()).isEqualTo(BudgetStatus.REVOKED);
    assertThat(line.amountRupiah()).isEqualByComparingTo(PAGU);
    assertThat(line.movedAmountRupiah()).isEqualByComparingTo("0");
    assertThat(central()).isEqualByComparingTo(centralBefore);
    assertThat(driver.task(instance, TransitionContract.TASK_FILL_SURVEY)).hasCandidateGroup(Groups.opd(opd));
    assertThat(driver.tasks(instance, TransitionContract.TASK_CONFIRM_ISP_TERMINATION)).isEmpty();

    // the network goes on; its old contract (ended with 2026) is paid up to the day of acceptance
    driver.order(instance, survey(ownIspSite("Kantor Dinas", 2_500_000L, "2026-12-31")));
    TimeTravel.to(Instant.parse("2027-03-10T01:00:00Z"));
    driver.confirmInstallations(instance);
    driver.acceptAll(instance);
    assertThat(paidUntil(transitionId)).isEqualTo(LocalDate.parse("2027-03-10"));
    Task terminate = driver.task(instance, TransitionContract.TASK_CONFIRM_ISP_TERMINATION);
    assertThat(terminate).hasCandidateGroup(Groups.opd(opd));
    driver.complete(terminate, terminated("2027-03-10"));
    assertThat(instance).isEnded().hasPassed(TransitionContract.END_TRANSITION_COMPLETED);
  }

  @Test
  void a_network_ready_before_bpkad_records_waits_for_the_move_then_ends_the_old_contract() {
    String opd = opds.register("UJI-POTONG-JARINGAN-SIAP");
    budgets.record(opd, FISCAL_YEAR, PAGU, BigDecimal.ZERO);
    ProcessInstance instance = driver.startAndOrder(opd, FISCAL_YEAR);
    driver.confirmInstallations(instance);
    Long transitionId = transitionId(instance);
    forceCut.cut(transitions.require(transitionId), "Putus saja", "sekda");

    driver.acceptAll(instance);

    // no monitoring after a cut: the budget is already on its way to BPKAD
    assertThat(instance).hasPassed(TransitionContract.TASK_RECORD_NETWORK_READY)
        .hasNotPassed(TransitionContract.SUBPROCESS_MONITORING)
        .isWaitingAt(TransitionContract.TASK_RECORD_BUDGET_REVOCATION);
    assertThat(transitions.require(transitionId).status()).isEqualTo(TransitionStatus.BUDGET_REVOCATION);
    assertThat(driver.tasks(instance, TransitionContract.TASK_CONFIRM_ISP_TERMINATION)).isEmpty();

    driver.complete(driver.task(instance, TransitionContract.TASK_RECORD_BUDGET_REVOCATION),
        recorded(BudgetInstrument.PERGESERAN, "Perwali 11/2027"));

    assertThat(transitions.require(transitionId).status()).isEqualTo(TransitionStatus.ISP_TERMINATION);
    driver.complete(driver.task(instance, TransitionContract.TASK_CONFIRM_ISP_TERMINATION), terminated("2026-12-31"));
    assertThat(instance).isEnded();
  }

  @Test
  void an_opd_whose_budget_is_already_cut_cannot_be_cut_again() {
    String opd = opds.register("UJI-POTONG-DUA-KALI");
    ProcessInstance instance = driver.start(opd, FISCAL_YEAR);
    cutWithStartForm(opd, "Putus saja");
    long cuts = forceCutInstances();

    assertThatThrownBy(() -> cutWithStartForm(opd, "Sekali lagi"))
        .isInstanceOf(FormInputException.class)
        .hasMessageContaining("(opdCode): OPD " + opd + " tidak sedang dalam transisi");
    assertThat(forceCutInstances()).isEqualTo(cuts);
    assertThat(driver.tasks(instance, TransitionContract.TASK_RECORD_BUDGET_REVOCATION)).hasSize(1);
  }

  @Test
  void once_the_sekda_approved_the_move_the_budget_can_no_longer_be_cut_and_the_deadline_stops() {
    String opd = opds.register("UJI-SUDAH-DISETUJUI");
    ProcessInstance instance = approvedForRevocation(opd, TransitionDriver.ownIspSite("Kantor", 2_000_000L, "2027-06-30"));

    assertThat(driver.task(instance, TransitionContract.TASK_RECORD_BUDGET_REVOCATION)).hasCandidateGroup(Groups.BPKAD);
    assertThat(instance).hasPassed(TransitionContract.END_REVOCATION_DECIDED);
    assertThatThrownBy(() -> cutWithStartForm(opd, "Putus saja"))
        .isInstanceOf(FormInputException.class)
        .hasMessageContaining("tidak sedang dalam transisi yang anggarannya masih dapat dipotong");
    assertThat(engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
        .activityId(TransitionContract.EVENT_TRANSITION_DEADLINE).count()).isZero();
  }

  @Test
  void after_a_cut_the_deadline_no_longer_asks_the_sekda() {
    String opd = opds.register("UJI-POTONG-TENGGAT");
    ProcessInstance instance = driver.start(opd, FISCAL_YEAR);
    cutWithStartForm(opd, "Putus saja");

    assertThat(engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
        .activityId(TransitionContract.EVENT_TRANSITION_DEADLINE).count()).isZero();
    assertThat(driver.task(instance, TransitionContract.TASK_FILL_SURVEY)).hasCandidateGroup(Groups.opd(opd));
  }

  // ---------------------------------------------------------------- the end of the monitoring

  @Test
  void the_kadis_confirms_the_end_of_the_monitoring_and_the_sekda_decides_next() {
    String opd = opds.register("UJI-PANTAU-KONFIRMASI");
    budgets.record(opd, FISCAL_YEAR, PAGU, BigDecimal.ZERO);
    ProcessInstance instance = driver.startAndConnect(opd, FISCAL_YEAR);
    Long transitionId = transitionId(instance);
    Instant started = transitions.require(transitionId).evaluationStartedAt();
    driver.passMonitoring(instance);

    // the quiet stretch passed: the Kepala Diskominfo of the OPD's Pemda confirms, the Sekda waits
    Task confirm = driver.task(instance, TransitionContract.TASK_CONFIRM_MONITORING_END);
    assertThat(confirm).hasCandidateGroup(Groups.of(Tenants.of(opd), Groups.KADIS_DISKOMINFO));
    assertThat(driver.tasks(instance, TransitionContract.TASK_APPROVE_BUDGET_REVOCATION)).isEmpty();
    assertThat(transitions.require(transitionId).status()).isEqualTo(TransitionStatus.MONITORING);
    assertThat(formShown.of(confirm.getId()))
        .containsEntry(TransitionViews.MONITORING_STARTED, PemdaZone.WITA.format(started))
        .containsEntry(TransitionViews.CLOSED_COMPLAINTS, "Tidak ada keluhan selama masa pemantauan")
        .containsEntry(TransitionViews.QUIET_PERIOD_END,
            PemdaZone.WITA.format(started.plus(java.time.Duration.ofDays(TransitionDriver.QUIET_PERIOD_DAYS))))
        .doesNotContainKey(TransitionViews.OPEN_COMPLAINTS);

    driver.complete(confirm, Map.of(TransitionContract.MONITORING_END_DECISION.name(), "CONFIRM",
        "confirmationNote", "OPD tidak melaporkan gangguan di luar sistem"));

    assertThat(instance).hasPassed(TransitionContract.TASK_CONFIRM_MONITORING_END)
        .isWaitingAt(TransitionContract.TASK_APPROVE_BUDGET_REVOCATION);
    Task approve = driver.task(instance, TransitionContract.TASK_APPROVE_BUDGET_REVOCATION);
    assertThat(approve).hasCandidateGroup(Groups.of(Tenants.of(opd), Groups.SEKDA));
    OpdTransition confirmed = transitions.require(transitionId);
    assertThat(confirmed.status()).isEqualTo(TransitionStatus.REVOCATION_APPROVAL);
    assertThat(confirmed.evaluationStartedAt()).isEqualTo(started);
    assertThat(transitions.latestDecision(transitionId, TransitionContract.TASK_CONFIRM_MONITORING_END).orElseThrow())
        .extracting(DecisionRecord::decision, DecisionRecord::reason, DecisionRecord::decidedAt)
        .containsExactly("CONFIRM", "OPD tidak melaporkan gangguan di luar sistem", TimeTravel.now());
    assertThat(loops.rounds(LoopKind.MONITORING_RESTARTED, transitionId, null)).isZero();
    // the Sekda reads who confirmed, and when
    assertThat((String) formShown.of(approve.getId(), TransitionViews.MONITORING_CONFIRMED))
        .startsWith("Dikonfirmasi Kepala Diskominfo (")
        .contains(PemdaZone.WITA.format(TimeTravel.now()))
        .endsWith(": OPD tidak melaporkan gangguan di luar sistem");
  }

  @Test
  void the_kadis_not_confirming_restarts_the_monitoring_from_now_with_the_reason_and_counts_the_round() {
    String opd = opds.register("UJI-PANTAU-ULANGI");
    ProcessInstance instance = driver.startAndConnect(opd, FISCAL_YEAR);
    Long transitionId = transitionId(instance);
    driver.passMonitoring(instance);
    Task confirm = driver.task(instance, TransitionContract.TASK_CONFIRM_MONITORING_END);

    // not confirming needs a reason
    assertThatThrownBy(() -> driver.complete(confirm, Map.of(TransitionContract.MONITORING_END_DECISION.name(), "RESTART")))
        .isInstanceOf(FormInputException.class)
        .hasMessageContaining("(restartReason): wajib diisi");
    assertThat(instance).isWaitingAt(TransitionContract.TASK_CONFIRM_MONITORING_END);

    Instant restartedAt = TimeTravel.now();
    driver.complete(confirm, TransitionDriver.monitoringRestarted("OPD melapor jaringan putus lewat telepon kemarin"));

    // the quiet stretch is measured again from now; the Sekda is not asked
    assertThat(instance).isWaitingAt(TransitionContract.EVENT_QUIET_PERIOD_ELAPSED);
    assertThat(driver.tasks(instance, TransitionContract.TASK_APPROVE_BUDGET_REVOCATION)).isEmpty();
    assertThat(driver.tasks(instance, TransitionContract.TASK_CONFIRM_MONITORING_END)).isEmpty();
    OpdTransition restarted = transitions.require(transitionId);
    assertThat(restarted.status()).isEqualTo(TransitionStatus.MONITORING);
    assertThat(restarted.evaluationStartedAt()).isEqualTo(restartedAt);
    assertThat(engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
        .activityId(TransitionContract.EVENT_QUIET_PERIOD_ELAPSED).singleResult().getDuedate())
        .isEqualTo(Date.from(restartedAt.plus(java.time.Duration.ofDays(TransitionDriver.QUIET_PERIOD_DAYS))));
    assertThat(transitions.latestDecision(transitionId, TransitionContract.TASK_CONFIRM_MONITORING_END).orElseThrow())
        .extracting(DecisionRecord::decision, DecisionRecord::reason)
        .containsExactly("RESTART", "OPD melapor jaringan putus lewat telepon kemarin");
    assertThat(loops.rounds(LoopKind.MONITORING_RESTARTED, transitionId, null)).isEqualTo(1);

    // at the end of the new stretch the Kepala Diskominfo is asked again, about the new period
    driver.passMonitoring(instance);
    Task again = driver.task(instance, TransitionContract.TASK_CONFIRM_MONITORING_END);
    assertThat(again).hasCandidateGroup(Groups.of(Tenants.of(opd), Groups.KADIS_DISKOMINFO));
    assertThat(formShown.of(again.getId(), TransitionViews.MONITORING_STARTED))
        .isEqualTo(PemdaZone.WITA.format(restartedAt));
  }

  @Test
  void the_kadis_cannot_confirm_while_a_complaint_is_open() {
    String opd = opds.register("UJI-PANTAU-KELUHAN");
    ProcessInstance instance = driver.startAndConnect(opd, FISCAL_YEAR);
    Long transitionId = transitionId(instance);
    driver.passMonitoring(instance);
    driver.fileComplaint(opd, "LINK_DOWN", "Putus total sejak pagi");

    assertThatThrownBy(() -> driver.confirmMonitoringEnd(instance))
        .isInstanceOf(FormInputException.class)
        .hasMessageContaining("masih ada 1 keluhan terbuka");
    assertThat(instance).isWaitingAt(TransitionContract.TASK_CONFIRM_MONITORING_END);
    assertThat(transitions.require(transitionId).status()).isEqualTo(TransitionStatus.MONITORING);
    assertThat(transitions.latestDecision(transitionId, TransitionContract.TASK_CONFIRM_MONITORING_END)).isEmpty();
  }

  // ---------------------------------------------------------------- the deadline

  @Test
  void the_deadline_during_installation_forced_moves_the_budget_and_keeps_the_icon_plus_order() {
    String opd = opds.register("UJI-TENGGAT-INSTALASI");
    budgets.record(opd, FISCAL_YEAR, PAGU, BigDecimal.ZERO);
    ProcessInstance instance = driver.startAndOrder(opd, FISCAL_YEAR);
    Long transitionId = transitionId(instance);

    Task decide = reachDeadline(instance);
    Map<String, Object> shown = formShown.of(decide.getId());
    assertThat(shown)
        .containsEntry(TransitionViews.DEADLINE, "31 Desember 2026 23.59 WITA")
        .containsEntry(TransitionViews.STAGE, TransitionStatus.CONNECTION.label())
        .containsEntry(TransitionViews.SITES_SETTLED, "0 dari 1 titik tersambung");
    assertThat(shown.get(TransitionViews.EXTENSION_LIMIT).toString())
        .startsWith("Paling lambat 31 Maret 2027.")
        .contains("dibayar dua kali dalam TA 2027");
    driver.complete(decide, forced("Instalasi tidak kunjung selesai"));

    assertThat(instance).hasPassed(TransitionContract.TASK_REQUEST_CUT, TransitionContract.EVENT_CUT_REQUESTED)
        .isWaitingAt(TransitionContract.TASK_CONFIRM_INSTALLATION, TransitionContract.TASK_RECORD_BUDGET_REVOCATION);
    assertThat(driver.task(instance, TransitionContract.TASK_RECORD_BUDGET_REVOCATION)).hasCandidateGroup(Groups.BPKAD);
    assertOrderStillWaitingAtIconPlus(instance, transitionId);
    assertCutDuringNetwork(transitionId, TransitionStatus.CONNECTION);
    assertThat(transitions.latestDecision(transitionId, TransitionContract.TASK_DECIDE_OVERDUE_TRANSITION).orElseThrow())
        .extracting(DecisionRecord::decision, DecisionRecord::reason)
        .containsExactly("FORCE_REVOCATION", "Instalasi tidak kunjung selesai");

    driver.complete(driver.task(instance, TransitionContract.TASK_RECORD_BUDGET_REVOCATION),
        recorded(BudgetInstrument.PERGESERAN, "Perwali 1/2027"));
    assertThat(instance).isWaitingAt(TransitionContract.TASK_CONFIRM_INSTALLATION);
    assertThat(driver.tasks(instance, TransitionContract.TASK_CONFIRM_ISP_TERMINATION)).isEmpty();
    ConnectionOrder order = connections.currentOrder(transitionId, connections.connectionsOf(transitionId).get(0).siteId());
    iconPlus.installed(order.providerOrderId(), today(), "ICON-SMD-2001", 50);
    driver.acceptAll(instance);

    assertThat(transitions.require(transitionId).status()).isEqualTo(TransitionStatus.ISP_TERMINATION);
    driver.complete(driver.task(instance, TransitionContract.TASK_CONFIRM_ISP_TERMINATION), terminated(paidUntil(transitionId)));
    assertThat(instance).isEnded();
  }

  @Test
  void the_deadline_during_acceptance_forced_moves_the_budget_and_the_opd_still_accepts_its_link() {
    String opd = opds.register("UJI-TENGGAT-UJI-TERIMA");
    budgets.record(opd, FISCAL_YEAR, PAGU, BigDecimal.ZERO);
    ProcessInstance instance = driver.startAndOrder(opd, FISCAL_YEAR);
    driver.confirmInstallations(instance);
    Long transitionId = transitionId(instance);

    driver.complete(reachDeadline(instance), forced("Uji terima tertunda"));

    assertThat(instance).isWaitingAt(TransitionContract.TASK_ACCEPT_LINK, TransitionContract.TASK_RECORD_BUDGET_REVOCATION);
    assertThat(driver.task(instance, TransitionContract.TASK_ACCEPT_LINK)).hasCandidateGroup(Groups.opd(opd));
    assertCutDuringNetwork(transitionId, TransitionStatus.CONNECTION);
    driver.complete(driver.task(instance, TransitionContract.TASK_RECORD_BUDGET_REVOCATION),
        recorded(BudgetInstrument.APBD_PERUBAHAN, "Perda 2/2027"));
    assertThat(budgets.line(opd, FISCAL_YEAR).orElseThrow().movement().instrument()).isEqualTo(BudgetInstrument.APBD_PERUBAHAN);
    assertThat(driver.tasks(instance, TransitionContract.TASK_CONFIRM_ISP_TERMINATION)).isEmpty();

    driver.acceptAll(instance);

    driver.complete(driver.task(instance, TransitionContract.TASK_CONFIRM_ISP_TERMINATION), terminated(paidUntil(transitionId)));
    assertThat(instance).isEnded().hasNotPassed(TransitionContract.TASK_APPROVE_BUDGET_REVOCATION);
  }

  @Test
  void the_deadline_while_the_sekda_approval_is_pending_forced_cancels_the_approval_and_moves_the_budget() {
    String opd = opds.register("UJI-TENGGAT-PERSETUJUAN");
    budgets.record(opd, FISCAL_YEAR, PAGU, BigDecimal.ZERO);
    ProcessInstance instance = driver.startAndConnect(opd, FISCAL_YEAR);
    driver.passMonitoring(instance);
    driver.confirmMonitoringEnd(instance);
    Long transitionId = transitionId(instance);
    assertThat(driver.task(instance, TransitionContract.TASK_APPROVE_BUDGET_REVOCATION)).hasCandidateGroup(Groups.SEKDA);

    Task decide = reachDeadline(instance);
    assertThat(instance).isWaitingAt(TransitionContract.TASK_APPROVE_BUDGET_REVOCATION);
    driver.complete(decide, forced("Sudah lewat tenggat"));

    assertThat(instance).hasPassed(TransitionContract.EVENT_CUT_DURING_MONITORING)
        .isWaitingAt(TransitionContract.TASK_RECORD_BUDGET_REVOCATION);
    assertThat(driver.tasks(instance, TransitionContract.TASK_APPROVE_BUDGET_REVOCATION)).isEmpty();
    OpdTransition cut = transitions.require(transitionId);
    assertThat(cut.status()).isEqualTo(TransitionStatus.BUDGET_REVOCATION);
    assertThat(cut.cutRequestedAt()).isEqualTo(TimeTravel.now());

    driver.complete(driver.task(instance, TransitionContract.TASK_RECORD_BUDGET_REVOCATION),
        recorded(BudgetInstrument.PERGESERAN, "Perwali 3/2027"));

    assertThat(transitions.require(transitionId).status()).isEqualTo(TransitionStatus.ISP_TERMINATION);
    driver.complete(driver.task(instance, TransitionContract.TASK_CONFIRM_ISP_TERMINATION), terminated(paidUntil(transitionId)));
    assertThat(instance).isEnded();
  }

  @Test
  void an_extension_beyond_the_end_of_march_of_the_fiscal_year_is_refused() {
    String opd = opds.register("UJI-TENGGAT-LEWAT-BATAS");
    ProcessInstance instance = driver.startAndOrder(opd, FISCAL_YEAR);
    Long transitionId = transitionId(instance);
    Task decide = reachDeadline(instance);

    assertThatThrownBy(() -> driver.complete(decide, extended("2027-04-01")))
        .isInstanceOf(FormInputException.class)
        .hasMessageContaining("(newDeadline): harus setelah hari ini dan paling lambat 31 Maret 2027");

    assertThat(driver.task(instance, TransitionContract.TASK_DECIDE_OVERDUE_TRANSITION).getId()).isEqualTo(decide.getId());
    assertThat(transitions.require(transitionId).deadline()).isEqualTo(DEADLINE);
    assertThat(transitions.latestDecision(transitionId, TransitionContract.TASK_DECIDE_OVERDUE_TRANSITION)).isEmpty();
  }

  @Test
  void an_extension_within_the_bound_comes_back_to_the_sekda_at_the_new_date() {
    String opd = opds.register("UJI-TENGGAT-PERPANJANG");
    ProcessInstance instance = driver.startAndOrder(opd, FISCAL_YEAR);
    Long transitionId = transitionId(instance);

    driver.complete(reachDeadline(instance), extended("2027-03-31"));

    Instant extended = Instant.parse("2027-03-31T15:59:00Z");
    assertThat(instance).isWaitingAt(TransitionContract.EVENT_TRANSITION_DEADLINE, TransitionContract.TASK_CONFIRM_INSTALLATION);
    assertThat(driver.tasks(instance, TransitionContract.TASK_DECIDE_OVERDUE_TRANSITION)).isEmpty();
    assertThat(driver.tasks(instance, TransitionContract.TASK_RECORD_BUDGET_REVOCATION)).isEmpty();
    assertThat(deadlineJob(instance).getDuedate()).isEqualTo(Date.from(extended));
    assertThat(transitions.require(transitionId).deadline()).isEqualTo(extended);
    assertThat(transitions.require(transitionId).cutRequestedAt()).isNull();
    assertThat(transitions.latestDecision(transitionId, TransitionContract.TASK_DECIDE_OVERDUE_TRANSITION).orElseThrow())
        .extracting(DecisionRecord::decision, DecisionRecord::reason)
        .containsExactly("EXTEND", "Menunggu izin tiang PLN");

    TimeTravel.to(extended.plusSeconds(60));
    assertThat(driver.runJobs(instance, TransitionContract.EVENT_TRANSITION_DEADLINE)).isEqualTo(1);
    assertThat(driver.tasks(instance, TransitionContract.TASK_DECIDE_OVERDUE_TRANSITION)).hasSize(1);
    assertThat(driver.task(instance, TransitionContract.TASK_DECIDE_OVERDUE_TRANSITION)).hasCandidateGroup(Groups.SEKDA);
    assertThat(formShown.of(
            driver.task(instance, TransitionContract.TASK_DECIDE_OVERDUE_TRANSITION).getId(), TransitionViews.DEADLINE))
        .isEqualTo("31 Maret 2027 23.59 WITA");
  }

  /**
   * At the deadline the form offers both decisions and chooses none; at a deadline on the latest
   * extension (31 March) it offers the cut alone, chosen already, says why, and the server refuses
   * an extension as an option the form did not offer.
   */
  @Test
  void after_the_latest_extension_the_sekda_can_only_cut_and_the_form_says_why() {
    String opd = opds.register("UJI-TENGGAT-BATAS-HABIS");
    ProcessInstance instance = driver.startAndOrder(opd, FISCAL_YEAR);
    Long transitionId = transitionId(instance);
    Task first = reachDeadline(instance);
    Map<String, Object> offered = formShown.of(first.getId());
    assertThat(offered.get(TransitionViews.OVERDUE_DECISIONS).toString())
        .contains("\"value\":\"FORCE_REVOCATION\"", "\"value\":\"EXTEND\"", "\"label\":\"Perpanjang tenggat (belanja ganda berlanjut)\"");
    assertThat(offered).doesNotContainKey(TransitionContract.OVERDUE_DECISION.name());
    driver.complete(first, extended("2027-03-31"));

    TimeTravel.to(Instant.parse("2027-03-31T16:00:00Z"));
    driver.runJobs(instance, TransitionContract.EVENT_TRANSITION_DEADLINE);
    Task decide = driver.task(instance, TransitionContract.TASK_DECIDE_OVERDUE_TRANSITION);
    Map<String, Object> shown = formShown.of(decide.getId());
    assertThat(shown.get(TransitionViews.OVERDUE_DECISIONS).toString())
        .contains("\"value\":\"FORCE_REVOCATION\"", "\"label\":\"Potong anggaran internet OPD sekarang\"")
        .doesNotContain("EXTEND");
    assertThat(shown)
        .containsEntry(TransitionContract.OVERDUE_DECISION.name(), "FORCE_REVOCATION")
        .containsEntry(TransitionViews.EXTENSION_LIMIT, "Paling lambat 31 Maret 2027. Batas ini sudah tercapai: tenggat tidak"
            + " dapat diperpanjang lagi, yang tersisa hanya memotong anggaran internet OPD.");

    assertThatThrownBy(() -> driver.complete(decide, extended("2027-04-30")))
        .isInstanceOf(FormInputException.class)
        .hasMessageContaining("(overdueDecision): nilai 'EXTEND' tidak dikenal; pilih salah satu dari FORCE_REVOCATION");
    assertThat(transitions.require(transitionId).deadline()).isEqualTo(Instant.parse("2027-03-31T15:59:00Z"));

    driver.complete(decide, forced("Batas perpanjangan habis"));
    assertThat(instance).hasPassed(TransitionContract.TASK_REQUEST_CUT)
        .isWaitingAt(TransitionContract.TASK_CONFIRM_INSTALLATION, TransitionContract.TASK_RECORD_BUDGET_REVOCATION);
    assertThat(transitions.latestDecision(transitionId, TransitionContract.TASK_DECIDE_OVERDUE_TRANSITION).orElseThrow())
        .extracting(DecisionRecord::decision, DecisionRecord::reason)
        .containsExactly("FORCE_REVOCATION", "Batas perpanjangan habis");
  }

  // ---------------------------------------------------------------- the APBD's instruments

  @Test
  void before_the_apbd_is_adopted_only_the_rka_moves_the_line() {
    TimeTravel.to(BEFORE_ADOPTION);
    String opd = opds.register("UJI-INSTRUMEN-RKA");
    budgets.record(opd, FISCAL_YEAR, PAGU, BigDecimal.ZERO);
    ProcessInstance instance = driver.start(opd, FISCAL_YEAR);
    // its one site has no internet of its own: nothing stays with the OPD
    driver.fillSurvey(instance, survey(siteWithoutInternet("Kantor Dinas")));
    forceCut.cut(transitions.require(transitionId(instance)), "Tidak diusulkan lagi di RKA", "sekda");
    Task record = driver.task(instance, TransitionContract.TASK_RECORD_BUDGET_REVOCATION);
    // the form offers the RKA alone that day, chosen already, and says when each instrument applies
    assertThat(formShown.of(record.getId()))
        .containsEntry(TransitionViews.INSTRUMENTS, BudgetInstrument.RKA_NOT_PROPOSED.label() + ": s.d. 29 November 2026\n"
            + BudgetInstrument.PERGESERAN.label() + ": 1 Januari 2027 s.d. 31 Desember 2027\n"
            + BudgetInstrument.APBD_PERUBAHAN.label() + ": 1 Januari 2027 s.d. 31 Desember 2027")
        .containsEntry(TransitionViews.RecordBudgetRevocationForm.INSTRUMENT, BudgetInstrument.RKA_NOT_PROPOSED.name());

    // the form's options, checked again on the server: a pergeseran is not among them that day
    assertThatThrownBy(() -> driver.complete(record, Map.of("instrument", "PERGESERAN", "tapdDecisionNumber", "BA TAPD 9/2026",
            "documentNumber", "Perwali 9/2026", "documentDate", today().toString())))
        .isInstanceOf(FormInputException.class)
        .hasMessageContaining("(instrument): nilai 'PERGESERAN' tidak dikenal; pilih salah satu dari RKA_NOT_PROPOSED");
    assertThat(budgets.line(opd, FISCAL_YEAR).orElseThrow().status()).isEqualTo(BudgetStatus.ACTIVE);

    driver.complete(record, recorded(BudgetInstrument.RKA_NOT_PROPOSED, "BA TAPD 4/2026"));

    BudgetLine line = budgets.line(opd, FISCAL_YEAR).orElseThrow();
    assertThat(line.status()).isEqualTo(BudgetStatus.REVOKED);
    assertThat(line.movement().instrument()).isEqualTo(BudgetInstrument.RKA_NOT_PROPOSED);
    assertThat(line.movement().effectiveFrom()).isEqualTo(LocalDate.parse("2027-01-01"));
    assertThat(line.movement().movedAmountRupiah()).isEqualByComparingTo(PAGU);
  }

  @Test
  void after_the_apbd_is_adopted_a_pergeseran_moves_only_the_sisa_pagu_less_the_running_contracts() {
    String opd = opds.register("UJI-INSTRUMEN-PERGESERAN");
    budgets.record(opd, FISCAL_YEAR, PAGU, new BigDecimal("6000000"));
    ProcessInstance instance = approvedForRevocation(opd, ownIspSite("Kantor Dinas", 2_500_000L, "2027-03-31"));
    Long transitionId = transitionId(instance);
    BigDecimal centralBefore = central();

    Task record = driver.task(instance, TransitionContract.TASK_RECORD_BUDGET_REVOCATION);
    Map<String, Object> shown = formShown.of(record.getId());
    // approved in December: the adopted APBD changes only within the fiscal year, so the form
    // offers nothing today and chooses nothing; from 1 January it offers the two instruments
    assertThat(shown)
        .containsEntry(TransitionViews.CUT_REASON, "Disetujui Sekda setelah masa pemantauan tanpa keluhan")
        .containsEntry(TransitionViews.BUDGET_LINE,
            "Pagu Rp 72.000.000, terealisasi/terikat Rp 6.000.000, sisa Rp 66.000.000 (rekening 5.1.02.02.01.0063, TA 2027)")
        .containsEntry(TransitionViews.MOVEMENT_PLAN, "Berlaku mulai 1 Januari 2027. Sisa pagu Rp 66.000.000, tetap di OPD untuk titik"
            + " yang masih memakai jaringan sendiri Rp 7.500.000. Dipindahkan ke belanja jaringan pusat Diskominfo:"
            + " Rp 58.500.000.")
        .doesNotContainKey(TransitionViews.RecordBudgetRevocationForm.INSTRUMENT);
    assertThat(shown.get(TransitionViews.INSTRUMENT_CALENDAR).toString())
        .contains("\"value\":\"PERGESERAN\"", "\"validFrom\":\"2027-01-01\"", "\"validUntil\":\"2027-12-31\"");
    assertThatThrownBy(() -> driver.complete(record, Map.of("instrument", "PERGESERAN", "tapdDecisionNumber", "BA TAPD 1/2027",
            "documentNumber", "Perwali 12/2027", "documentDate", today().toString())))
        .isInstanceOf(FormInputException.class)
        .hasMessageContaining("(instrument): belum ada pilihan yang berlaku");

    // recorded on 2 January: the move takes effect on 1 February, January's bill is the OPD's
    driver.complete(record, recorded(BudgetInstrument.PERGESERAN, "Perwali 12/2027"));

    BudgetLine line = budgets.line(opd, FISCAL_YEAR).orElseThrow();
    assertThat(line.movement().effectiveFrom()).isEqualTo(LocalDate.parse("2027-02-01"));
    assertThat(line.amountRupiah()).isEqualByComparingTo("11000000");
    assertThat(line.movedAmountRupiah()).isEqualByComparingTo("61000000");
    assertThat(central().subtract(centralBefore)).isEqualByComparingTo("61000000");
    assertThat(jdbc.queryForList("select amount_rupiah from budget_movement where transition_id = ?", BigDecimal.class,
            transitionId))
        .singleElement().satisfies(amount -> assertThat(amount).isEqualByComparingTo("61000000"));
    assertThat(jdbc.queryForObject("select tapd_decision_number from budget_movement where transition_id = ?", String.class,
        transitionId)).isEqualTo("BA TAPD 9/2027");
    // the line still pays the old contract until it ends, and the OPD ends it by then
    assertThat(budgets.paidUntil(transitionId, siteIdOf(transitionId, 0))).isEqualTo(LocalDate.parse("2027-03-31"));
  }

  @Test
  void a_fully_realized_line_moves_nothing_and_the_form_says_why() {
    String opd = opds.register("UJI-INSTRUMEN-LUNAS");
    budgets.record(opd, FISCAL_YEAR, PAGU, PAGU);
    ProcessInstance instance = driver.start(opd, FISCAL_YEAR);
    forceCut.cut(transitions.require(transitionId(instance)), "Putus saja", "sekda");
    BigDecimal centralBefore = central();
    Task record = driver.task(instance, TransitionContract.TASK_RECORD_BUDGET_REVOCATION);

    assertThat(formShown.of(record.getId(), TransitionViews.MOVEMENT_PLAN))
        .isEqualTo("Berlaku mulai 1 Januari 2027. Sisa pagu Rp 0. Tidak ada yang dipindahkan: pagu sudah terealisasi"
            + " atau terikat kontrak seluruhnya; tahun anggaran berikutnya tidak dianggarkan lagi di OPD.");
    driver.complete(record, recorded(BudgetInstrument.PERGESERAN, "Perwali 13/2027"));

    BudgetLine line = budgets.line(opd, FISCAL_YEAR).orElseThrow();
    assertThat(line.status()).isEqualTo(BudgetStatus.REVOKED);
    assertThat(line.amountRupiah()).isEqualByComparingTo(PAGU);
    assertThat(line.movedAmountRupiah()).isEqualByComparingTo("0");
    assertThat(central()).isEqualByComparingTo(centralBefore);
  }

  @Test
  void an_exempted_site_keeps_its_months_with_the_opd_and_ends_no_contract() {
    String opd = opds.register("UJI-INSTRUMEN-PENGECUALIAN");
    budgets.record(opd, FISCAL_YEAR, PAGU, BigDecimal.ZERO);
    ProcessInstance instance = driver.start(opd, FISCAL_YEAR);
    driver.order(instance, survey(
        ownIspSite("Kantor Dinas", 2_500_000L, "2026-12-31"),
        ownIspSite("Puskesmas Pulau Atas", 1_000_000L, "2026-12-31")));
    Long transitionId = transitionId(instance);
    Long island = siteIdOf(transitionId, 1);
    // Icon+ cannot reach the island; the Sekda lets it keep its own line until the end of June
    iconPlus.failed(connections.currentOrder(transitionId, island).providerOrderId(), "Tidak ada jangkauan fiber");
    driver.confirmInstallations(instance);
    driver.complete(driver.task(instance, TransitionContract.TASK_HANDLE_FAILED_ORDER), Map.of(
        "failedOrderDecision", "EXEMPTION", "proposedExemptionUntil", "2027-06-30",
        "exemptionReason", "Belum ada jangkauan fiber"));
    Task exemption = driver.task(instance, TransitionContract.TASK_DECIDE_EXEMPTION);
    assertThat(exemption).hasCandidateGroup(Groups.SEKDA);
    driver.complete(exemption, Map.of(
        "exemptionDecision", "APPROVE", "exemptedUntil", "2027-06-30", "decisionNotes", "Sampai jaringan tersedia"));
    driver.acceptAll(instance);
    assertThat(connections.connectionsOf(transitionId)).extracting(SiteConnection::status)
        .containsExactly(SiteStatus.ACCEPTED, SiteStatus.EXEMPTED);
    driver.passMonitoring(instance);
    driver.confirmMonitoringEnd(instance);
    driver.complete(driver.task(instance, TransitionContract.TASK_APPROVE_BUDGET_REVOCATION),
        Map.of("revocationDecision", "APPROVE"));

    Task record = driver.task(instance, TransitionContract.TASK_RECORD_BUDGET_REVOCATION);
    // the island's own line stays with the OPD for the whole fiscal year, not only to the end of June:
    // at its exemption's end it may be extended, or connected and its old contract ended after acceptance
    assertThat(formShown.of(record.getId(), TransitionViews.MOVEMENT_PLAN).toString())
        .contains("tetap di OPD untuk titik yang masih memakai jaringan sendiri Rp 12.000.000")
        .endsWith("Dipindahkan ke belanja jaringan pusat Diskominfo: Rp 60.000.000.");
    driver.complete(record, recorded(BudgetInstrument.PERGESERAN, "Perwali 14/2027"));
    // recorded on 2 January: the island's February to December stay (it keeps its own line until connected)
    assertThat(budgets.line(opd, FISCAL_YEAR).orElseThrow().amountRupiah()).isEqualByComparingTo("11000000");

    // only the accepted office ends its old contract; the exempted island keeps it
    List<Task> terminations = driver.tasks(instance, TransitionContract.TASK_CONFIRM_ISP_TERMINATION);
    assertThat(terminations).singleElement()
        .satisfies(task -> assertThat(formShown.of(task.getId(), SharedViews.SITE)).isEqualTo("Kantor Dinas"));
    driver.complete(terminations.get(0), terminated("2026-12-31"));
    assertThat(connections.connectionsOf(transitionId)).extracting(SiteConnection::status)
        .containsExactly(SiteStatus.ISP_TERMINATED, SiteStatus.EXEMPTED);
    // the transition is not through while the island is exempted: its exemption's end waits
    assertThat(instance).isNotEnded().isWaitingAt(TransitionContract.EVENT_EXEMPTION_ENDS);
    assertThat(exemptionEndJob(instance).getDuedate()).isEqualTo(Date.from(Instant.parse("2027-06-30T15:59:00Z")));
  }

  @Test
  void at_the_end_of_an_exemption_the_sekda_extends_it_or_has_the_site_connected() {
    String opd = opds.register("UJI-AKHIR-PENGECUALIAN");
    ProcessInstance instance = exemptedUntilMarchAndMoved(opd,
        ownIspSite("Puskesmas Pulau Atas", 1_000_000L, "2026-12-31"), "Perwali 19/2027");
    Long transitionId = transitionId(instance);
    Long island = siteIdOf(transitionId, 1);

    // 31 March 2027 has ended in Samarinda: the Sekda decides, and extends to the end of June
    TimeTravel.to(Instant.parse("2027-03-31T16:00:00Z"));
    driver.runJobs(instance, TransitionContract.EVENT_EXEMPTION_ENDS);
    Task decide = driver.task(instance, TransitionContract.TASK_DECIDE_EXEMPTION_END);
    assertThat(decide).hasCandidateGroup(Groups.SEKDA);
    assertThat(formShown.of(decide.getId()))
        .containsEntry(SharedViews.SITE, "Puskesmas Pulau Atas")
        .containsEntry(TransitionViews.EXEMPTED_UNTIL, "31 Maret 2027")
        .containsEntry(TransitionViews.EXEMPTION_REASON, "Belum ada jangkauan fiber")
        .containsEntry(TransitionViews.EXEMPTION_LIMIT, "Paling lambat 31 Desember 2028.")
        .doesNotContainKey(TransitionContract.EXEMPTION_END_DECISION.name());
    assertThat(formShown.of(decide.getId(), TransitionViews.EXEMPTION_END_DECISIONS).toString())
        .contains("\"value\":\"CONNECT\"", "\"value\":\"EXTEND\"", "\"label\":\"Perpanjang pengecualian\"");
    assertThatThrownBy(() -> driver.complete(decide, Map.of(
            "exemptionEndDecision", "EXTEND", "newExemptedUntil", "2029-01-01", "decisionNotes", "Tiang PLN belum ada")))
        .isInstanceOf(FormInputException.class)
        .hasMessageContaining("(newExemptedUntil): harus setelah hari ini dan paling lambat 31 Desember 2028");
    driver.complete(decide, Map.of(
        "exemptionEndDecision", "EXTEND", "newExemptedUntil", "2027-06-30", "decisionNotes", "Tiang PLN belum ada"));
    assertThat(connections.require(transitionId, island).exemption().exemptedUntil()).isEqualTo(LocalDate.parse("2027-06-30"));
    assertThat(instance).isWaitingAt(TransitionContract.EVENT_EXEMPTION_ENDS);
    assertThat(exemptionEndJob(instance).getDuedate()).isEqualTo(Date.from(Instant.parse("2027-06-30T15:59:00Z")));

    // at the end of June the Sekda has it connected; Diskominfo records the accepted link
    TimeTravel.to(Instant.parse("2027-06-30T16:00:00Z"));
    driver.runJobs(instance, TransitionContract.EVENT_EXEMPTION_ENDS);
    driver.complete(driver.task(instance, TransitionContract.TASK_DECIDE_EXEMPTION_END), Map.of(
        "exemptionEndDecision", "CONNECT", "decisionNotes", "Fiber sudah sampai"));
    assertThat(transitions.latestDecision(transitionId, TransitionContract.TASK_DECIDE_EXEMPTION_END).orElseThrow())
        .extracting(DecisionRecord::decision, DecisionRecord::reason).containsExactly("CONNECT", "Fiber sudah sampai");
    Task connect = driver.task(instance, TransitionContract.TASK_CONNECT_EXEMPTED_SITE);
    assertThat(connect).hasCandidateGroup(Groups.DISKOMINFO);
    driver.complete(connect, Map.of("circuitId", "ICON-SMD-0777", "acceptedOn", "2027-07-01", "bautNumber", "BAUT/077/2027"));

    SiteConnection connected = connections.require(transitionId, island);
    assertThat(connected.status()).isEqualTo(SiteStatus.ACCEPTED);
    assertThat(connected.circuitId()).isEqualTo("ICON-SMD-0777");
    assertThat(connected.acceptance().bautNumber()).isEqualTo("BAUT/077/2027");
    // connected, the island still pays its own ISP: the OPD ends that contract as for any accepted site
    assertThat(instance).isNotEnded().isWaitingAt(TransitionContract.TASK_CONFIRM_EXEMPTED_ISP_TERMINATION)
        .hasNotPassed(TransitionContract.END_EXEMPTED_SITE_CONNECTED);
    Task terminate = driver.task(instance, TransitionContract.TASK_CONFIRM_EXEMPTED_ISP_TERMINATION);
    assertThat(terminate).hasCandidateGroup(Groups.opd(opd));
    assertThat(formShown.of(terminate.getId(), SharedViews.SITE)).isEqualTo("Puskesmas Pulau Atas");
    // its own line is paid up to the day its central link was accepted (the move, recorded on 2 January, kept February to December)
    assertThat(budgets.paidUntil(transitionId, island)).isEqualTo(LocalDate.parse("2027-07-01"));
    assertThat(budgets.line(opd, FISCAL_YEAR).orElseThrow().amountRupiah()).isEqualByComparingTo("11000000");
    // its notice period has run out already: a week from now
    assertThat(terminate.getDueDate().toInstant()).isEqualTo(TimeTravel.now().plus(BudgetService.SHORTEST_TERMINATION_TIME));
    assertThatThrownBy(() -> driver.complete(terminate, terminated("2027-06-30")))
        .isInstanceOf(FormInputException.class)
        .hasMessageContaining("(ispTerminatedOn): tidak sebelum uji terima jaringan pusat (1 Juli 2027)");
    driver.complete(terminate, terminated("2027-07-01"));

    assertThat(instance).isEnded().hasPassed(TransitionContract.END_EXEMPTED_ISP_TERMINATED,
        TransitionContract.END_TRANSITION_COMPLETED);
    assertThat(connections.require(transitionId, island).status()).isEqualTo(SiteStatus.ISP_TERMINATED);
    assertThat(connections.require(transitionId, island).ispTermination().ispTerminatedOn()).isEqualTo(LocalDate.parse("2027-07-01"));
  }

  /**
   * An exemption extended to its latest day (the end of the next fiscal year) ends with connecting
   * alone: chosen already, with the reason, and the server refuses another extension.
   */
  @Test
  void at_the_end_of_an_exemption_on_its_latest_day_the_site_can_only_be_connected() {
    ProcessInstance instance = exemptedUntilMarchAndMoved(opds.register("UJI-AKHIR-PENGECUALIAN-BATAS"),
        ownIspSite("Puskesmas Pulau Atas", 1_000_000L, "2026-12-31"), "Perwali 21/2027");
    Long transitionId = transitionId(instance);
    TimeTravel.to(Instant.parse("2027-03-31T16:00:00Z"));
    driver.runJobs(instance, TransitionContract.EVENT_EXEMPTION_ENDS);
    driver.complete(driver.task(instance, TransitionContract.TASK_DECIDE_EXEMPTION_END), Map.of(
        "exemptionEndDecision", "EXTEND", "newExemptedUntil", "2028-12-31", "decisionNotes", "Tiang PLN belum ada"));

    TimeTravel.to(Instant.parse("2028-12-31T16:00:00Z"));
    driver.runJobs(instance, TransitionContract.EVENT_EXEMPTION_ENDS);
    Task decide = driver.task(instance, TransitionContract.TASK_DECIDE_EXEMPTION_END);
    Map<String, Object> shown = formShown.of(decide.getId());
    assertThat(shown.get(TransitionViews.EXEMPTION_END_DECISIONS).toString())
        .contains("\"value\":\"CONNECT\"", "\"label\":\"Sambungkan titik ke jaringan pusat\"")
        .doesNotContain("EXTEND");
    assertThat(shown)
        .containsEntry(TransitionContract.EXEMPTION_END_DECISION.name(), "CONNECT")
        .containsEntry(TransitionViews.EXEMPTION_LIMIT, "Paling lambat 31 Desember 2028. Batas ini sudah tercapai:"
            + " pengecualian tidak dapat diperpanjang lagi, titik disambungkan ke jaringan pusat.");

    assertThatThrownBy(() -> driver.complete(decide, Map.of(
            "exemptionEndDecision", "EXTEND", "newExemptedUntil", "2029-03-31", "decisionNotes", "Tiang PLN belum ada")))
        .isInstanceOf(FormInputException.class)
        .hasMessageContaining("(exemptionEndDecision): nilai 'EXTEND' tidak dikenal; pilih salah satu dari CONNECT");
    assertThat(connections.require(transitionId, siteIdOf(transitionId, 1)).exemption().exemptedUntil())
        .isEqualTo(LocalDate.parse("2028-12-31"));

    driver.complete(decide, Map.of("exemptionEndDecision", "CONNECT", "decisionNotes", "Batas pengecualian habis"));
    assertThat(driver.task(instance, TransitionContract.TASK_CONNECT_EXEMPTED_SITE)).hasCandidateGroup(Groups.DISKOMINFO);
  }

  @Test
  void a_site_without_internet_connected_at_its_exemptions_end_has_no_old_contract_to_end() {
    String opd = opds.register("UJI-AKHIR-PENGECUALIAN-TANPA-ISP");
    ProcessInstance instance = exemptedUntilMarchAndMoved(opd, siteWithoutInternet("Pos Pantau Tepian"), "Perwali 20/2027");
    Long transitionId = transitionId(instance);
    Long post = siteIdOf(transitionId, 1);

    TimeTravel.to(Instant.parse("2027-03-31T16:00:00Z"));
    driver.runJobs(instance, TransitionContract.EVENT_EXEMPTION_ENDS);
    driver.complete(driver.task(instance, TransitionContract.TASK_DECIDE_EXEMPTION_END), Map.of(
        "exemptionEndDecision", "CONNECT", "decisionNotes", "Fiber sudah sampai"));
    driver.complete(driver.task(instance, TransitionContract.TASK_CONNECT_EXEMPTED_SITE),
        Map.of("circuitId", "ICON-SMD-0778", "acceptedOn", "2027-04-01", "bautNumber", "BAUT/078/2027"));

    assertThat(instance).isEnded()
        .hasPassed(TransitionContract.END_EXEMPTED_SITE_CONNECTED, TransitionContract.END_TRANSITION_COMPLETED)
        .hasNotPassed(TransitionContract.TASK_CONFIRM_EXEMPTED_ISP_TERMINATION);
    assertThat(connections.require(transitionId, post).status()).isEqualTo(SiteStatus.ACCEPTED);
  }

  private Job exemptionEndJob(ProcessInstance instance) {
    return engine.getManagementService().createJobQuery()
        .processInstanceId(instance.getId()).activityId(TransitionContract.EVENT_EXEMPTION_ENDS).singleResult();
  }

  // ---------------------------------------------------------------- a complaint after the Sekda's approval

  @Test
  void a_complaint_after_the_sekdas_approval_holds_bpkads_record_until_it_is_closed() {
    String opd = opds.register("UJI-TAHAN-KELUHAN");
    ProcessInstance instance = approvedForRevocation(opd, ownIspSite("Kantor Dinas", 2_500_000L, "2026-12-31"));
    Task record = driver.task(instance, TransitionContract.TASK_RECORD_BUDGET_REVOCATION);

    Complaint open = driver.fileComplaint(opd, "SLOW", "Lambat sejak kemarin");

    assertThat(instance).hasPassed(TransitionContract.EVENT_HOLD_BUDGET_RECORD, TransitionContract.EVENT_BUDGET_RECORD_HELD);
    Task hold = driver.task(instance, TransitionContract.TASK_DECIDE_BUDGET_HOLD);
    assertThat(hold).hasCandidateGroup(Groups.SEKDA);
    assertThat(formShown.of(hold.getId(), TransitionViews.OPEN_COMPLAINTS).toString())
        .contains("Lambat sejak kemarin");
    assertThatThrownBy(() -> driver.complete(record, recorded(BudgetInstrument.PERGESERAN, "Perwali 16/2027")))
        .isInstanceOf(FormInputException.class)
        .hasMessageContaining("(instrument): pencatatan ditahan: 1 keluhan yang diajukan setelah persetujuan Sekda"
            + " masih terbuka");
    assertThat(budgets.line(opd, FISCAL_YEAR).orElseThrow().status()).isEqualTo(BudgetStatus.ACTIVE);

    // the Sekda keeps it held: BPKAD still cannot record while the complaint is open
    driver.complete(hold, Map.of("budgetHoldDecision", "HOLD", "holdReason", "Tunggu jaringan pulih"));
    assertThat(transitions.latestDecision(transitionId(instance), BudgetService.HOLD_STEP).orElseThrow())
        .extracting(DecisionRecord::decision, DecisionRecord::reason)
        .containsExactly("HOLD", "Tunggu jaringan pulih");
    assertThat(instance).isWaitingAt(TransitionContract.TASK_RECORD_BUDGET_REVOCATION);
    assertThatThrownBy(() -> driver.complete(record, recorded(BudgetInstrument.PERGESERAN, "Perwali 16/2027")))
        .isInstanceOf(FormInputException.class)
        .hasMessageContaining("pencatatan ditahan");

    // closed, the complaint no longer holds the record
    driver.complete(driver.caseTask(open.id(), ComplaintCaseContract.TASK_EVALUATE_COMPLAINT),
        TransitionDriver.evaluation("RESOLVED"));
    driver.complete(record, recorded(BudgetInstrument.PERGESERAN, "Perwali 16/2027"));
    assertThat(budgets.line(opd, FISCAL_YEAR).orElseThrow().status()).isEqualTo(BudgetStatus.REVOKED);
    assertThat(driver.task(instance, TransitionContract.TASK_CONFIRM_ISP_TERMINATION)).hasCandidateGroup(Groups.opd(opd));
  }

  @Test
  void the_sekda_may_let_bpkad_record_despite_a_complaint_after_approval_only_in_writing() {
    String opd = opds.register("UJI-TAHAN-IZIN-SEKDA");
    ProcessInstance instance = approvedForRevocation(opd, ownIspSite("Kantor Dinas", 2_500_000L, "2026-12-31"));
    Long transitionId = transitionId(instance);
    Complaint open = driver.fileComplaint(opd, "SLOW", "Lambat sejak kemarin");
    Task hold = driver.task(instance, TransitionContract.TASK_DECIDE_BUDGET_HOLD);

    assertThatThrownBy(() -> driver.complete(hold, Map.of("budgetHoldDecision", "OVERRIDE", "holdReason", "Putus saja")))
        .isInstanceOf(FormInputException.class)
        .hasMessageContaining("(holdLetterNumber): wajib bila Sekda mengizinkan pencatatan: izin diberikan secara tertulis");
    driver.complete(hold, Map.of("budgetHoldDecision", "OVERRIDE", "holdLetterNumber", "800/123/Setda",
        "holdReason", "Gangguan kecil, Icon+ sudah menangani"));

    assertThat(transitions.latestDecision(transitionId, BudgetService.HOLD_STEP).orElseThrow())
        .extracting(DecisionRecord::decision, DecisionRecord::reason)
        .containsExactly("OVERRIDE", "Surat 800/123/Setda: Gangguan kecil, Icon+ sudah menangani");
    driver.complete(driver.task(instance, TransitionContract.TASK_RECORD_BUDGET_REVOCATION),
        recorded(BudgetInstrument.PERGESERAN, "Perwali 17/2027"));
    assertThat(budgets.line(opd, FISCAL_YEAR).orElseThrow().status()).isEqualTo(BudgetStatus.REVOKED);
    // the complaint goes on in its case; the old contract waits for it
    assertThat(driver.caseTask(open.id(), ComplaintCaseContract.TASK_EVALUATE_COMPLAINT)).hasCandidateGroup(Groups.DISKOMINFO);
    assertThat(instance).isWaitingAt(TransitionContract.TASK_CONFIRM_ISP_TERMINATION);
  }

  @Test
  void a_complaint_after_a_cut_does_not_hold_bpkads_record() {
    String opd = opds.register("UJI-TAHAN-POTONG");
    budgets.record(opd, FISCAL_YEAR, PAGU, BigDecimal.ZERO);
    ProcessInstance instance = driver.startAndConnect(opd, FISCAL_YEAR);
    forceCut.cut(transitions.require(transitionId(instance)), "Putus saja", "sekda");
    driver.fileComplaint(opd, "SLOW", "Lambat sejak kemarin");

    assertThat(driver.tasks(instance, TransitionContract.TASK_DECIDE_BUDGET_HOLD)).isEmpty();
    assertThat(instance).hasPassed(TransitionContract.EVENT_HOLD_BUDGET_RECORD)
        .hasNotPassed(TransitionContract.EVENT_BUDGET_RECORD_HELD);
    driver.complete(driver.task(instance, TransitionContract.TASK_RECORD_BUDGET_REVOCATION),
        recorded(BudgetInstrument.PERGESERAN, "Perwali 18/2027"));
    assertThat(budgets.line(opd, FISCAL_YEAR).orElseThrow().status()).isEqualTo(BudgetStatus.REVOKED);
  }

  // ---------------------------------------------------------------- closing tasks: due dates and reminders

  @Test
  void bpkad_late_with_the_move_brings_a_reminder_to_the_sekda_while_its_task_stays_open() {
    String opd = opds.register("UJI-PENGINGAT-BPKAD");
    ProcessInstance instance = driver.start(opd, FISCAL_YEAR);
    Long transitionId = transitionId(instance);
    forceCut.cut(transitions.require(transitionId), "Putus saja", "sekda");
    Task record = driver.task(instance, TransitionContract.TASK_RECORD_BUDGET_REVOCATION);
    // cut in December, after the APBD's adoption: BPKAD's two weeks count from 1 January
    Instant dueAt = recordingDueAt();
    assertThat(dueAt).isEqualTo(Instant.parse("2026-12-31T16:00:00Z").plus(BudgetService.RECORDING_TIME));
    assertThat(record.getDueDate()).isEqualTo(Date.from(dueAt));
    assertThat(engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
            .activityId(TransitionContract.EVENT_BUDGET_REVOCATION_OVERDUE).singleResult().getDuedate())
        .isEqualTo(Date.from(dueAt));

    TimeTravel.to(dueAt.plusSeconds(60));
    driver.runJobs(instance, TransitionContract.EVENT_BUDGET_REVOCATION_OVERDUE);

    Task reminder = driver.task(instance, TransitionContract.TASK_REMIND_BUDGET_REVOCATION);
    assertThat(reminder).hasCandidateGroup(Groups.SEKDA);
    assertThat(formShown.of(reminder.getId()))
        .containsEntry(TransitionViews.REMINDER, "BPKAD belum mencatat pencabutan anggaran internet OPD ke belanja jaringan pusat.")
        .containsEntry(TransitionViews.DUE_AT, "15 Januari 2027 00.00 WITA");
    assertThat(driver.task(instance, TransitionContract.TASK_RECORD_BUDGET_REVOCATION).getId()).isEqualTo(record.getId());
    driver.complete(reminder, Map.of("followUpNotes", "Kepala BPKAD ditelepon"));
    assertThat(transitions.latestDecision(transitionId, TransitionContract.TASK_REMIND_BUDGET_REVOCATION).orElseThrow())
        .extracting(DecisionRecord::decision, DecisionRecord::reason)
        .containsExactly("FOLLOWED_UP", "Kepala BPKAD ditelepon");
    assertThat(driver.tasks(instance, TransitionContract.TASK_RECORD_BUDGET_REVOCATION)).hasSize(1);

    driver.complete(record, recorded(BudgetInstrument.PERGESERAN, "Perwali 15/2027"));
    assertThat(instance).hasPassed(TransitionContract.END_BUDGET_MOVED).isWaitingAt(TransitionContract.TASK_FILL_SURVEY);
  }

  @Test
  void an_unanswered_reminder_to_the_sekda_closes_when_bpkad_records_the_move() {
    String opd = opds.register("UJI-PENGINGAT-BPKAD-TUTUP");
    ProcessInstance instance = driver.start(opd, FISCAL_YEAR);
    forceCut.cut(transitions.require(transitionId(instance)), "Putus saja", "sekda");
    TimeTravel.advance(BudgetService.RECORDING_TIME.plusMinutes(1));
    driver.runJobs(instance, TransitionContract.EVENT_BUDGET_REVOCATION_OVERDUE);
    assertThat(driver.tasks(instance, TransitionContract.TASK_REMIND_BUDGET_REVOCATION)).hasSize(1);

    driver.complete(driver.task(instance, TransitionContract.TASK_RECORD_BUDGET_REVOCATION),
        recorded(BudgetInstrument.PERGESERAN, "Perwali 16/2027"));

    assertThat(driver.tasks(instance, TransitionContract.TASK_REMIND_BUDGET_REVOCATION)).isEmpty();
    assertThat(instance).isWaitingAt(TransitionContract.TASK_FILL_SURVEY);
  }

  @Test
  void the_opd_late_ending_its_old_contract_brings_a_reminder_to_diskominfo_while_its_task_stays_open() {
    String opd = opds.register("UJI-PENGINGAT-ISP");
    ProcessInstance instance = approvedForRevocation(opd, ownIspSite("Kantor Dinas", 2_500_000L, "2027-03-31"));
    Long transitionId = transitionId(instance);
    driver.complete(driver.task(instance, TransitionContract.TASK_RECORD_BUDGET_REVOCATION),
        recorded(BudgetInstrument.PERGESERAN, "Perwali 17/2027"));
    Task terminate = driver.task(instance, TransitionContract.TASK_CONFIRM_ISP_TERMINATION);
    // its notice period (30 days) before the last day the line pays the site, 23.59 WITA
    Instant dueAt = Instant.parse("2027-03-01T15:59:00Z");
    assertThat(terminate.getDueDate()).isEqualTo(Date.from(dueAt));
    assertThat(Processes.variable(engine, instance, TransitionContract.CUT_REQUESTED)).isFalse();

    TimeTravel.to(dueAt.plusSeconds(60));
    driver.runJobs(instance, TransitionContract.EVENT_ISP_TERMINATION_OVERDUE);

    Task reminder = driver.task(instance, TransitionContract.TASK_REMIND_ISP_TERMINATION);
    assertThat(reminder).hasCandidateGroup(Groups.DISKOMINFO);
    assertThat(formShown.of(reminder.getId()))
        .containsEntry(TransitionViews.REMINDER,
            "OPD belum memutus kontrak ISP lama di Kantor Dinas. Anggaran OPD untuk titik ini segera habis.")
        .containsEntry(TransitionViews.DUE_AT, "1 Maret 2027 23.59 WITA");
    assertThat(driver.task(instance, TransitionContract.TASK_CONFIRM_ISP_TERMINATION).getId()).isEqualTo(terminate.getId());
    driver.complete(reminder, Map.of("followUpNotes", "Sekretaris OPD dihubungi"));
    assertThat(transitions.latestDecision(transitionId, TransitionContract.TASK_REMIND_ISP_TERMINATION)).isPresent();

    driver.complete(terminate, terminated("2027-03-31"));
    assertThat(instance).isEnded();
  }

  @Test
  void an_old_contract_ending_after_the_line_stops_paying_or_unsigned_by_the_head_is_refused() {
    String opd = opds.register("UJI-PUTUS-ISP-DITOLAK");
    ProcessInstance instance = approvedForRevocation(opd, ownIspSite("Kantor Dinas", 2_500_000L, "2027-03-31"));
    Long transitionId = transitionId(instance);
    driver.complete(driver.task(instance, TransitionContract.TASK_RECORD_BUDGET_REVOCATION),
        recorded(BudgetInstrument.PERGESERAN, "Perwali 18/2027"));
    Task terminate = driver.task(instance, TransitionContract.TASK_CONFIRM_ISP_TERMINATION);
    assertThat(formShown.of(terminate.getId()))
        .containsEntry(SharedViews.SITE, "Kantor Dinas")
        .containsEntry(TransitionViews.PAID_UNTIL, "31 Maret 2027")
        .containsEntry(TransitionViews.CONTRACT_END, "31 Maret 2027, pemberitahuan 30 hari");

    assertThatThrownBy(() -> driver.complete(terminate, terminated("2027-04-01")))
        .isInstanceOf(FormInputException.class)
        .hasMessageContaining("(ispTerminatedOn): paling lambat 31 Maret 2027");
    Map<String, Object> unsigned = new HashMap<>(terminated("2027-03-31"));
    unsigned.put("signedByHead", false);
    assertThatThrownBy(() -> driver.complete(terminate, unsigned))
        .isInstanceOf(FormInputException.class)
        .hasMessageContaining("(signedByHead)");
    assertThat(connections.connectionsOf(transitionId).get(0).ispTermination()).isNull();
    assertThat(instance).isWaitingAt(TransitionContract.TASK_CONFIRM_ISP_TERMINATION);

    driver.complete(terminate, terminated("2027-03-31"));

    SiteConnection.IspTermination ended = connections.connectionsOf(transitionId).get(0).ispTermination();
    assertThat(ended.ispTerminatedOn()).isEqualTo(LocalDate.parse("2027-03-31"));
    assertThat(ended.ispTerminationSignedBy()).isEqualTo("Dr. Andi");
    assertThat(instance).isEnded();
  }

  // ---------------------------------------------------------------- sites without an old contract

  @Test
  void an_old_contract_is_not_ended_while_a_complaint_is_open_nor_before_the_link_was_accepted() {
    String opd = opds.register("UJI-ISP-KELUHAN");
    budgets.record(opd, FISCAL_YEAR, PAGU, BigDecimal.ZERO);
    ProcessInstance instance = driver.startAndConnect(opd, FISCAL_YEAR);
    Long transitionId = transitionId(instance);
    forceCut.cut(transitions.require(transitionId), "Putus saja", "sekda");
    driver.complete(driver.task(instance, TransitionContract.TASK_RECORD_BUDGET_REVOCATION),
        recorded(BudgetInstrument.PERGESERAN, "Perwali 15/2027"));
    Task terminate = driver.task(instance, TransitionContract.TASK_CONFIRM_ISP_TERMINATION);
    Complaint open = driver.fileComplaint(opd, "SLOW", "Lambat saat jam sibuk");

    assertThatThrownBy(() -> driver.complete(terminate, terminated("2026-12-31")))
        .isInstanceOf(FormInputException.class)
        .hasMessageContaining("(ispTerminatedOn): masih ada 1 keluhan terbuka untuk titik ini; kontrak ISP lama"
            + " diakhiri setelah keluhan ditutup");
    assertThat(connections.connectionsOf(transitionId)).extracting(SiteConnection::status)
        .containsExactly(SiteStatus.ACCEPTED);
    assertThat(instance).isWaitingAt(TransitionContract.TASK_CONFIRM_ISP_TERMINATION);

    driver.complete(driver.caseTask(open.id(), ComplaintCaseContract.TASK_EVALUATE_COMPLAINT),
        TransitionDriver.evaluation("RESOLVED"));
    // the link was accepted on 1 December 2026: the old contract runs at least until then
    assertThatThrownBy(() -> driver.complete(terminate, terminated("2026-11-30")))
        .isInstanceOf(FormInputException.class)
        .hasMessageContaining("(ispTerminatedOn): tidak sebelum uji terima jaringan pusat (1 Desember 2026)");

    driver.complete(terminate, terminated("2026-12-31"));
    assertThat(instance).isEnded().hasPassed(TransitionContract.END_TRANSITION_COMPLETED);
    assertThat(connections.connectionsOf(transitionId)).extracting(SiteConnection::status)
        .containsExactly(SiteStatus.ISP_TERMINATED);
  }

  @Test
  void a_site_already_on_icon_plus_and_a_site_without_internet_end_no_old_contract() {
    String opd = opds.register("UJI-TANPA-KONTRAK-LAMA");
    budgets.record(opd, FISCAL_YEAR, PAGU, BigDecimal.ZERO);
    ProcessInstance instance = driver.start(opd, FISCAL_YEAR);
    driver.order(instance, survey(
        iconPlusSite("Kantor Kelurahan Sidodadi", "ICON-SMD-8888", 900_000L), siteWithoutInternet("Puskesmas Sempaja")));
    Long transitionId = transitionId(instance);
    assertThat(connections.connectionsOf(transitionId)).extracting(SiteConnection::status)
        .containsExactly(SiteStatus.ADOPTED, SiteStatus.ORDERED);
    driver.confirmInstallations(instance);
    driver.acceptAll(instance);
    driver.passMonitoring(instance);
    driver.confirmMonitoringEnd(instance);
    driver.complete(driver.task(instance, TransitionContract.TASK_APPROVE_BUDGET_REVOCATION),
        Map.of("revocationDecision", "APPROVE"));

    driver.complete(driver.task(instance, TransitionContract.TASK_RECORD_BUDGET_REVOCATION),
        recorded(BudgetInstrument.PERGESERAN, "Perwali 19/2027"));

    assertThat(instance).isEnded()
        .hasPassed(TransitionContract.END_CIRCUIT_ADOPTED, TransitionContract.END_TRANSITION_COMPLETED)
        .hasNotPassed(TransitionContract.TASK_CONFIRM_ISP_TERMINATION);
    assertThat(connections.connectionsOf(transitionId)).extracting(SiteConnection::status, SiteConnection::circuitId)
        .containsExactly(tuple(SiteStatus.ADOPTED, "ICON-SMD-8888"), tuple(SiteStatus.ACCEPTED, "ICON-SMD-0042"));
    assertThat(transitions.require(transitionId).status()).isEqualTo(TransitionStatus.COMPLETED);
  }

  // ---------------------------------------------------------------- helpers

  /** Drives a fresh transition to the stage, one own-ISP site whose contract ends with 2026. */
  private void reach(ProcessInstance instance, Stage stage) {
    runSteps(instance, 0, stage.ordinal());
    assertThat(instance).isWaitingAt(stage == Stage.MONITORING
        ? TransitionContract.EVENT_QUIET_PERIOD_ELAPSED
        : stage == Stage.SEKDA_APPROVAL ? TransitionContract.TASK_APPROVE_BUDGET_REVOCATION : stage.networkTask);
  }

  /** The network's remaining steps after a cut at the stage, up to every site accepted. */
  private void finishNetwork(ProcessInstance instance, Stage stage) {
    runSteps(instance, stage.ordinal(), Stage.MONITORING.ordinal());
  }

  private void runSteps(ProcessInstance instance, int from, int to) {
    for (int step = from; step < to; step++) {
      switch (Stage.values()[step]) {
        case SURVEY -> driver.fillSurvey(instance, survey(ownIspSite("Kantor Dinas", 2_500_000L, "2026-12-31")));
        case COORDINATION -> {
          driver.agreeAll(instance, 1_500_000L);
          driver.approvePlan(instance);
          driver.sendOrders(instance);
        }
        case ORDER_SENT -> driver.confirmInstallations(instance);
        case ACCEPTANCE -> driver.acceptAll(instance);
        case MONITORING -> {
          driver.passMonitoring(instance);
          driver.confirmMonitoringEnd(instance);
        }
        case SEKDA_APPROVAL -> throw new IllegalArgumentException("the last stage has no step after it");
      }
    }
  }

  /** One own-ISP site connected, the monitoring passed and the Sekda approved: BPKAD records next. */
  private ProcessInstance approvedForRevocation(String opd, Map<String, Object> site) {
    budgets.record(opd, FISCAL_YEAR, PAGU, BigDecimal.ZERO);
    ProcessInstance instance = driver.start(opd, FISCAL_YEAR);
    driver.order(instance, survey(site));
    driver.confirmInstallations(instance);
    driver.acceptAll(instance);
    driver.passMonitoring(instance);
    driver.confirmMonitoringEnd(instance);
    driver.complete(driver.task(instance, TransitionContract.TASK_APPROVE_BUDGET_REVOCATION),
        Map.of("revocationDecision", "APPROVE"));
    return instance;
  }

  /**
   * By when BPKAD records a move decided now: two weeks, counted from 1 January of the fiscal year
   * (Samarinda's midnight) when it is decided between the APBD's adoption and the fiscal year.
   */
  private static Instant recordingDueAt() {
    Instant yearStart = Instant.parse((FISCAL_YEAR - 1) + "-12-31T16:00:00Z");
    Instant from = TimeTravel.now().isAfter(Instant.parse(FISCAL_YEAR - 1 + "-11-29T16:00:00Z")) && TimeTravel.now().isBefore(yearStart)
        ? yearStart : TimeTravel.now();
    return from.plus(BudgetService.RECORDING_TIME);
  }

  /**
   * An OPD whose office is connected and whose second site Icon+ cannot reach: the Sekda exempts
   * it until 31 March 2027, then cuts; BPKAD records the move and the office's old contract ends.
   * The exempted site waits for its exemption's end.
   */
  private ProcessInstance exemptedUntilMarchAndMoved(String opd, Map<String, Object> unreachable, String documentNumber) {
    budgets.record(opd, FISCAL_YEAR, PAGU, BigDecimal.ZERO);
    ProcessInstance instance = driver.exemptedUntilMarchAndMoved(opd, FISCAL_YEAR, unreachable, documentNumber);
    assertThat(instance).isWaitingAt(TransitionContract.EVENT_EXEMPTION_ENDS);
    return instance;
  }

  /** One minute past the deadline (1 January 2027 in Samarinda) the Sekda decides. */
  private Task reachDeadline(ProcessInstance instance) {
    assertThat(deadlineJob(instance).getDuedate()).isEqualTo(Date.from(DEADLINE));
    TimeTravel.to(DEADLINE.plusSeconds(60));
    driver.runJobs(instance, TransitionContract.EVENT_TRANSITION_DEADLINE);
    Task decide = driver.task(instance, TransitionContract.TASK_DECIDE_OVERDUE_TRANSITION);
    assertThat(decide).hasCandidateGroup(Groups.SEKDA);
    return decide;
  }

  private Job deadlineJob(ProcessInstance instance) {
    return engine.getManagementService().createJobQuery()
        .processInstanceId(instance.getId()).activityId(TransitionContract.EVENT_TRANSITION_DEADLINE).singleResult();
  }

  /** The Sekda's "putus saja" from Tasklist: the start form of force-cut, as the sekda user. */
  private void cutWithStartForm(String opd, String reason) {
    String definitionId = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(ForceCutContract.KEY).latestVersion().singleResult().getId();
    ProcessInstance cut = driver.as("sekda", () -> submissions.start(definitionId, null, Map.of("opdCode", opd.toLowerCase(), "forceCutReason", reason)));
    assertThat(cut).isEnded();
  }


  private long forceCutInstances() {
    return engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(ForceCutContract.KEY).count();
  }

  private void assertCutDuringNetwork(Long transitionId, TransitionStatus stage) {
    OpdTransition cut = transitions.require(transitionId);
    assertThat(cut.status()).isEqualTo(stage);
    assertThat(cut.cutRequestedAt()).isEqualTo(TimeTravel.now());
    assertThat(cut.budgetRevokedAt()).isNull();
  }

  /** An Icon+ order already sent is never dropped: it is still waiting for Icon+'s report. */
  private void assertOrderStillWaitingAtIconPlus(ProcessInstance instance, Long transitionId) {
    ConnectionOrder order = connections.currentOrder(transitionId, siteIdOf(transitionId, 0));
    assertThat(order.status()).isEqualTo(OrderStatus.SENT);
    assertThat(order.providerOrderId()).isNotNull();
    assertThat(engine.getManagementService().createJobQuery()
        .processInstanceId(instance.getId()).activityId(TransitionContract.TASK_CANCEL_CONNECTION_ORDER).count())
        .isZero();
  }

  private static Map<String, Object> forced(String reason) {
    return Map.of("overdueDecision", "FORCE_REVOCATION", "overdueReason", reason);
  }

  private static Map<String, Object> extended(String newDeadline) {
    return Map.of("overdueDecision", "EXTEND", "newDeadline", newDeadline, "overdueReason", "Menunggu izin tiang PLN");
  }

  /**
   * BPKAD's record, dated today; a pergeseran names its TAPD decision. A pergeseran or the APBD
   * Perubahan is recorded within the fiscal year: the test goes there first.
   */
  private static Map<String, Object> recorded(BudgetInstrument instrument, String documentNumber) {
    if (instrument.afterAdoption()) {
      TimeTravel.intoFiscalYear(FISCAL_YEAR);
    }
    Map<String, Object> record = new java.util.HashMap<>(
        Map.of("instrument", instrument.name(), "documentNumber", documentNumber, "documentDate", today().toString()));
    if (instrument == BudgetInstrument.PERGESERAN) {
      record.put("tapdDecisionNumber", "BA TAPD 9/2027");
    }
    return record;
  }

  private static Map<String, Object> terminated(Object endsOn) {
    return Map.of("ispTerminatedOn", endsOn.toString(), "ispTerminationReference", "005/ISP/2027",
        "signerName", "Dr. Andi", "signedByHead", true);
  }

  private LocalDate paidUntil(Long transitionId) {
    return budgets.paidUntil(transitionId, siteIdOf(transitionId, 0));
  }

  private Long siteIdOf(Long transitionId, int index) {
    return connections.connectionsOf(transitionId).get(index).siteId();
  }

  private Long transitionId(ProcessInstance instance) {
    return Processes.variable(engine, instance, TransitionContract.TRANSITION_ID);
  }

  private BigDecimal central() {
    return budgets.centralLine(Tenants.of(CENTRAL), FISCAL_YEAR).map(BudgetLine::amountRupiah).orElse(BigDecimal.ZERO);
  }

  private static LocalDate today() {
    return TimeTravel.now().atZone(PemdaZone.WITA.zone()).toLocalDate();
  }
}
