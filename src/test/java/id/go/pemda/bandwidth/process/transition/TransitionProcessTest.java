package id.go.pemda.bandwidth.process.transition;

import static id.go.pemda.bandwidth.support.TimeTravel.advance;
import static id.go.pemda.bandwidth.support.TimeTravel.now;
import static id.go.pemda.bandwidth.support.TransitionDriver.agreed;
import static id.go.pemda.bandwidth.support.TransitionDriver.installed;
import static id.go.pemda.bandwidth.support.TransitionDriver.survey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;

import id.go.pemda.bandwidth.budget.BudgetLine;
import id.go.pemda.bandwidth.budget.BudgetService;
import id.go.pemda.bandwidth.budget.BudgetStatus;
import id.go.pemda.bandwidth.complaint.Complaint;
import id.go.pemda.bandwidth.complaint.ComplaintService;
import id.go.pemda.bandwidth.complaint.ComplaintStage;
import id.go.pemda.bandwidth.complaint.ComplaintStatus;
import id.go.pemda.bandwidth.complaint.EvaluationResult;
import id.go.pemda.bandwidth.connection.ConnectionOrder;
import id.go.pemda.bandwidth.connection.ConnectionService;
import id.go.pemda.bandwidth.connection.OrderStatus;
import id.go.pemda.bandwidth.coordination.BandwidthPlan;
import id.go.pemda.bandwidth.coordination.CoordinationService;
import id.go.pemda.bandwidth.coordination.PlanStatus;
import id.go.pemda.bandwidth.identity.Groups;
import id.go.pemda.bandwidth.process.ProcessVariable;
import id.go.pemda.bandwidth.process.contract.ComplaintCase;
import id.go.pemda.bandwidth.process.contract.TransitionContract;
import id.go.pemda.bandwidth.process.form.FormInputException;
import id.go.pemda.bandwidth.support.ApplicationTest;
import id.go.pemda.bandwidth.support.FakeIconPlus;
import id.go.pemda.bandwidth.support.Processes;
import id.go.pemda.bandwidth.support.TimeTravel;
import id.go.pemda.bandwidth.support.TransitionDriver;
import id.go.pemda.bandwidth.survey.SurveyAnswerRepository;
import id.go.pemda.bandwidth.transition.DecisionRecord;
import id.go.pemda.bandwidth.transition.OpdTransition;
import id.go.pemda.bandwidth.transition.TransitionService;
import id.go.pemda.bandwidth.transition.TransitionStatus;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** One test per path of {@code bpmn/opd-transition.bpmn}, driven with the engine clock. */
@ApplicationTest
class TransitionProcessTest {

  private static final int FISCAL_YEAR = 2032;

  @Autowired ProcessEngine engine;
  @Autowired TransitionDriver driver;
  @Autowired TransitionService transitions;
  @Autowired SurveyAnswerRepository surveyAnswers;
  @Autowired CoordinationService coordination;
  @Autowired ConnectionService connections;
  @Autowired ComplaintService complaints;
  @Autowired BudgetService budgets;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
    TimeTravel.to(Instant.parse("2026-11-01T01:00:00Z"));
  }

  @Test
  void happy_path_takes_an_opd_from_survey_to_budget_revocation() {
    budgets.record("DISDUKCAPIL", FISCAL_YEAR, new BigDecimal("72000000"), false);
    ProcessInstance instance = driver.start("DISDUKCAPIL", FISCAL_YEAR);
    Long transitionId = variable(instance, TransitionContract.TRANSITION_ID);

    assertThat(instance).isWaitingAt(TransitionContract.TASK_FILL_SURVEY);
    assertThat(task(instance)).hasCandidateGroup("opd-disdukcapil");
    assertThat(task(instance).getName()).isEqualTo("Isi survei kebutuhan bandwidth — DISDUKCAPIL");
    assertThat(instance.getBusinessKey()).isEqualTo("DISDUKCAPIL");
    driver.complete(instance, survey());

    // 120 staff (50) + 8 counters (20) + 6 cameras (10) + 2 applications (10) = 90 -> 100 Mbps tier
    assertThat(instance)
        .hasPassed(TransitionContract.TASK_SIZE_BANDWIDTH)
        .isWaitingAt(TransitionContract.TASK_COORDINATE_TECHNICALLY);
    assertThat(task(instance)).hasCandidateGroup(Groups.DISKOMINFO);
    Long planId = variable(instance, TransitionContract.PLAN_ID);
    assertThat(coordination.require(planId).recommendedMbps()).isEqualTo(100);
    assertThat(engine.getTaskService().getVariablesLocal(task(instance).getId()))
        .containsEntry("viewMonthlyCost", "Rp 2.500.000")
        .containsEntry("viewRecommendedBandwidth", "100 Mbps");
    // only ids and decisions stay in the process; the survey answers live in the table
    assertThat(engine.getRuntimeService().getVariables(instance.getId()))
        .doesNotContainKeys("currentIsp", "monthlyCostRupiah", "staffCount");
    driver.complete(instance, agreed(100, 1_500_000));

    assertThat(instance).isWaitingAt(TransitionContract.TASK_APPROVE_PLAN);
    assertThat(task(instance)).hasCandidateGroup(Groups.KADIS_DISKOMINFO);
    driver.complete(instance, Map.of("planDecision", "APPROVE"));

    assertThat(instance)
        .hasPassed(TransitionContract.TASK_RECORD_CONNECTION_ORDER)
        .isWaitingAt(TransitionContract.TASK_SEND_CONNECTION_ORDER);
    assertThat(coordination.require(planId).status()).isEqualTo(PlanStatus.APPROVED);
    Long orderId = variable(instance, TransitionContract.CONNECTION_ORDER_ID);
    assertThat(connections.require(orderId).status()).isEqualTo(OrderStatus.ORDERED);
    assertThat(connections.require(orderId).bandwidthMbps()).isEqualTo(100);
    driver.sendOrder(instance);

    assertThat(instance).isWaitingAt(TransitionContract.TASK_CONFIRM_INSTALLATION);
    ConnectionOrder sent = connections.require(orderId);
    assertThat(sent.status()).isEqualTo(OrderStatus.SENT);
    assertThat(sent.providerOrderId()).isEqualTo(FakeIconPlus.idFor(sent.idempotencyKey()));
    assertThat(sent.installationDueAt()).isEqualTo(Instant.parse("2026-11-15T01:00:00Z"));
    assertThat(task(instance)).hasCandidateGroup(Groups.DISKOMINFO);
    driver.complete(instance, installed());

    assertThat(instance)
        .hasPassed("EndEvent_InstalledManually", TransitionContract.SUBPROCESS_INSTALLATION)
        .isWaitingAt(TransitionContract.TASK_ACCEPT_LINK);
    assertThat(connections.require(orderId).status()).isEqualTo(OrderStatus.INSTALLED);
    assertThat(connections.require(orderId).circuitId()).isEqualTo("ICON-SMD-0042");
    assertThat(task(instance)).hasCandidateGroup("opd-disdukcapil");
    driver.complete(instance, Map.of("linkAcceptance", "ACCEPTED"));

    assertThat(instance)
        .isWaitingAt(TransitionContract.EVENT_QUIET_PERIOD_ELAPSED, TransitionContract.EVENT_TRANSITION_DEADLINE);
    assertThat(transitions.require(transitionId).status()).isEqualTo(TransitionStatus.EVALUATION);
    assertThat(transitions.require(transitionId).acceptedOn()).isEqualTo(LocalDate.parse("2026-11-01"));
    passQuietPeriod(instance);

    assertThat(instance)
        .hasPassed("EndEvent_EvaluationPassed")
        .isWaitingAt(TransitionContract.TASK_APPROVE_BUDGET_REVOCATION);
    assertThat(task(instance)).hasCandidateGroup(Groups.SEKDA);
    assertThat(engine.getTaskService().getVariablesLocal(task(instance).getId()))
        .containsEntry("viewBudgetLine", "Rp 72.000.000 (rekening 5.1.02.02.01.0063)")
        .containsEntry("viewOwnAnnualCost", "Rp 30.000.000")
        .containsEntry("viewCentralAnnualCost", "Rp 18.000.000")
        .containsEntry("viewAnnualSaving", "Rp 12.000.000")
        .containsEntry(
            "viewDoubleSpending",
            "2026-11-01 s.d. 2026-12-31 (2 bulan): ISP sendiri Rp 2.500.000/bulan + jaringan pusat Rp 1.500.000/bulan;"
                + " biaya ganda Rp 5.000.000")
        .containsEntry("viewCitySaving", "Rp 12.000.000");
    driver.complete(instance, Map.of("revocationDecision", "APPROVE"));

    assertThat(instance).isWaitingAt(TransitionContract.TASK_RECORD_BUDGET_REVOCATION);
    assertThat(task(instance)).hasCandidateGroup(Groups.BPKAD);
    driver.complete(instance, Map.of("budgetDocumentNumber", "DPPA-2027/INTERNET/001"));

    BudgetLine line = budgets.line("DISDUKCAPIL", FISCAL_YEAR).orElseThrow();
    assertThat(line.status()).isEqualTo(BudgetStatus.REVOKED);
    assertThat(line.amountRupiah()).isEqualByComparingTo("0");
    assertThat(line.movedAmountRupiah()).isEqualByComparingTo("72000000");
    assertThat(line.revocationReference()).isEqualTo("DPPA-2027/INTERNET/001");
    assertThat(instance).isWaitingAt(TransitionContract.TASK_CONFIRM_ISP_TERMINATION);
    assertThat(task(instance)).hasCandidateGroup("opd-disdukcapil");
    driver.complete(
        instance, Map.of("ispTerminatedOn", "2026-12-31", "ispTerminationReference", "005/ISP/XII/2026"));

    assertThat(instance).isEnded().hasPassed(TransitionContract.END_TRANSITION_COMPLETED);
    OpdTransition done = transitions.require(transitionId);
    assertThat(done.status()).isEqualTo(TransitionStatus.COMPLETED);
    assertThat(done.ispTerminationReference()).isEqualTo("005/ISP/XII/2026");
    assertThat(transitions.decisions(transitionId))
        .extracting(DecisionRecord::step, DecisionRecord::decision)
        .containsExactly(
            tuple(TransitionContract.TASK_COORDINATE_TECHNICALLY, "AGREED"),
            tuple(TransitionContract.TASK_APPROVE_PLAN, "APPROVE"),
            tuple(TransitionContract.TASK_ACCEPT_LINK, "ACCEPTED"),
            tuple(TransitionContract.TASK_APPROVE_BUDGET_REVOCATION, "APPROVE"));
  }

  @Test
  void survey_sent_back_returns_to_the_opd_with_the_reason_and_the_previous_answers() {
    ProcessInstance instance = driver.start("DINKES", FISCAL_YEAR);
    driver.complete(instance, survey());

    driver.complete(
        instance,
        Map.of("coordinationDecision", "SEND_BACK", "returnReason", "Jumlah CCTV belum termasuk puskesmas"));

    assertThat(instance)
        .hasPassedInOrder(
            TransitionContract.TASK_FILL_SURVEY,
            TransitionContract.TASK_COORDINATE_TECHNICALLY,
            "Gateway_CoordinationOutcome",
            "Gateway_SurveyMerge")
        .isWaitingAt(TransitionContract.TASK_FILL_SURVEY);
    Task surveyTask = task(instance);
    assertThat(surveyTask).hasCandidateGroup("opd-dinkes");
    assertThat(engine.getTaskService().getVariableLocal(surveyTask.getId(), "viewReturnReason"))
        .isEqualTo("Jumlah CCTV belum termasuk puskesmas");
    assertThat(engine.getTaskService().getVariable(surveyTask.getId(), "currentIsp"))
        .isEqualTo("PT Telkom Indonesia (IndiHome)");

    Map<String, Object> corrected = new HashMap<>(survey());
    corrected.put("cctvCameras", 40);
    driver.complete(surveyTask, corrected);

    assertThat(instance).isWaitingAt(TransitionContract.TASK_COORDINATE_TECHNICALLY);
    assertThat(surveyAnswers.countByTransitionId(variable(instance, TransitionContract.TRANSITION_ID))).isEqualTo(2);
    // 50 + 20 + 30 (more than 10 cameras) + 10 = 110 -> 150 Mbps tier
    assertThat(coordination.require(variable(instance, TransitionContract.PLAN_ID)).recommendedMbps()).isEqualTo(150);
  }

  @Test
  void rejected_plan_returns_to_coordination_with_the_reason() {
    ProcessInstance instance = driver.start("DISHUB", FISCAL_YEAR);
    driver.complete(instance, survey());
    driver.complete(instance, agreed(200, 3_000_000));

    driver.complete(
        instance, Map.of("planDecision", "REJECT", "rejectionReason", "Biaya terlalu tinggi, cukup 100 Mbps"));

    assertThat(instance)
        .hasPassedInOrder(
            TransitionContract.TASK_COORDINATE_TECHNICALLY,
            TransitionContract.TASK_APPROVE_PLAN,
            "Gateway_PlanApproved",
            "Gateway_CoordinationMerge")
        .hasNotPassed(TransitionContract.TASK_RECORD_CONNECTION_ORDER)
        .isWaitingAt(TransitionContract.TASK_COORDINATE_TECHNICALLY);
    Task coordinationTask = task(instance);
    assertThat(coordinationTask).hasCandidateGroup(Groups.DISKOMINFO);
    assertThat(engine.getTaskService().getVariableLocal(coordinationTask.getId(), "viewRejectionReason"))
        .isEqualTo("Biaya terlalu tinggi, cukup 100 Mbps");
    // the last agreement is offered again
    assertThat(engine.getTaskService().getVariable(coordinationTask.getId(), "agreedBandwidthMbps")).isEqualTo(200);
    DecisionRecord rejection =
        transitions
            .latestDecision(variable(instance, TransitionContract.TRANSITION_ID), TransitionContract.TASK_APPROVE_PLAN)
            .orElseThrow();
    assertThat(rejection.decision()).isEqualTo("REJECT");
    assertThat(rejection.reason()).isEqualTo("Biaya terlalu tinggi, cukup 100 Mbps");

    driver.complete(instance, agreed(100, 1_500_000));
    driver.complete(instance, Map.of("planDecision", "APPROVE"));
    assertThat(instance).isWaitingAt(TransitionContract.TASK_SEND_CONNECTION_ORDER);
    BandwidthPlan plan = coordination.require(variable(instance, TransitionContract.PLAN_ID));
    assertThat(plan.agreedMbps()).isEqualTo(100);
    assertThat(plan.status()).isEqualTo(PlanStatus.APPROVED);
  }

  @Test
  void link_not_working_files_a_complaint_and_returns_to_acceptance_after_evaluation() {
    ProcessInstance instance = driver.startAndOrder("DINSOS", FISCAL_YEAR);
    driver.complete(instance, installed());

    driver.complete(
        instance,
        Map.of("linkAcceptance", "NOT_WORKING", "complaintCategory", "SLOW", "complaintDescription", "Hanya 10 Mbps"));

    assertThat(instance)
        .hasPassed(TransitionContract.TASK_ACCEPT_LINK)
        .hasNotPassed(TransitionContract.SUBPROCESS_EVALUATION_PERIOD)
        .isWaitingAt(TransitionContract.TASK_EVALUATE_ACCEPTANCE_COMPLAINT);
    assertThat(task(instance)).hasCandidateGroup(Groups.DISKOMINFO);
    Long complaintId = variable(instance, ComplaintCase.COMPLAINT_ID);
    Complaint complaint = complaints.require(complaintId);
    assertThat(complaint.stage()).isEqualTo(ComplaintStage.ACCEPTANCE);
    assertThat(complaint.status()).isEqualTo(ComplaintStatus.OPEN);
    assertThat(complaint.description()).isEqualTo("Hanya 10 Mbps");

    driver.complete(
        instance, Map.of("evaluationResult", "PROVIDER_FAULT", "evaluationNotes", "Icon+ menambah kapasitas port"));

    assertThat(instance).isWaitingAt(TransitionContract.TASK_ACCEPT_LINK);
    assertThat(task(instance)).hasCandidateGroup("opd-dinsos");
    assertThat(complaints.require(complaintId).status()).isEqualTo(ComplaintStatus.CLOSED);
    assertThat(complaints.require(complaintId).evaluation().evaluationResult()).isEqualTo(EvaluationResult.PROVIDER_FAULT);
  }

  @Test
  void quiet_period_timer_ends_the_evaluation_when_no_complaint_was_filed() {
    ProcessInstance instance = driver.startAndConnect("DISNAKER", FISCAL_YEAR);
    assertThat(instance).isWaitingAt(TransitionContract.EVENT_QUIET_PERIOD_ELAPSED);
    assertThat(timer(instance).getDuedate()).isEqualTo(Date.from(now().plus(TransitionDriver.QUIET_PERIOD)));

    advance(TransitionDriver.QUIET_PERIOD.minusMinutes(1));
    assertThat(engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).executable().count())
        .isZero();

    passQuietPeriod(instance);
    assertThat(instance).isWaitingAt(TransitionContract.TASK_APPROVE_BUDGET_REVOCATION);
  }

  @Test
  void complaint_during_evaluation_restarts_the_quiet_period_from_its_closing() {
    ProcessInstance instance = driver.startAndConnect("DPMPTSP", FISCAL_YEAR);
    Instant periodStart = now();

    advance(Duration.ofDays(10));
    fileComplaint(instance, "LINK_DOWN", "Jaringan mati sejak pagi");
    Task evaluation = evaluations(instance).get(0);
    assertThat(evaluation).hasCandidateGroup(Groups.DISKOMINFO);
    assertThat(instance).isWaitingAt(ComplaintCase.TASK_EVALUATE_COMPLAINT);

    // day 30: the first stretch is over but a complaint is open -> look again one stretch later
    advance(Duration.ofDays(20));
    execute(timer(instance));
    assertThat(instance).isWaitingAt(TransitionContract.EVENT_QUIET_PERIOD_ELAPSED);
    assertThat(timer(instance).getDuedate()).isEqualTo(Date.from(periodStart.plus(Duration.ofDays(60))));

    // closed on day 35: the period can end on day 65 at the earliest
    advance(Duration.ofDays(5));
    Instant closedAt = now();
    driver.complete(evaluation, Map.of("evaluationResult", "RESOLVED", "evaluationNotes", "Modem diganti"));
    advance(Duration.ofDays(25));
    execute(timer(instance));
    assertThat(instance).isWaitingAt(TransitionContract.EVENT_QUIET_PERIOD_ELAPSED);
    assertThat(timer(instance).getDuedate()).isEqualTo(Date.from(closedAt.plus(TransitionDriver.QUIET_PERIOD)));

    advance(Duration.ofDays(5));
    execute(timer(instance));
    assertThat(instance).isWaitingAt(TransitionContract.TASK_APPROVE_BUDGET_REVOCATION);
  }

  @Test
  void several_complaints_are_evaluated_side_by_side_and_all_must_close() {
    ProcessInstance instance = driver.startAndConnect("BAPENDA", FISCAL_YEAR);
    fileComplaint(instance, "SLOW", "Lambat di loket 1");
    fileComplaint(instance, "INTERMITTENT", "Putus-sambung di lantai 2");

    List<Task> evaluations = evaluations(instance);
    assertThat(evaluations).hasSize(2);
    assertThat(evaluations.stream().map(t -> engine.getTaskService().getVariable(t.getId(), "complaintId")))
        .doesNotHaveDuplicates();
    assertThat(engine.getTaskService().getVariableLocal(evaluations.get(1).getId(), "viewComplaintHistory").toString())
        .contains("Lambat")
        .contains("Putus-sambung");

    driver.complete(evaluations.get(0), Map.of("evaluationResult", "OPD_SIDE", "evaluationNotes", "Router OPD rusak"));
    advance(Duration.ofDays(31));
    execute(timer(instance));
    assertThat(instance)
        .isWaitingAt(TransitionContract.EVENT_QUIET_PERIOD_ELAPSED, ComplaintCase.TASK_EVALUATE_COMPLAINT);

    driver.complete(evaluations.get(1), Map.of("evaluationResult", "RESOLVED", "evaluationNotes", "Kabel diganti"));
    advance(Duration.ofDays(31));
    execute(timer(instance));
    assertThat(instance).isWaitingAt(TransitionContract.TASK_APPROVE_BUDGET_REVOCATION);
    assertThat(complaints.historyOf("BAPENDA"))
        .extracting(Complaint::status)
        .containsOnly(ComplaintStatus.CLOSED);
  }

  @Test
  void sekda_deferral_opens_a_new_evaluation_period_with_the_reason_recorded() {
    ProcessInstance instance = driver.startAndConnect("DISPUSIP", FISCAL_YEAR);
    passQuietPeriod(instance);

    driver.complete(instance, Map.of("revocationDecision", "DEFER", "deferReason", "Tunggu laporan triwulan"));

    assertThat(instance)
        .hasPassedInOrder(
            TransitionContract.SUBPROCESS_EVALUATION_PERIOD,
            TransitionContract.TASK_APPROVE_BUDGET_REVOCATION,
            "Gateway_RevocationApproved",
            "Gateway_EvaluationMerge")
        .isWaitingAt(TransitionContract.EVENT_QUIET_PERIOD_ELAPSED);
    Long transitionId = variable(instance, TransitionContract.TRANSITION_ID);
    assertThat(transitions.require(transitionId).evaluationStartedAt()).isEqualTo(now());
    assertThat(
            transitions
                .latestDecision(transitionId, TransitionContract.TASK_APPROVE_BUDGET_REVOCATION)
                .orElseThrow()
                .reason())
        .isEqualTo("Tunggu laporan triwulan");
    passQuietPeriod(instance);
    assertThat(instance).isWaitingAt(TransitionContract.TASK_APPROVE_BUDGET_REVOCATION);
  }

  @Test
  void invalid_survey_is_refused_naming_each_field_and_nothing_is_stored() {
    ProcessInstance instance = driver.start("DISDAG", FISCAL_YEAR);
    Map<String, Object> invalid = new HashMap<>(survey());
    invalid.put("currentBandwidthMbps", -5);
    invalid.remove("currentIsp");
    invalid.put("contactPhone", "12ab");

    assertThatThrownBy(() -> driver.complete(instance, invalid))
        .isInstanceOf(FormInputException.class)
        .hasMessageContaining("Bandwidth saat ini (currentBandwidthMbps): harus antara 0 dan 100000")
        .hasMessageContaining("Penyedia internet saat ini (currentIsp): wajib diisi")
        .hasMessageContaining("(contactPhone): format tidak sesuai; Contoh: 081234567890");

    assertThat(instance).isWaitingAt(TransitionContract.TASK_FILL_SURVEY);
    assertThat(surveyAnswers.countByTransitionId(variable(instance, TransitionContract.TRANSITION_ID))).isZero();
    assertThat(engine.getRuntimeService().getVariables(instance.getId())).doesNotContainKey("currentBandwidthMbps");
  }

  @Test
  void unknown_decision_value_is_refused_and_the_task_stays_open() {
    ProcessInstance instance = driver.start("DPPKB", FISCAL_YEAR);
    driver.complete(instance, survey());

    assertThatThrownBy(() -> driver.complete(instance, Map.of("coordinationDecision", "MAYBE")))
        .isInstanceOf(FormInputException.class)
        .hasMessageContaining("nilai 'MAYBE' tidak dikenal; pilih salah satu dari AGREED, SEND_BACK");
    assertThatThrownBy(() -> driver.complete(instance, Map.of("coordinationDecision", "SEND_BACK")))
        .hasMessageContaining("Alasan dikembalikan ke OPD (returnReason): wajib diisi");

    assertThat(instance).isWaitingAt(TransitionContract.TASK_COORDINATE_TECHNICALLY);
    assertThat(transitions.decisions(variable(instance, TransitionContract.TRANSITION_ID))).isEmpty();
  }

  @Test
  void installation_reported_for_a_future_date_is_refused() {
    ProcessInstance instance = driver.startAndOrder("DPUPR", FISCAL_YEAR);

    assertThatThrownBy(
            () ->
                driver.complete(
                    task(instance),
                    Map.of("installedOn", "2026-11-02", "circuitId", "ICON-1", "installedBandwidthMbps", 100)))
        .isInstanceOf(FormInputException.class)
        .hasMessageContaining("Tanggal selesai instalasi (installedOn): tidak boleh setelah hari ini (2026-11-01)");

    assertThat(instance).isWaitingAt(TransitionContract.TASK_CONFIRM_INSTALLATION);
    assertThat(connections.require(variable(instance, TransitionContract.CONNECTION_ORDER_ID)).status())
        .isEqualTo(OrderStatus.SENT);
  }

  private <T> T variable(ProcessInstance instance, ProcessVariable<T> variable) {
    return Processes.variable(engine, instance, variable);
  }

  private List<Task> evaluations(ProcessInstance instance) {
    return taskQuery()
        .processInstanceId(instance.getId())
        .taskDefinitionKey(ComplaintCase.TASK_EVALUATE_COMPLAINT)
        .orderByTaskCreateTime()
        .asc()
        .list();
  }

  private void fileComplaint(ProcessInstance instance, String category, String description) {
    driver.fileComplaint(instance.getBusinessKey(), category, description);
  }

  private void passQuietPeriod(ProcessInstance instance) {
    advance(TransitionDriver.QUIET_PERIOD.plusMinutes(1));
    execute(timer(instance));
  }

  private Job timer(ProcessInstance instance) {
    return job(TransitionContract.EVENT_QUIET_PERIOD_ELAPSED, instance);
  }
}
