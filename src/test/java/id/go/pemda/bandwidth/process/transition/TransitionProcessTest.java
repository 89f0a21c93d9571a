package id.go.pemda.bandwidth.process.transition;

import static id.go.pemda.bandwidth.support.TransitionDriver.iconPlusSite;
import static id.go.pemda.bandwidth.support.TransitionDriver.ownIspSite;
import static id.go.pemda.bandwidth.support.TransitionDriver.siteWithoutInternet;
import static id.go.pemda.bandwidth.support.TransitionDriver.survey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import id.go.pemda.bandwidth.budget.BudgetInstrument;
import id.go.pemda.bandwidth.budget.BudgetLine;
import id.go.pemda.bandwidth.budget.BudgetService;
import id.go.pemda.bandwidth.budget.BudgetStatus;
import id.go.pemda.bandwidth.connection.ConnectionOrder;
import id.go.pemda.bandwidth.connection.ConnectionService;
import id.go.pemda.bandwidth.connection.OrderStatus;
import id.go.pemda.bandwidth.connection.SiteConnection;
import id.go.pemda.bandwidth.connection.SiteStatus;
import id.go.pemda.bandwidth.coordination.CoordinationService;
import id.go.pemda.bandwidth.coordination.PlanStatus;
import id.go.pemda.bandwidth.coordination.SitePlan;
import id.go.pemda.bandwidth.identity.Groups;
import id.go.pemda.bandwidth.process.contract.TransitionContract;
import id.go.pemda.bandwidth.process.iconplus.IconPlusEventHandler;
import id.go.pemda.bandwidth.process.view.SharedViews;
import id.go.pemda.bandwidth.process.view.TransitionViews;
import id.go.pemda.bandwidth.support.FormShown;
import id.go.pemda.bandwidth.support.ApplicationTest;
import id.go.pemda.bandwidth.support.TestOpds;
import id.go.pemda.bandwidth.support.TimeTravel;
import id.go.pemda.bandwidth.support.TransitionDriver;
import id.go.pemda.bandwidth.transition.DecisionRecord;
import id.go.pemda.bandwidth.transition.OpdTransition;
import id.go.pemda.bandwidth.transition.TransitionService;
import id.go.pemda.bandwidth.transition.TransitionStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The network paths of {@code bpmn/opd-transition.bpmn}: survey, coordination, every site's
 * connection side by side, and the close. One test per path, driven with the engine clock.
 */
@ApplicationTest
class TransitionProcessTest {

  // After the APBD 2027 was adopted (30 November 2026): the line moves by pergeseran anggaran.
  private static final int FISCAL_YEAR = 2027;

  @Autowired ProcessEngine engine;

  @Autowired FormShown formShown;
  @Autowired TransitionDriver driver;
  @Autowired TransitionService transitions;
  @Autowired CoordinationService coordination;
  @Autowired ConnectionService connections;
  @Autowired BudgetService budgets;
  @Autowired IconPlusEventHandler iconPlus;
  @Autowired TestOpds opds;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
    TimeTravel.to(Instant.parse("2026-12-01T01:00:00Z"));
  }

  private static LocalDate today() {
    return TimeTravel.now().atZone(id.go.pemda.bandwidth.shared.PemdaZone.WITA.zone()).toLocalDate();
  }

  @Test
  void happy_path_connects_every_site_then_moves_the_budget_and_ends_the_old_contracts() {
    String opd = opds.register("UJI-JALUR-UTAMA");
    budgets.record(opd, FISCAL_YEAR, new BigDecimal("72000000"), BigDecimal.ZERO);
    ProcessInstance instance = driver.start(opd, FISCAL_YEAR);
    Long transitionId = (Long) engine.getRuntimeService().getVariable(instance.getId(), "transitionId");

    Task surveyTask = driver.task(instance, TransitionContract.TASK_FILL_SURVEY);
    assertThat(surveyTask).hasCandidateGroup(Groups.opd(opd));
    assertThat(surveyTask.getName()).isEqualTo("Isi survei titik koneksi — " + opd);
    assertThat(formShown.of(surveyTask.getId()))
        .containsEntry(SharedViews.OPD, "OPD uji " + opd + " (" + opd + ")")
        .doesNotContainKey(TransitionViews.RETURN_REASON);
    driver.fillSurvey(instance, survey(
        ownIspSite("Kantor Dinas", 2_500_000L, "2027-03-31"),
        siteWithoutInternet("Puskesmas Sempaja"),
        iconPlusSite("Kantor Kelurahan Sidodadi", "ICON-SMD-7777", 900_000L)));

    assertThat(instance).isWaitingAt(TransitionContract.TASK_COORDINATE_TECHNICALLY);
    assertThat(transitions.require(transitionId).status()).isEqualTo(TransitionStatus.COORDINATION);
    Task coordinate = driver.task(instance, TransitionContract.TASK_COORDINATE_TECHNICALLY);
    assertThat(driver.prefilledRows(coordinate, "sites"))
        .extracting(row -> row.get("recommendedMbps"), row -> row.get("solution"))
        .containsExactly(tuple(50, "ICONPLUS_FIBER"), tuple(50, "ICONPLUS_FIBER"), tuple(50, "ICONPLUS_ADOPTED"));
    driver.complete(coordinate, driver.agreement(coordinate, 1_000_000L));
    driver.approvePlan(instance);

    List<SitePlan> plans = coordination.currentPlans(transitionId);
    assertThat(plans).extracting(SitePlan::status).containsOnly(PlanStatus.APPROVED);
    // the Icon+ site's circuit moved at once; the other two are ordered side by side
    List<SiteConnection> sites = connections.connectionsOf(transitionId);
    assertThat(sites).extracting(SiteConnection::status)
        .containsExactly(SiteStatus.ORDERED, SiteStatus.ORDERED, SiteStatus.ADOPTED);
    assertThat(sites.get(2).circuitId()).isEqualTo("ICON-SMD-7777");
    assertThat(transitions.require(transitionId).status()).isEqualTo(TransitionStatus.CONNECTION);
    driver.sendOrders(instance);

    List<Task> waiting = driver.tasks(instance, TransitionContract.TASK_CONFIRM_INSTALLATION);
    assertThat(waiting).hasSize(2);
    ConnectionOrder first = connections.currentOrder(transitionId, sites.get(0).siteId());
    ConnectionOrder second = connections.currentOrder(transitionId, sites.get(1).siteId());
    assertThat(first.status()).isEqualTo(OrderStatus.SENT);
    assertThat(first.idempotencyKey()).isNotEqualTo(second.idempotencyKey());
    // Icon+ reports the first site by callback, Diskominfo confirms the second by phone
    iconPlus.installed(first.providerOrderId(), LocalDate.parse("2026-12-01"), "ICON-SMD-1001", 50);
    assertThat(driver.tasks(instance, TransitionContract.TASK_CONFIRM_INSTALLATION)).hasSize(1);
    driver.confirmInstallations(instance);

    List<Task> acceptance = driver.tasks(instance, TransitionContract.TASK_ACCEPT_LINK);
    assertThat(acceptance).hasSize(2).allSatisfy(task -> assertThat(task).hasCandidateGroup(Groups.opd(opd)));
    driver.acceptAll(instance);

    assertThat(connections.connectionsOf(transitionId)).extracting(SiteConnection::status)
        .containsExactly(SiteStatus.ACCEPTED, SiteStatus.ACCEPTED, SiteStatus.ADOPTED);
    assertThat(connections.connectionsOf(transitionId).get(0).acceptance().bautNumber())
        .isEqualTo("BAUT/027/DISKOMINFO/2026");
    assertThat(instance).hasPassed(TransitionContract.TASK_RECORD_NETWORK_READY, TransitionContract.EVENT_NETWORK_READY)
        .isWaitingAt(TransitionContract.EVENT_QUIET_PERIOD_ELAPSED, TransitionContract.EVENT_TRANSITION_DEADLINE);
    assertThat(transitions.require(transitionId).status()).isEqualTo(TransitionStatus.MONITORING);
    driver.passMonitoring(instance);

    // the quiet stretch passed: the Kepala Diskominfo confirms its end before the Sekda decides
    Task confirm = driver.task(instance, TransitionContract.TASK_CONFIRM_MONITORING_END);
    assertThat(confirm).hasCandidateGroup(Groups.KADIS_DISKOMINFO);
    assertThat(transitions.require(transitionId).status()).isEqualTo(TransitionStatus.MONITORING);
    driver.confirmMonitoringEnd(instance);

    Task approve = driver.task(instance, TransitionContract.TASK_APPROVE_BUDGET_REVOCATION);
    assertThat(approve).hasCandidateGroup(Groups.SEKDA);
    assertThat(transitions.require(transitionId).status()).isEqualTo(TransitionStatus.REVOCATION_APPROVAL);
    Map<String, Object> shown = formShown.of(approve.getId());
    assertThat(shown)
        .containsEntry(TransitionViews.SITES_SETTLED, "3 dari 3 titik tersambung")
        .containsEntry(TransitionViews.OWN_ANNUAL_COST, "Rp 40.800.000")
        .containsEntry(TransitionViews.CENTRAL_ANNUAL_COST, "Rp 36.000.000")
        .containsEntry(TransitionViews.ANNUAL_SAVING, "hemat Rp 4.800.000 per tahun");
    driver.complete(approve, Map.of("revocationDecision", "APPROVE"));

    Task record = driver.task(instance, TransitionContract.TASK_RECORD_BUDGET_REVOCATION);
    assertThat(record).hasCandidateGroup(Groups.BPKAD);
    // approved after the APBD's adoption: BPKAD's two weeks count from 1 January, when a pergeseran applies
    assertThat(record.getDueDate().toInstant()).isEqualTo(Instant.parse("2026-12-31T16:00:00Z").plus(BudgetService.RECORDING_TIME));
    TimeTravel.intoFiscalYear(FISCAL_YEAR);
    driver.complete(record, Map.of(
        "instrument", "PERGESERAN", "tapdDecisionNumber", "BA TAPD 1/2027", "documentNumber", "Perwali 12/2027", "documentDate", today().toString()));
    BudgetLine line = budgets.line(opd, FISCAL_YEAR).orElseThrow();
    assertThat(line.status()).isEqualTo(BudgetStatus.REVOKED);
    assertThat(line.movement().instrument()).isEqualTo(BudgetInstrument.PERGESERAN);

    Task terminate = driver.task(instance, TransitionContract.TASK_CONFIRM_ISP_TERMINATION);
    assertThat(terminate).hasCandidateGroup(Groups.opd(opd));
    driver.complete(terminate, Map.of(
        "ispTerminatedOn", "2027-03-31", "ispTerminationReference", "005/ISP/III/2027", "signerName", "Dr. Andi",
        "signedByHead", true));

    assertThat(instance).isEnded().hasPassed(TransitionContract.END_TRANSITION_COMPLETED);
    OpdTransition done = transitions.require(transitionId);
    assertThat(done.status()).isEqualTo(TransitionStatus.COMPLETED);
    assertThat(transitions.decisions(transitionId)).extracting(DecisionRecord::step, DecisionRecord::decision)
        .contains(tuple(TransitionContract.TASK_CONFIRM_MONITORING_END, "CONFIRM"),
            tuple(TransitionContract.TASK_APPROVE_BUDGET_REVOCATION, "APPROVE"));
  }

  @Test
  void survey_sent_back_returns_to_the_opd_with_the_reason_and_its_previous_sites() {
    String opd = opds.register("UJI-SURVEI-KEMBALI");
    ProcessInstance instance = driver.start(opd, FISCAL_YEAR);
    driver.fillSurvey(instance, survey(ownIspSite("Kantor", 2_000_000L, "2027-06-30")));

    driver.complete(driver.task(instance, TransitionContract.TASK_COORDINATE_TECHNICALLY),
        Map.of("coordinationDecision", "SEND_BACK", "returnReason", "Puskesmas pembantu belum didata"));

    Task surveyTask = driver.task(instance, TransitionContract.TASK_FILL_SURVEY);
    assertThat(surveyTask).hasCandidateGroup(Groups.opd(opd));
    assertThat(formShown.of(surveyTask.getId(), TransitionViews.RETURN_REASON))
        .isEqualTo("Puskesmas pembantu belum didata");
    List<Map<String, Object>> previous = driver.prefilledRows(surveyTask, "sites");
    assertThat(previous).extracting(row -> row.get("name"), row -> row.get("connectivity"), row -> row.get("monthlyCostRupiah"))
        .containsExactly(tuple("Kantor", "OWN_ISP", 2_000_000));
    Long transitionId = transitionId(instance);
    assertThat(transitions.require(transitionId).status()).isEqualTo(TransitionStatus.SURVEY);

    // the registry's site keeps its code; the OPD adds the one it forgot
    Map<String, Object> kept = new java.util.HashMap<>(previous.get(0));
    driver.fillSurvey(instance, survey(kept, siteWithoutInternet("Pustu Lempake")));

    assertThat(coordination.currentPlans(transitionId)).hasSize(2);
    assertThat(driver.prefilledRows(driver.task(instance, TransitionContract.TASK_COORDINATE_TECHNICALLY), "sites"))
        .extracting(row -> row.get("siteCode")).first().isEqualTo(kept.get("siteCode"));
  }

  @Test
  void rejected_plan_returns_to_coordination_with_the_reason_and_the_last_agreement() {
    String opd = opds.register("UJI-RENCANA-DITOLAK");
    ProcessInstance instance = driver.start(opd, FISCAL_YEAR);
    driver.fillSurvey(instance, survey(ownIspSite("Kantor", 2_000_000L, "2027-06-30")));
    driver.agreeAll(instance, 3_000_000L);

    Task approve = driver.task(instance, TransitionContract.TASK_APPROVE_PLAN);
    assertThat(approve).hasCandidateGroup(Groups.KADIS_DISKOMINFO);
    assertThat(driver.prefilledRows(approve, TransitionViews.PLAN_ROWS)).extracting(row -> row.get("centralCost"))
        .containsExactly("Rp 3.000.000");
    assertThat(formShown.of(approve.getId(), TransitionViews.PLAN_COST_COMPARISON))
        .isEqualTo("1 titik. Jaringan sendiri Rp 2.000.000/bulan; jaringan pusat Rp 3.000.000/bulan;"
            + " biaya tambahan Rp 12.000.000 per tahun.");
    driver.complete(approve, Map.of("planDecision", "REJECT", "rejectionReason", "Biaya terlalu tinggi"));

    Task coordinate = driver.task(instance, TransitionContract.TASK_COORDINATE_TECHNICALLY);
    assertThat(formShown.of(coordinate.getId(), TransitionViews.REJECTION_REASON))
        .isEqualTo("Biaya terlalu tinggi");
    assertThat(driver.prefilledRows(coordinate, "sites")).extracting(row -> row.get("centralMonthlyCostRupiah"))
        .containsExactly(3_000_000);
    assertThat(connections.connectionsOf(transitionId(instance))).isEmpty();
  }

  @Test
  void a_site_icon_plus_cannot_install_is_ordered_again_as_a_new_attempt() {
    String opd = opds.register("UJI-ORDER-GAGAL");
    ProcessInstance instance = driver.startAndOrder(opd, FISCAL_YEAR);
    Long transitionId = transitionId(instance);
    Long siteId = connections.connectionsOf(transitionId).get(0).siteId();
    ConnectionOrder first = connections.currentOrder(transitionId, siteId);

    iconPlus.failed(first.providerOrderId(), "Izin tiang PLN belum terbit");

    Task handle = driver.task(instance, TransitionContract.TASK_HANDLE_FAILED_ORDER);
    assertThat(handle).hasCandidateGroup(Groups.DISKOMINFO);
    assertThat(formShown.of(handle.getId(), TransitionViews.FAILURE_REASON))
        .isEqualTo("Izin tiang PLN belum terbit");
    assertThat(connections.requireOrder(first.id()).status()).isEqualTo(OrderStatus.FAILED);
    driver.complete(handle, Map.of("failedOrderDecision", "RESEND"));
    driver.sendOrders(instance);

    ConnectionOrder second = connections.currentOrder(transitionId, siteId);
    assertThat(second.attempt()).isEqualTo(2);
    assertThat(second.status()).isEqualTo(OrderStatus.SENT);
    assertThat(second.idempotencyKey()).isNotEqualTo(first.idempotencyKey());
    assertThat(driver.task(instance, TransitionContract.TASK_CONFIRM_INSTALLATION)).hasCandidateGroup(Groups.DISKOMINFO);
  }

  @Test
  void another_technical_solution_orders_the_site_again_under_the_central_contract() {
    String opd = opds.register("UJI-SOLUSI-LAIN");
    ProcessInstance instance = driver.startAndOrder(opd, FISCAL_YEAR);
    Long transitionId = transitionId(instance);
    Long siteId = connections.connectionsOf(transitionId).get(0).siteId();
    iconPlus.failed(connections.currentOrder(transitionId, siteId).providerOrderId(), "Tidak ada jaringan fiber");

    driver.complete(driver.task(instance, TransitionContract.TASK_HANDLE_FAILED_ORDER),
        Map.of("failedOrderDecision", "OTHER_SOLUTION", "solutionNotes", "Radio point-to-point dari menara Diskominfo"));

    SitePlan plan = coordination.requirePlan(transitionId, siteId);
    assertThat(plan.agreement().solution()).isEqualTo(id.go.pemda.bandwidth.coordination.Solution.OTHER_CENTRAL);
    assertThat(plan.agreement().technicalNotes()).isEqualTo("Radio point-to-point dari menara Diskominfo");
    assertThat(instance).isWaitingAt(TransitionContract.TASK_SEND_CONNECTION_ORDER);
    assertThat(connections.currentOrder(transitionId, siteId).attempt()).isEqualTo(2);
  }

  @Test
  void an_exempted_site_keeps_its_own_line_and_the_opd_moves_on_to_monitoring() {
    String opd = opds.register("UJI-PENGECUALIAN");
    ProcessInstance instance = driver.start(opd, FISCAL_YEAR);
    driver.order(instance, survey(
        ownIspSite("Kantor", 2_000_000L, "2027-06-30"), ownIspSite("Pos Pantau Tepian", 750_000L, "2027-12-31")));
    Long transitionId = transitionId(instance);
    List<SiteConnection> sites = connections.connectionsOf(transitionId);
    Long remote = sites.get(1).siteId();
    iconPlus.failed(connections.currentOrder(transitionId, remote).providerOrderId(), "Di luar jangkauan fiber");
    driver.complete(driver.task(instance, TransitionContract.TASK_HANDLE_FAILED_ORDER), Map.of(
        "failedOrderDecision", "EXEMPTION", "proposedExemptionUntil", "2027-12-31",
        "exemptionReason", "Menunggu perluasan jaringan fiber 2028"));

    Task decide = driver.task(instance, TransitionContract.TASK_DECIDE_EXEMPTION);
    assertThat(decide).hasCandidateGroup(Groups.SEKDA);
    assertThat(formShown.of(decide.getId()))
        .containsEntry(SharedViews.SITE, "Pos Pantau Tepian")
        .containsEntry(TransitionViews.PROPOSED_UNTIL, "31 Desember 2027")
        .containsEntry(TransitionViews.OWN_MONTHLY_COST, "Rp 750.000");
    driver.complete(decide, Map.of(
        "exemptionDecision", "APPROVE", "exemptedUntil", "2027-09-30", "decisionNotes", "Sampai fiber tersedia"));

    SiteConnection exempted = connections.require(transitionId, remote);
    assertThat(exempted.status()).isEqualTo(SiteStatus.EXEMPTED);
    assertThat(exempted.exemption().exemptedUntil()).isEqualTo(LocalDate.parse("2027-09-30"));
    driver.confirmInstallations(instance);
    driver.acceptAll(instance);

    assertThat(instance).isWaitingAt(TransitionContract.EVENT_QUIET_PERIOD_ELAPSED);
    assertThat(connections.progress(transitionId)).isEqualTo("1 dari 2 titik tersambung, 1 dikecualikan");
  }

  @Test
  void an_exemption_the_sekda_refuses_goes_back_to_diskominfo() {
    String opd = opds.register("UJI-PENGECUALIAN-DITOLAK");
    ProcessInstance instance = driver.startAndOrder(opd, FISCAL_YEAR);
    Long transitionId = transitionId(instance);
    Long siteId = connections.connectionsOf(transitionId).get(0).siteId();
    iconPlus.failed(connections.currentOrder(transitionId, siteId).providerOrderId(), "Di luar jangkauan");
    driver.complete(driver.task(instance, TransitionContract.TASK_HANDLE_FAILED_ORDER), Map.of(
        "failedOrderDecision", "EXEMPTION", "proposedExemptionUntil", "2027-06-30", "exemptionReason", "Belum ada fiber"));

    driver.complete(driver.task(instance, TransitionContract.TASK_DECIDE_EXEMPTION),
        Map.of("exemptionDecision", "REJECT", "decisionNotes", "Cari solusi radio"));

    assertThat(driver.task(instance, TransitionContract.TASK_HANDLE_FAILED_ORDER)).hasCandidateGroup(Groups.DISKOMINFO);
    assertThat(connections.require(transitionId, siteId).status()).isEqualTo(SiteStatus.ORDERED);
    assertThat(transitions.latestDecision(transitionId, TransitionContract.TASK_DECIDE_EXEMPTION).orElseThrow().reason())
        .isEqualTo("Cari solusi radio");
  }

  @Test
  void diskominfo_chases_icon_plus_after_the_sla_until_it_cancels_the_order_at_icon_plus() {
    String opd = opds.register("UJI-TAGIH-ICONPLUS");
    ProcessInstance instance = driver.startAndOrder(opd, FISCAL_YEAR);
    Long transitionId = transitionId(instance);
    Long siteId = connections.connectionsOf(transitionId).get(0).siteId();
    ConnectionOrder order = connections.currentOrder(transitionId, siteId);

    TimeTravel.to(order.installationDueAt().plusSeconds(60));
    driver.runJobs(instance, TransitionContract.EVENT_INSTALLATION_OVERDUE);
    Task chase = driver.task(instance, TransitionContract.TASK_CHASE_ICONPLUS);
    assertThat(chase).hasCandidateGroup(Groups.DISKOMINFO);
    assertThat(chase.getName()).startsWith("Tindak lanjuti laporan instalasi Icon+");
    assertThat(formShown.of(chase.getId(), TransitionViews.PROVIDER_STATUS)).isEqualTo("ACCEPTED");
    LocalDate promised = today().plusDays(5);
    driver.complete(chase, Map.of(
        "chaseDecision", "KEEP_WAITING", "promisedDate", promised.toString(), "chaseNotes", "Icon+: tim lapangan penuh"));

    // the confirmation task still waits, and the site is chased again if the promise passes
    assertThat(driver.tasks(instance, TransitionContract.TASK_CHASE_ICONPLUS)).isEmpty();
    assertThat(instance).isWaitingAt(TransitionContract.EVENT_PROMISED_DATE_REACHED, TransitionContract.TASK_CONFIRM_INSTALLATION);
    TimeTravel.advance(java.time.Duration.ofDays(6));
    driver.runJobs(instance, TransitionContract.EVENT_PROMISED_DATE_REACHED);
    driver.complete(driver.task(instance, TransitionContract.TASK_CHASE_ICONPLUS), Map.of(
        "chaseDecision", "CANCEL_ORDER", "cancellationReason", "Icon+ tidak sanggup memasang tahun ini",
        "chaseNotes", "Dibatalkan lewat surat"));

    assertThat(connections.requireOrder(order.id()).status()).isEqualTo(OrderStatus.CANCELLED);
    assertThat(instance).isWaitingAt(TransitionContract.TASK_CANCEL_CONNECTION_ORDER);
    int requests = id.go.pemda.bandwidth.support.FakeIconPlus.requests();
    driver.runJobs(instance, TransitionContract.TASK_CANCEL_CONNECTION_ORDER);
    assertThat(id.go.pemda.bandwidth.support.FakeIconPlus.requests()).isEqualTo(requests + 1);
    Task handle = driver.task(instance, TransitionContract.TASK_HANDLE_FAILED_ORDER);
    assertThat(formShown.of(handle.getId(), TransitionViews.FAILURE_REASON))
        .isEqualTo("Dibatalkan Diskominfo: Icon+ tidak sanggup memasang tahun ini");
    assertThat(driver.tasks(instance, TransitionContract.TASK_CONFIRM_INSTALLATION)).isEmpty();
  }

  @Test
  void an_overdue_installation_goes_to_the_head_then_the_sekda_until_icon_plus_reports() {
    String opd = opds.register("UJI-INSTALASI-TERLAMBAT");
    ProcessInstance instance = driver.startAndOrder(opd, FISCAL_YEAR);
    Long transitionId = transitionId(instance);
    ConnectionOrder order = connections.currentOrder(transitionId, connections.connectionsOf(transitionId).get(0).siteId());

    TimeTravel.to(order.installationDueAt().plus(ConnectionOrder.HEAD_ESCALATION_AFTER).plusSeconds(60));
    driver.runJobs(instance, TransitionContract.EVENT_INSTALLATION_OVERDUE);
    driver.runJobs(instance, TransitionContract.EVENT_INSTALLATION_OVERDUE_HEAD);
    Task head = driver.task(instance, TransitionContract.TASK_REVIEW_OVERDUE_INSTALLATION);
    assertThat(head).hasCandidateGroup(Groups.KADIS_DISKOMINFO);
    assertThat(formShown.of(head.getId(), TransitionViews.DAYS_OVERDUE))
        .isEqualTo("7 hari melewati batas waktu instalasi");
    driver.complete(head, Map.of("followUpNotes", "Surat teguran ke Icon+ regional Kalimantan"));

    TimeTravel.to(order.installationDueAt().plus(ConnectionOrder.SEKDA_ESCALATION_AFTER).plusSeconds(60));
    driver.runJobs(instance, TransitionContract.EVENT_INSTALLATION_OVERDUE_SEKDA);
    assertThat(driver.task(instance, TransitionContract.TASK_ESCALATE_OVERDUE_INSTALLATION)).hasCandidateGroup(Groups.SEKDA);

    iconPlus.installed(order.providerOrderId(), today(), "ICON-SMD-2002", 50);

    // the report ends the chase and the Sekda's escalation together with the installation
    assertThat(driver.tasks(instance, TransitionContract.TASK_ESCALATE_OVERDUE_INSTALLATION)).isEmpty();
    assertThat(driver.tasks(instance, TransitionContract.TASK_CHASE_ICONPLUS)).isEmpty();
    assertThat(driver.task(instance, TransitionContract.TASK_ACCEPT_LINK)).hasCandidateGroup(Groups.opd(opd));
    assertThat(transitions.decisions(transitionId)).extracting(DecisionRecord::step)
        .contains(TransitionContract.TASK_REVIEW_OVERDUE_INSTALLATION);
  }

  @Test
  void an_invalid_survey_is_refused_naming_each_site_field_and_nothing_is_stored() {
    String opd = opds.register("UJI-SURVEI-SALAH");
    ProcessInstance instance = driver.start(opd, FISCAL_YEAR);
    Map<String, Object> noIspName = ownIspSite("Kantor", 2_000_000L, "2027-06-30");
    noIspName.remove("ispName");
    Map<String, Object> costWithoutInternet = siteWithoutInternet("Pustu");
    costWithoutInternet.put("monthlyCostRupiah", 500_000);
    Map<String, Object> badPhone = new java.util.HashMap<>(survey(ownIspSite("Kantor", 2_000_000L, "2027-06-30")));
    badPhone.put("contactPhone", "12ab");

    // the form's own rules first, as the browser checks them; then the rules across a row's fields
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> driver.fillSurvey(instance, badPhone))
        .isInstanceOf(id.go.pemda.bandwidth.process.form.FormInputException.class)
        .hasMessageContaining("(contactPhone): format tidak sesuai");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> driver.fillSurvey(instance, survey(noIspName, costWithoutInternet)))
        .isInstanceOf(id.go.pemda.bandwidth.process.form.FormInputException.class)
        .hasMessageContaining("Titik koneksi baris 1 — Nama ISP (bila ISP sendiri) (ispName): wajib diisi untuk titik dengan ISP sendiri")
        .hasMessageContaining("Titik koneksi baris 2 — Biaya per bulan (Rp) (monthlyCostRupiah): harus 0: titik ini belum ada internet");

    assertThat(driver.task(instance, TransitionContract.TASK_FILL_SURVEY)).isNotNull();
    assertThat(coordination.currentPlans(transitionId(instance))).isEmpty();
  }

  @Test
  void coordination_cannot_add_drop_or_swap_a_site_of_the_survey() {
    String opd = opds.register("UJI-KOORDINASI-TITIK");
    ProcessInstance instance = driver.start(opd, FISCAL_YEAR);
    driver.fillSurvey(instance, survey(ownIspSite("Kantor", 2_000_000L, "2027-06-30"), siteWithoutInternet("Pustu")));
    Task coordinate = driver.task(instance, TransitionContract.TASK_COORDINATE_TECHNICALLY);
    Map<String, Object> agreed = driver.agreement(coordinate, 1_000_000L);
    List<Map<String, Object>> rows = driver.prefilledRows(coordinate, "sites");
    rows.forEach(row -> row.put("centralMonthlyCostRupiah", 1_000_000));
    java.util.Collections.swap(rows, 0, 1);
    Map<String, Object> swapped = new java.util.HashMap<>(agreed);
    swapped.put("sites", id.go.pemda.bandwidth.process.form.JsonRows.of(rows));
    Map<String, Object> dropped = new java.util.HashMap<>(agreed);
    dropped.put("sites", id.go.pemda.bandwidth.process.form.JsonRows.of(rows.subList(0, 1)));

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> driver.complete(coordinate, swapped))
        .hasMessageContaining("Rencana per titik baris 1 — Kode titik (siteCode): titik tidak sesuai survei");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> driver.complete(coordinate, dropped))
        .hasMessageContaining("daftar harus memuat 2 titik hasil survei");
    assertThat(coordination.currentPlans(transitionId(instance))).extracting(SitePlan::status)
        .containsOnly(PlanStatus.RECOMMENDED);
  }

  @Test
  void an_installation_reported_for_a_future_date_is_refused() {
    String opd = opds.register("UJI-INSTALASI-BESOK");
    ProcessInstance instance = driver.startAndOrder(opd, FISCAL_YEAR);

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> driver.complete(
            driver.task(instance, TransitionContract.TASK_CONFIRM_INSTALLATION),
            Map.of("installedOn", today().plusDays(1).toString(), "circuitId", "ICON-1", "installedBandwidthMbps", 50)))
        .hasMessageContaining("Tanggal instalasi (installedOn): tidak boleh setelah hari ini");
    Long transitionId = transitionId(instance);
    assertThat(connections.currentOrder(transitionId, connections.connectionsOf(transitionId).get(0).siteId()).status())
        .isEqualTo(OrderStatus.SENT);
  }

  private Long transitionId(ProcessInstance instance) {
    return (Long) engine.getRuntimeService().getVariable(instance.getId(), TransitionContract.TRANSITION_ID.name());
  }
}
