package id.go.pemda.bandwidth.process.transition;

import static id.go.pemda.bandwidth.support.TransitionDriver.evaluation;
import static id.go.pemda.bandwidth.support.TransitionDriver.iconPlusSite;
import static id.go.pemda.bandwidth.support.TransitionDriver.ownIspSite;
import static id.go.pemda.bandwidth.support.TransitionDriver.survey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import id.go.pemda.bandwidth.complaint.Complaint;
import id.go.pemda.bandwidth.complaint.ComplaintService;
import id.go.pemda.bandwidth.complaint.TroubleTicket;
import id.go.pemda.bandwidth.connection.ConnectionOrder;
import id.go.pemda.bandwidth.connection.ConnectionService;
import id.go.pemda.bandwidth.identity.Groups;
import id.go.pemda.bandwidth.process.contract.ComplaintCaseContract;
import id.go.pemda.bandwidth.process.contract.LoopEscalationContract;
import id.go.pemda.bandwidth.process.contract.TransitionContract;
import id.go.pemda.bandwidth.process.iconplus.IconPlusEventHandler;
import id.go.pemda.bandwidth.process.view.SharedViews;
import id.go.pemda.bandwidth.process.view.TransitionViews;
import id.go.pemda.bandwidth.shared.PemdaZone;
import id.go.pemda.bandwidth.support.FormShown;
import id.go.pemda.bandwidth.support.ApplicationTest;
import id.go.pemda.bandwidth.support.TestOpds;
import id.go.pemda.bandwidth.support.TimeTravel;
import id.go.pemda.bandwidth.support.TransitionDriver;
import id.go.pemda.bandwidth.transition.EscalationLevel;
import id.go.pemda.bandwidth.transition.EscalationStatus;
import id.go.pemda.bandwidth.transition.LoopCounter;
import id.go.pemda.bandwidth.transition.LoopEscalation;
import id.go.pemda.bandwidth.transition.LoopKind;
import id.go.pemda.bandwidth.transition.LoopOwner;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every counted loop ends with someone who can end it: at the third round (bandwidth.escalation.
 * kadis-after) the Kepala Diskominfo gets a task of {@code bpmn/loop-escalation.bpmn}, from the
 * fifth (sekda-after) the Sekda at every round, while the loop itself goes on as modelled.
 */
@ApplicationTest
class CountedLoopsProcessTest {

  private static final int FISCAL_YEAR = 2027;

  @Autowired ProcessEngine engine;

  @Autowired FormShown formShown;
  @Autowired TransitionDriver driver;
  @Autowired ConnectionService connections;
  @Autowired ComplaintService complaints;
  @Autowired IconPlusEventHandler iconPlus;
  @Autowired LoopCounter loops;
  @Autowired TestOpds opds;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
    TimeTravel.to(Instant.parse("2026-12-01T01:00:00Z"));
  }

  @Test
  void icon_plus_promising_again_and_again_goes_to_the_kadis_at_the_third_promise_and_the_sekda_at_the_fifth() {
    String opd = opds.register("UJI-JANJI-BERULANG");
    ProcessInstance instance = driver.startAndOrder(opd, FISCAL_YEAR);
    Long transitionId = transitionId(instance);
    Long siteId = connections.connectionsOf(transitionId).get(0).siteId();
    ConnectionOrder order = connections.currentOrder(transitionId, siteId);
    TimeTravel.to(order.installationDueAt().plusSeconds(60));
    driver.runJobs(instance, TransitionContract.EVENT_INSTALLATION_OVERDUE);

    for (int promise = 1; promise <= 2; promise++) {
      promiseAgain(instance);
    }
    assertThat(escalationTasks(opd)).isEmpty();
    promiseAgain(instance);

    Task kadis = escalationTasks(opd).get(0);
    assertThat(kadis).hasCandidateGroup(Groups.KADIS_DISKOMINFO);
    assertThat(kadis.getName()).isEqualTo("Putaran berulang: tindak lanjuti — " + opd);
    assertThat(kadis.getDueDate()).isNotNull();
    assertThat(formShown.of(kadis.getId()))
        .containsEntry(TransitionViews.LOOP, "Icon+ menjanjikan tanggal instalasi baru: 3 kali")
        .containsEntry(SharedViews.SITE, "Kantor " + opd);
    // the loop goes on: the promise passed, Diskominfo chases Icon+ again
    assertThat(driver.task(instance, TransitionContract.TASK_CHASE_ICONPLUS)).hasCandidateGroup(Groups.DISKOMINFO);
    driver.complete(kadis, Map.of("followUpNotes", "Rapat dengan Icon+ regional"));

    promiseAgain(instance);
    assertThat(escalationTasks(opd)).isEmpty();
    promiseAgain(instance);

    assertThat(escalationTasks(opd)).singleElement().satisfies(task -> assertThat(task).hasCandidateGroup(Groups.SEKDA));
    assertThat(loops.rounds(LoopKind.PROMISED_DATE, transitionId, siteId)).isEqualTo(5);
    assertThat(loops.escalations(LoopKind.PROMISED_DATE, transitionId))
        .extracting(LoopEscalation::count, LoopEscalation::level)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(3, EscalationLevel.KADIS),
            org.assertj.core.groups.Tuple.tuple(5, EscalationLevel.SEKDA));
  }

  @Test
  void icon_plus_rescheduling_again_and_again_goes_to_the_kadis_at_the_third_reschedule() {
    String opd = opds.register("UJI-JADWAL-ULANG");
    ProcessInstance instance = driver.startAndOrder(opd, FISCAL_YEAR);
    Long transitionId = transitionId(instance);
    ConnectionOrder order = connections.currentOrder(transitionId, connections.connectionsOf(transitionId).get(0).siteId());

    for (int day = 1; day <= 3; day++) {
      iconPlus.rescheduled(order.providerOrderId(), TimeTravel.now().plus(Duration.ofDays(20 + day)));
    }

    assertThat(escalationTasks(opd)).singleElement()
        .satisfies(task -> assertThat(task).hasCandidateGroup(Groups.KADIS_DISKOMINFO))
        .satisfies(task -> assertThat(formShown.of(task.getId(), TransitionViews.LOOP))
            .isEqualTo("Icon+ menjadwal ulang instalasi: 3 kali"));
    assertThat(instance).isWaitingAt(TransitionContract.TASK_CONFIRM_INSTALLATION);
  }

  @Test
  void a_survey_sent_back_three_times_goes_to_the_kadis() {
    String opd = opds.register("UJI-SURVEI-BERULANG");
    ProcessInstance instance = driver.start(opd, FISCAL_YEAR);
    for (int round = 1; round <= 3; round++) {
      driver.fillSurvey(instance, survey(ownIspSite("Kantor", 2_000_000L, "2027-06-30")));
      driver.complete(driver.task(instance, TransitionContract.TASK_COORDINATE_TECHNICALLY),
          Map.of("coordinationDecision", "SEND_BACK", "returnReason", "Data belum lengkap"));
    }

    assertThat(escalationTasks(opd)).singleElement()
        .satisfies(task -> assertThat(task).hasCandidateGroup(Groups.KADIS_DISKOMINFO))
        .satisfies(task -> assertThat(formShown.of(task.getId()))
            .containsEntry(TransitionViews.LOOP, "Survei dikembalikan ke OPD: 3 kali")
            .containsEntry(SharedViews.SITE, "-"));
    assertThat(driver.task(instance, TransitionContract.TASK_FILL_SURVEY)).hasCandidateGroup(Groups.opd(opd));
  }

  @Test
  void a_link_still_down_after_the_third_repair_goes_to_the_kadis_while_a_new_ticket_is_sent() {
    String opd = opds.register("UJI-MASIH-PUTUS-BERULANG");
    Complaint complaint = driver.fileComplaint(opd, "LINK_DOWN", "Putus total");
    driver.complete(driver.caseTask(complaint.id(), ComplaintCaseContract.TASK_EVALUATE_COMPLAINT), evaluation("PROVIDER_FAULT"));

    for (int repair = 1; repair <= 3; repair++) {
      driver.runCaseJobs(complaint.id(), ComplaintCaseContract.TASK_SEND_TROUBLE_TICKET);
      List<TroubleTicket> tickets = complaints.ticketsOf(complaint.id());
      iconPlus.repaired(tickets.get(tickets.size() - 1).providerTicketId());
      TimeTravel.advance(Duration.ofHours(1));
      driver.complete(driver.caseTask(complaint.id(), ComplaintCaseContract.TASK_CONFIRM_REPAIR),
          Map.of("repairConfirmation", "STILL_DOWN", "confirmationNotes", "Masih tidak ada sinyal"));
    }

    assertThat(escalationTasks(opd)).singleElement()
        .satisfies(task -> assertThat(task).hasCandidateGroup(Groups.KADIS_DISKOMINFO))
        .satisfies(task -> assertThat(formShown.of(task.getId(), TransitionViews.LOOP))
            .isEqualTo("Jaringan masih terganggu setelah perbaikan Icon+: 3 kali"));
    assertThat(loops.rounds(LoopKind.STILL_DOWN, complaint.id(), null)).isEqualTo(3);
    assertThat(complaints.ticketsOf(complaint.id())).hasSize(4);
    assertThat(driver.caseTask(complaint.id(), ComplaintCaseContract.TASK_CONFIRM_REPAIR)).isNull();
  }

  @Test
  void monitoring_held_up_by_an_open_complaint_goes_to_the_kadis_at_the_third_check_and_keeps_the_budget() {
    String opd = opds.register("UJI-PEMANTAUAN-TERTAHAN");
    ProcessInstance instance = driver.startAndConnect(opd, FISCAL_YEAR);
    Long transitionId = transitionId(instance);
    driver.fileComplaint(opd, "LINK_DOWN", "Putus total");

    for (int check = 1; check <= 3; check++) {
      TimeTravel.advance(Duration.ofDays(TransitionDriver.QUIET_PERIOD_DAYS).plusMinutes(1));
      driver.runJobs(instance, TransitionContract.EVENT_QUIET_PERIOD_ELAPSED);
    }

    assertThat(loops.rounds(LoopKind.MONITORING_BLOCKED, transitionId, null)).isEqualTo(3);
    assertThat(escalationTasks(opd)).singleElement()
        .satisfies(task -> assertThat(task).hasCandidateGroup(Groups.KADIS_DISKOMINFO))
        .satisfies(task -> assertThat(formShown.of(task.getId(), TransitionViews.LOOP))
            .isEqualTo("Masa pemantauan tertahan keluhan yang masih terbuka: 3 kali"));
    // the budget does not move while the link is down
    assertThat(driver.tasks(instance, TransitionContract.TASK_APPROVE_BUDGET_REVOCATION)).isEmpty();
    assertThat(instance).isWaitingAt(TransitionContract.EVENT_QUIET_PERIOD_ELAPSED);
  }

  @Test
  void every_deferral_of_the_move_is_counted_and_the_third_goes_to_the_kadis() {
    String opd = opds.register("UJI-TUNDA-BERULANG");
    ProcessInstance instance = driver.startAndConnect(opd, FISCAL_YEAR);
    Long transitionId = transitionId(instance);

    for (int deferral = 1; deferral <= 3; deferral++) {
      driver.passMonitoring(instance);
      driver.confirmMonitoringEnd(instance);
      driver.complete(driver.task(instance, TransitionContract.TASK_APPROVE_BUDGET_REVOCATION),
          Map.of("revocationDecision", "DEFER", "deferReason", "Tunggu evaluasi triwulan"));
    }

    assertThat(loops.rounds(LoopKind.REVOCATION_DEFERRED, transitionId, null)).isEqualTo(3);
    assertThat(escalationTasks(opd)).singleElement()
        .satisfies(task -> assertThat(task).hasCandidateGroup(Groups.KADIS_DISKOMINFO));
    assertThat(instance).isWaitingAt(TransitionContract.EVENT_QUIET_PERIOD_ELAPSED);
  }

  @Test
  void every_restart_of_the_monitoring_by_the_kadis_is_counted_and_the_third_goes_to_the_kadis() {
    String opd = opds.register("UJI-PANTAU-ULANG");
    ProcessInstance instance = driver.startAndConnect(opd, FISCAL_YEAR);
    Long transitionId = transitionId(instance);

    for (int restart = 1; restart <= 3; restart++) {
      driver.passMonitoring(instance);
      driver.complete(driver.task(instance, TransitionContract.TASK_CONFIRM_MONITORING_END),
          TransitionDriver.monitoringRestarted("OPD melapor gangguan lewat telepon, belum tercatat"));
    }

    assertThat(loops.rounds(LoopKind.MONITORING_RESTARTED, transitionId, null)).isEqualTo(3);
    assertThat(escalationTasks(opd)).singleElement()
        .satisfies(task -> assertThat(task).hasCandidateGroup(Groups.KADIS_DISKOMINFO))
        .satisfies(task -> assertThat(formShown.of(task.getId(), TransitionViews.LOOP))
            .isEqualTo(LoopKind.MONITORING_RESTARTED.label() + ": 3 kali"));
    assertThat(driver.tasks(instance, TransitionContract.TASK_APPROVE_BUDGET_REVOCATION)).isEmpty();
    assertThat(instance).isWaitingAt(TransitionContract.EVENT_QUIET_PERIOD_ELAPSED);
  }

  @Test
  void an_escalation_nobody_followed_up_is_withdrawn_when_the_transition_ends() {
    String opd = opds.register("UJI-ESKALASI-BASI");
    ProcessInstance instance = driver.start(opd, FISCAL_YEAR);
    Long transitionId = transitionId(instance);
    sendSurveyBackThreeTimes(instance);
    Task kadis = escalationTasks(opd).get(0);
    Long escalationId = (Long) engine.getTaskService().getVariable(kadis.getId(), LoopEscalationContract.LOOP_ESCALATION_ID.name());
    assertThat(loops.openEscalationsOf(LoopOwner.TRANSITION, transitionId)).containsExactly(escalationId);

    // the shortest way to the end: the one site is already on Icon+, so no order and no old contract
    driver.order(instance, survey(iconPlusSite("Kantor Kelurahan Sidodadi", "ICON-SMD-8888", 900_000L)));
    driver.passMonitoring(instance);
    driver.confirmMonitoringEnd(instance);
    driver.complete(driver.task(instance, TransitionContract.TASK_APPROVE_BUDGET_REVOCATION),
        Map.of("revocationDecision", "APPROVE"));
    TimeTravel.intoFiscalYear(FISCAL_YEAR);
    driver.complete(driver.task(instance, TransitionContract.TASK_RECORD_BUDGET_REVOCATION), Map.of(
        "instrument", "PERGESERAN", "tapdDecisionNumber", "BA TAPD 21/2027", "documentNumber", "Perwali 21/2027",
        "documentDate", TimeTravel.now().atZone(PemdaZone.WITA.zone()).toLocalDate().toString()));
    assertThat(instance).isEnded().hasPassed(TransitionContract.END_TRANSITION_COMPLETED);

    assertThat(escalationTasks(opd)).isEmpty();
    HistoricProcessInstance escalation = engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceId(kadis.getProcessInstanceId()).singleResult();
    assertThat(escalation.getState()).isEqualTo(HistoricProcessInstance.STATE_COMPLETED);
    assertThat(passed(kadis.getProcessInstanceId())).containsSubsequence(
        LoopEscalationContract.EVENT_OWNER_ENDED, LoopEscalationContract.TASK_CLOSE_WITHOUT_REVIEW,
        LoopEscalationContract.END_OWNER_ENDED);
    assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery().processInstanceId(kadis.getProcessInstanceId())
        .singleResult().getDeleteReason()).as("withdrawn, not completed").isNotEqualTo("completed");
    assertThat(loops.status(escalationId)).contains(EscalationStatus.CLOSED_WITHOUT_REVIEW);
    assertThat(loops.openEscalationsOf(LoopOwner.TRANSITION, transitionId)).isEmpty();
  }

  @Test
  void an_escalation_of_a_transition_still_running_stays_when_another_transition_ends() {
    String waiting = opds.register("UJI-ESKALASI-TETAP");
    ProcessInstance running = driver.start(waiting, FISCAL_YEAR);
    sendSurveyBackThreeTimes(running);
    Task kadis = escalationTasks(waiting).get(0);
    Long escalationId = (Long) engine.getTaskService().getVariable(kadis.getId(), LoopEscalationContract.LOOP_ESCALATION_ID.name());

    String other = opds.register("UJI-ESKALASI-LAIN");
    ProcessInstance finished = driver.start(other, FISCAL_YEAR);
    driver.order(finished, survey(iconPlusSite("Kantor Kelurahan Sempaja", "ICON-SMD-9999", 900_000L)));
    driver.passMonitoring(finished);
    driver.confirmMonitoringEnd(finished);
    driver.complete(driver.task(finished, TransitionContract.TASK_APPROVE_BUDGET_REVOCATION),
        Map.of("revocationDecision", "APPROVE"));
    TimeTravel.intoFiscalYear(FISCAL_YEAR);
    driver.complete(driver.task(finished, TransitionContract.TASK_RECORD_BUDGET_REVOCATION), Map.of(
        "instrument", "PERGESERAN", "tapdDecisionNumber", "BA TAPD 21/2027", "documentNumber", "Perwali 22/2027",
        "documentDate", TimeTravel.now().atZone(PemdaZone.WITA.zone()).toLocalDate().toString()));
    assertThat(finished).isEnded();

    assertThat(escalationTasks(waiting)).singleElement()
        .satisfies(task -> assertThat(task.getId()).isEqualTo(kadis.getId()))
        .satisfies(task -> assertThat(task).hasCandidateGroup(Groups.KADIS_DISKOMINFO));
    assertThat(loops.status(escalationId)).contains(EscalationStatus.OPEN);
    assertThat(running).isNotEnded().isWaitingAt(TransitionContract.TASK_FILL_SURVEY);

    // followed up, it ends as reviewed and is no longer open
    driver.complete(kadis, Map.of("followUpNotes", "OPD dibantu mengisi survei"));
    assertThat(loops.status(escalationId)).contains(EscalationStatus.FOLLOWED_UP);
    assertThat(passed(kadis.getProcessInstanceId())).endsWith(LoopEscalationContract.END_REPEATED_LOOP_REVIEWED)
        .doesNotContain(LoopEscalationContract.END_OWNER_ENDED);
  }

  @Test
  void a_still_down_escalation_is_withdrawn_when_the_complaint_case_ends_with_the_link_working() {
    String opd = opds.register("UJI-MASIH-PUTUS-PULIH");
    Complaint complaint = driver.fileComplaint(opd, "LINK_DOWN", "Putus total");
    driver.complete(driver.caseTask(complaint.id(), ComplaintCaseContract.TASK_EVALUATE_COMPLAINT), evaluation("PROVIDER_FAULT"));
    for (int repair = 1; repair <= 4; repair++) {
      driver.runCaseJobs(complaint.id(), ComplaintCaseContract.TASK_SEND_TROUBLE_TICKET);
      List<TroubleTicket> tickets = complaints.ticketsOf(complaint.id());
      iconPlus.repaired(tickets.get(tickets.size() - 1).providerTicketId());
      TimeTravel.advance(Duration.ofHours(1));
      driver.complete(driver.caseTask(complaint.id(), ComplaintCaseContract.TASK_CONFIRM_REPAIR), repair < 4
          ? Map.of("repairConfirmation", "STILL_DOWN", "confirmationNotes", "Masih tidak ada sinyal")
          : Map.of("repairConfirmation", "WORKS", "confirmationNotes", "Sudah normal"));
      if (repair == 3) {
        assertThat(escalationTasks(opd)).hasSize(1);
      }
    }

    assertThat(escalationTasks(opd)).isEmpty();
    assertThat(loops.escalations(LoopKind.STILL_DOWN, complaint.id())).singleElement()
        .satisfies(escalation -> assertThat(loops.status(escalation.id())).contains(EscalationStatus.CLOSED_WITHOUT_REVIEW));
  }

  /** The elements an instance passed, in order. */
  private List<String> passed(String processInstanceId) {
    return engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(processInstanceId)
        .finished().orderByHistoricActivityInstanceStartTime().asc().orderPartiallyByOccurrence().asc().list().stream()
        .map(org.camunda.bpm.engine.history.HistoricActivityInstance::getActivityId).toList();
  }

  private void sendSurveyBackThreeTimes(ProcessInstance instance) {
    for (int round = 1; round <= 3; round++) {
      driver.fillSurvey(instance, survey(ownIspSite("Kantor", 2_000_000L, "2027-06-30")));
      driver.complete(driver.task(instance, TransitionContract.TASK_COORDINATE_TECHNICALLY),
          Map.of("coordinationDecision", "SEND_BACK", "returnReason", "Data belum lengkap"));
    }
  }

  private void promiseAgain(ProcessInstance instance) {
    LocalDate promised = TimeTravel.now().atZone(PemdaZone.WITA.zone()).toLocalDate().plusDays(2);
    driver.complete(driver.task(instance, TransitionContract.TASK_CHASE_ICONPLUS), Map.of(
        "chaseDecision", "KEEP_WAITING", "promisedDate", promised.toString(), "chaseNotes", "Icon+ berjanji lagi"));
    TimeTravel.advance(Duration.ofDays(3));
    driver.runJobs(instance, TransitionContract.EVENT_PROMISED_DATE_REACHED);
  }

  private List<Task> escalationTasks(String opd) {
    return engine.getTaskService().createTaskQuery()
        .processDefinitionKey(LoopEscalationContract.KEY)
        .processInstanceBusinessKey(opd)
        .orderByTaskCreateTime().asc()
        .list();
  }

  private Long transitionId(ProcessInstance instance) {
    return (Long) engine.getRuntimeService().getVariable(instance.getId(), TransitionContract.TRANSITION_ID.name());
  }
}
