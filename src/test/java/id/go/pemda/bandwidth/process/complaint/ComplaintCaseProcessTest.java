package id.go.pemda.bandwidth.process.complaint;

import static id.go.pemda.bandwidth.support.TransitionDriver.evaluation;
import static id.go.pemda.bandwidth.support.TransitionDriver.ownIspSite;
import static id.go.pemda.bandwidth.support.TransitionDriver.survey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import id.go.pemda.bandwidth.budget.BudgetService;
import id.go.pemda.bandwidth.budget.BudgetStatus;
import id.go.pemda.bandwidth.complaint.Complaint;
import id.go.pemda.bandwidth.complaint.ComplaintRoute;
import id.go.pemda.bandwidth.complaint.ComplaintService;
import id.go.pemda.bandwidth.complaint.ComplaintStage;
import id.go.pemda.bandwidth.complaint.ComplaintStatus;
import id.go.pemda.bandwidth.complaint.EvaluationResult;
import id.go.pemda.bandwidth.complaint.Severity;
import id.go.pemda.bandwidth.complaint.TicketStatus;
import id.go.pemda.bandwidth.complaint.TroubleTicket;
import id.go.pemda.bandwidth.connection.ConnectionService;
import id.go.pemda.bandwidth.connection.SiteConnection;
import id.go.pemda.bandwidth.iconplus.CallbackOutcome;
import id.go.pemda.bandwidth.iconplus.IconPlusException;
import id.go.pemda.bandwidth.identity.Groups;
import id.go.pemda.bandwidth.process.contract.ComplaintCaseContract;
import id.go.pemda.bandwidth.process.contract.TransitionContract;
import id.go.pemda.bandwidth.process.form.FormInputException;
import id.go.pemda.bandwidth.process.iconplus.IconPlusEventHandler;
import id.go.pemda.bandwidth.process.view.ComplaintViews;
import id.go.pemda.bandwidth.process.view.SharedViews;
import id.go.pemda.bandwidth.process.view.TransitionViews;
import id.go.pemda.bandwidth.support.FormShown;
import id.go.pemda.bandwidth.support.ApplicationTest;
import id.go.pemda.bandwidth.support.FakeIconPlus;
import id.go.pemda.bandwidth.support.FakeIconPlus.Behaviour;
import id.go.pemda.bandwidth.support.Processes;
import id.go.pemda.bandwidth.support.TestOpds;
import id.go.pemda.bandwidth.support.TimeTravel;
import id.go.pemda.bandwidth.support.TransitionDriver;
import id.go.pemda.bandwidth.transition.DecisionRecord;
import id.go.pemda.bandwidth.transition.TransitionService;
import id.go.pemda.bandwidth.transition.TransitionStatus;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The paths of {@code bpmn/complaint-case.bpmn}, called from the transition (before connection,
 * at installation, at a site's acceptance, during monitoring, at the Sekda's approval) and started
 * on its own for an OPD not in transition: the evaluation, the response deadline, a fault of
 * Icon+ with its trouble ticket, the repair and the OPD's confirmation. One test per path, each on
 * an OPD of its own, driven with the engine clock.
 */
@ApplicationTest
class ComplaintCaseProcessTest {

  // The transition deadline (31 December 2028) stays far beyond every test's clock.
  private static final int FISCAL_YEAR = 2047;
  private static final Duration QUIET_PERIOD = Duration.ofDays(TransitionDriver.QUIET_PERIOD_DAYS);

  @Autowired ProcessEngine engine;

  @Autowired FormShown formShown;
  @Autowired TransitionDriver driver;
  @Autowired ComplaintService complaints;
  @Autowired TransitionService transitions;
  @Autowired ConnectionService connections;
  @Autowired BudgetService budgets;
  @Autowired IconPlusEventHandler iconPlus;
  @Autowired TestOpds opds;
  @Autowired id.go.pemda.bandwidth.complaint.TroubleTicketService ticketService;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
    // Tuesday 1 December 2026, 09:00 WITA
    TimeTravel.to(Instant.parse("2026-12-01T01:00:00Z"));
  }

  @AfterEach
  void tearDown() {
    FakeIconPlus.behave(Behaviour.NORMAL);
  }

  // ------------------------------------------------------------------ where a complaint is handled

  @Test
  void complaint_before_connection_is_a_case_called_from_the_transition() {
    String opd = opds.register("UJI-KELUHAN-SURVEI");
    ProcessInstance transition = driver.start(opd, FISCAL_YEAR);

    Complaint complaint = driver.fileComplaint(opd, "SLOW", "Internet lama lambat sekali");

    assertThat(complaint.route()).isEqualTo(ComplaintRoute.TRANSITION);
    assertThat(complaint.stage()).isEqualTo(ComplaintStage.BEFORE_CONNECTION);
    assertThat(complaint.transitionId()).isEqualTo(transitionIdOf(transition));
    assertThat(complaint.severity()).isEqualTo(Severity.MEDIUM);
    ProcessInstance complaintCase = calledCase(transition);
    assertThat(complaints.require(complaint.id()).caseProcessInstanceId()).isEqualTo(complaintCase.getId());
    assertThat(complaintCase.getBusinessKey()).isEqualTo(opd);
    assertThat(transition).hasPassed(TransitionContract.START_COMPLAINT_FILED)
        .isWaitingAt(TransitionContract.TASK_FILL_SURVEY, TransitionContract.CALL_COMPLAINT_CASE);
    assertThat(complaintCase).hasPassed(ComplaintCaseContract.TASK_OPEN_COMPLAINT_CASE)
        .isWaitingAt(ComplaintCaseContract.TASK_EVALUATE_COMPLAINT);
    Task evaluate = driver.caseTask(complaint.id(), ComplaintCaseContract.TASK_EVALUATE_COMPLAINT);
    assertThat(evaluate).hasCandidateGroup(complaint.handlingGroup());
    assertThat(complaint.handlingGroup()).isEqualTo(Groups.DISKOMINFO);
    assertThat(evaluate.getPriority()).isEqualTo(Severity.MEDIUM.taskPriority());
    assertThat(formShown.of(evaluate.getId()))
        .containsEntry(ComplaintViews.DESCRIPTION, "Internet lama lambat sekali")
        .containsEntry(ComplaintViews.STAGE, ComplaintStage.BEFORE_CONNECTION.label());

    // the open complaint is in view when Diskominfo coordinates
    driver.fillSurvey(transition, survey(ownIspSite("Kantor Dinas", 2_000_000L, "2027-03-31")));
    Task coordinate = driver.task(transition, TransitionContract.TASK_COORDINATE_TECHNICALLY);
    assertThat(formShown.of(coordinate.getId(), TransitionViews.OPEN_COMPLAINTS))
        .isEqualTo("KLH-" + complaint.id() + " | Lambat | Internet lama lambat sekali");

    driver.complete(evaluate, Map.of("evaluationResult", "OPD_SIDE", "evaluationNotes", "Router OPD perlu diganti"));

    assertThat(complaintCase).hasPassed(ComplaintCaseContract.END_COMPLAINT_CLOSED).isEnded();
    Complaint closed = complaints.require(complaint.id());
    assertThat(closed.status()).isEqualTo(ComplaintStatus.CLOSED);
    assertThat(closed.closedAt()).isEqualTo(TimeTravel.now());
    assertThat(closed.evaluation().evaluationResult()).isEqualTo(EvaluationResult.OPD_SIDE);
    assertThat(closed.evaluation().evaluationNotes()).isEqualTo("Router OPD perlu diganti");
    assertThat(complaints.ticketsOf(complaint.id())).isEmpty();
    assertThat(transition).isWaitingAt(TransitionContract.TASK_COORDINATE_TECHNICALLY);
  }

  @Test
  void complaint_at_installation_is_a_case_beside_the_site_waiting_for_icon_plus() {
    String opd = opds.register("UJI-KELUHAN-INSTALASI");
    ProcessInstance transition = driver.startAndOrder(opd, FISCAL_YEAR);
    assertThat(transition).isWaitingAt(TransitionContract.TASK_CONFIRM_INSTALLATION);

    Complaint complaint = driver.fileComplaint(opd, "LINK_DOWN", "Jaringan lama putus, Icon+ belum datang");

    assertThat(complaint.route()).isEqualTo(ComplaintRoute.TRANSITION);
    assertThat(complaint.stage()).isEqualTo(ComplaintStage.CONNECTION);
    assertThat(complaint.severity()).isEqualTo(Severity.HIGH);
    ProcessInstance complaintCase = calledCase(transition);
    assertThat(complaints.require(complaint.id()).caseProcessInstanceId()).isEqualTo(complaintCase.getId());
    assertThat(transition)
        .isWaitingAt(TransitionContract.TASK_CONFIRM_INSTALLATION, TransitionContract.CALL_COMPLAINT_CASE);
    Task evaluate = driver.caseTask(complaint.id(), ComplaintCaseContract.TASK_EVALUATE_COMPLAINT);
    assertThat(evaluate).hasCandidateGroup(Groups.DISKOMINFO);
    assertThat(formShown.of(evaluate.getId()))
        .containsEntry(ComplaintViews.STAGE, ComplaintStage.CONNECTION.label())
        .hasEntrySatisfying(ComplaintViews.OPD_SITES, sites -> assertThat(sites.toString()).startsWith("Kantor " + opd + ": "));

    driver.complete(evaluate, evaluation("RESOLVED"));

    assertThat(complaintCase).isEnded();
    assertThat(complaints.require(complaint.id()).status()).isEqualTo(ComplaintStatus.CLOSED);
    // the site still waits for Icon+, untouched by the complaint
    assertThat(transition).isWaitingAt(TransitionContract.TASK_CONFIRM_INSTALLATION);
    assertThat(transitions.require(transitionIdOf(transition)).status()).isEqualTo(TransitionStatus.CONNECTION);
  }

  @Test
  void link_not_working_at_acceptance_is_a_complaint_of_that_site_and_the_opd_tests_again_after_it() {
    String opd = opds.register("UJI-KELUHAN-UJI-TERIMA");
    ProcessInstance transition = driver.startAndOrder(opd, FISCAL_YEAR);
    driver.confirmInstallations(transition);
    Long transitionId = transitionIdOf(transition);
    Long siteId = connections.connectionsOf(transitionId).get(0).siteId();
    Task accept = driver.task(transition, TransitionContract.TASK_ACCEPT_LINK);

    driver.complete(accept, Map.of(
        "linkAcceptance", "NOT_WORKING", "complaintCategory", "INTERMITTENT",
        "complaintDescription", "Putus-sambung setiap jam"));

    Complaint complaint = complaints.historyOf(opd).get(0);
    assertThat(complaint.stage()).isEqualTo(ComplaintStage.ACCEPTANCE);
    assertThat(complaint.siteId()).isEqualTo(siteId);
    assertThat(complaint.transitionId()).isEqualTo(transitionId);
    assertThat(complaint.route()).isEqualTo(ComplaintRoute.TRANSITION);
    assertThat(complaint.status()).isEqualTo(ComplaintStatus.OPEN);
    // the same response deadline as any other complaint: intermittent, not frontline: one working day
    assertThat(complaint.responseDueAt()).isEqualTo(TimeTravel.now().plus(Duration.ofDays(1)));
    assertThat(transition).hasPassed(TransitionContract.GATEWAY_LINK_ACCEPTED)
        .isWaitingAt(TransitionContract.CALL_ACCEPTANCE_COMPLAINT);
    ProcessInstance complaintCase = calledCase(transition);
    assertThat(complaint.caseProcessInstanceId()).isEqualTo(complaintCase.getId());
    assertThat(complaintCase).isWaitingAt(ComplaintCaseContract.TASK_EVALUATE_COMPLAINT);
    assertThat(Processes.variable(engine, complaintCase, ComplaintCaseContract.RESPONSE_DUE_AT))
        .isEqualTo(Date.from(complaint.responseDueAt()));
    Task evaluate = driver.caseTask(complaint.id(), ComplaintCaseContract.TASK_EVALUATE_COMPLAINT);
    assertThat(evaluate).hasCandidateGroup(Groups.DISKOMINFO);
    assertThat(formShown.of(evaluate.getId()))
        .containsEntry(SharedViews.SITE, "Kantor " + opd)
        .containsEntry(ComplaintViews.STAGE, ComplaintStage.ACCEPTANCE.label());
    assertThat(transitions.decisions(transitionId)).extracting(DecisionRecord::step, DecisionRecord::decision)
        .contains(tuple(TransitionContract.TASK_ACCEPT_LINK, "NOT_WORKING"));

    driver.complete(evaluate, evaluation("RESOLVED"));

    assertThat(complaintCase).isEnded();
    assertThat(complaints.require(complaint.id()).status()).isEqualTo(ComplaintStatus.CLOSED);
    assertThat(transition).hasPassed(TransitionContract.CALL_ACCEPTANCE_COMPLAINT)
        .isWaitingAt(TransitionContract.TASK_ACCEPT_LINK);
    Task again = driver.task(transition, TransitionContract.TASK_ACCEPT_LINK);
    assertThat(again).hasCandidateGroup(Groups.opd(opd));

    driver.complete(again, TransitionDriver.accepted());

    assertThat(connections.connectionsOf(transitionId)).extracting(SiteConnection::siteId, c -> c.status().name())
        .containsExactly(tuple(siteId, "ACCEPTED"));
    assertThat(transition).hasPassed(TransitionContract.TASK_RECORD_NETWORK_READY);
  }

  @Test
  void complaint_of_an_opd_not_in_transition_starts_a_case_of_its_own() {
    String opd = opds.register("UJI-KELUHAN-LAYANAN");

    Complaint complaint = driver.fileComplaint(opd, "OTHER", "Email tidak bisa dikirim");

    assertThat(complaint.route()).isEqualTo(ComplaintRoute.SUPPORT);
    assertThat(complaint.stage()).isEqualTo(ComplaintStage.AFTER_TRANSITION);
    assertThat(complaint.transitionId()).isNull();
    assertThat(complaint.severity()).isEqualTo(Severity.LOW);
    ProcessInstance complaintCase = caseOf(complaint);
    assertThat(complaintCase.getProcessDefinitionId()).startsWith(ComplaintCaseContract.KEY + ":");
    assertThat(complaintCase.getBusinessKey()).isEqualTo(opd);
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(complaintCase.getId())
        .singleResult().getSuperProcessInstanceId()).isNull();
    assertThat(complaintCase).isWaitingAt(ComplaintCaseContract.TASK_EVALUATE_COMPLAINT);
    Task evaluate = driver.caseTask(complaint.id(), ComplaintCaseContract.TASK_EVALUATE_COMPLAINT);
    assertThat(evaluate).hasCandidateGroup(Groups.DISKOMINFO);
    assertThat(evaluate.getName()).isEqualTo("Evaluasi keluhan — " + opd);
    assertThat(formShown.of(evaluate.getId()))
        .containsEntry(SharedViews.OPD, "OPD uji " + opd + " (" + opd + ")")
        .doesNotContainKey(ComplaintViews.STAGE);

    driver.complete(evaluate, Map.of("evaluationResult", "OPD_SIDE", "evaluationNotes", "Pengaturan email OPD"));

    assertThat(complaintCase).hasPassed(ComplaintCaseContract.END_COMPLAINT_CLOSED).isEnded();
    Complaint closed = complaints.require(complaint.id());
    assertThat(closed.status()).isEqualTo(ComplaintStatus.CLOSED);
    assertThat(closed.evaluation().evaluationResult()).isEqualTo(EvaluationResult.OPD_SIDE);
    assertThat(complaints.ticketsOf(complaint.id())).isEmpty();
  }

  // ------------------------------------------------------------------ the response deadline

  @Test
  void missed_response_deadline_escalates_to_the_head_without_cancelling_the_evaluation() {
    String opd = opds.register("UJI-KELUHAN-TERLAMBAT");
    Complaint complaint = driver.fileComplaint(opd, "LINK_DOWN", "Kantor tidak bisa daring");
    // link down, not a frontline office: high, four hours
    assertThat(complaint.severity()).isEqualTo(Severity.HIGH);
    assertThat(complaint.responseDueAt()).isEqualTo(TimeTravel.now().plus(Duration.ofHours(4)));
    ProcessInstance complaintCase = caseOf(complaint);
    assertThat(overdueJob(complaintCase).getDuedate()).isEqualTo(Date.from(complaint.responseDueAt()));

    TimeTravel.advance(Duration.ofHours(4).plusMinutes(1));
    driver.runCaseJobs(complaint.id(), ComplaintCaseContract.EVENT_COMPLAINT_OVERDUE);

    assertThat(complaintCase).hasPassed(ComplaintCaseContract.TASK_RECORD_ESCALATION)
        .isWaitingAt(ComplaintCaseContract.TASK_EVALUATE_COMPLAINT, ComplaintCaseContract.TASK_REVIEW_OVERDUE_COMPLAINT);
    Task review = driver.caseTask(complaint.id(), ComplaintCaseContract.TASK_REVIEW_OVERDUE_COMPLAINT);
    assertThat(review).hasCandidateGroup(Groups.KADIS_DISKOMINFO);
    assertThat(review.getName()).isEqualTo("Keluhan melewati batas respons — " + opd);
    Complaint escalated = complaints.require(complaint.id());
    assertThat(escalated.escalation().escalatedAt()).isEqualTo(TimeTravel.now());
    assertThat(escalated.status()).isEqualTo(ComplaintStatus.OPEN);

    driver.complete(review, Map.of("escalationNotes", "Teknisi diminta datang hari ini"));
    TimeTravel.advance(Duration.ofMinutes(30));
    driver.complete(driver.caseTask(complaint.id(), ComplaintCaseContract.TASK_EVALUATE_COMPLAINT), evaluation("RESOLVED"));

    assertThat(complaintCase).hasPassed(ComplaintCaseContract.END_COMPLAINT_CLOSED).isEnded();
    Complaint closed = complaints.require(complaint.id());
    assertThat(closed.status()).isEqualTo(ComplaintStatus.CLOSED);
    assertThat(closed.escalation().escalationNotes()).isEqualTo("Teknisi diminta datang hari ini");
    assertThat(closed.escalation().escalatedAt()).isBefore(closed.closedAt());
  }

  @Test
  void an_overdue_complaint_inside_the_transition_escalates_while_the_transition_goes_on() {
    String opd = opds.register("UJI-KELUHAN-TERLAMBAT-TRANSISI");
    ProcessInstance transition = driver.start(opd, FISCAL_YEAR);
    Complaint complaint = driver.fileComplaint(opd, "LINK_DOWN", "Jaringan lama putus");
    ProcessInstance complaintCase = calledCase(transition);

    TimeTravel.advance(Duration.ofHours(4).plusMinutes(1));
    driver.runCaseJobs(complaint.id(), ComplaintCaseContract.EVENT_COMPLAINT_OVERDUE);

    assertThat(complaintCase)
        .isWaitingAt(ComplaintCaseContract.TASK_EVALUATE_COMPLAINT, ComplaintCaseContract.TASK_REVIEW_OVERDUE_COMPLAINT);
    assertThat(driver.caseTask(complaint.id(), ComplaintCaseContract.TASK_REVIEW_OVERDUE_COMPLAINT))
        .hasCandidateGroup(Groups.KADIS_DISKOMINFO);
    assertThat(complaints.require(complaint.id()).escalation().escalatedAt()).isEqualTo(TimeTravel.now());
    assertThat(transition).isWaitingAt(TransitionContract.TASK_FILL_SURVEY, TransitionContract.CALL_COMPLAINT_CASE);

    driver.complete(driver.caseTask(complaint.id(), ComplaintCaseContract.TASK_EVALUATE_COMPLAINT), evaluation("RESOLVED"));

    // the evaluation closes the complaint; the Head's review is still his to complete
    assertThat(complaints.require(complaint.id()).status()).isEqualTo(ComplaintStatus.CLOSED);
    assertThat(complaintCase).isWaitingAt(ComplaintCaseContract.TASK_REVIEW_OVERDUE_COMPLAINT);
    driver.complete(driver.caseTask(complaint.id(), ComplaintCaseContract.TASK_REVIEW_OVERDUE_COMPLAINT),
        Map.of("escalationNotes", "Dibahas di rapat pimpinan"));
    assertThat(complaintCase).isEnded();
    assertThat(transition).isWaitingAt(TransitionContract.TASK_FILL_SURVEY);
  }

  // ------------------------------------------------------------------ a fault of Icon+

  @Test
  void provider_fault_keeps_the_complaint_open_and_the_monitoring_running_until_the_opd_confirms_the_repair() {
    String opd = opds.register("UJI-KELUHAN-GANGGUAN");
    ProcessInstance transition = driver.startAndConnect(opd, FISCAL_YEAR);
    Long transitionId = transitionIdOf(transition);
    assertThat(transitions.require(transitionId).status()).isEqualTo(TransitionStatus.MONITORING);
    TimeTravel.advance(Duration.ofHours(1));
    Complaint complaint = driver.fileComplaint(opd, "LINK_DOWN", "Putus sejak subuh");
    assertThat(complaint.stage()).isEqualTo(ComplaintStage.MONITORING);
    ProcessInstance complaintCase = calledCase(transition);

    driver.complete(driver.caseTask(complaint.id(), ComplaintCaseContract.TASK_EVALUATE_COMPLAINT),
        Map.of("evaluationResult", "PROVIDER_FAULT", "evaluationNotes", "Port Icon+ rusak"));

    Complaint waiting = complaints.require(complaint.id());
    assertThat(waiting.status()).isEqualTo(ComplaintStatus.AWAITING_REPAIR);
    assertThat(waiting.closedAt()).isNull();
    assertThat(waiting.evaluation().evaluationResult()).isEqualTo(EvaluationResult.PROVIDER_FAULT);
    TroubleTicket ticket = onlyTicketOf(complaint);
    assertThat(ticket.status()).isEqualTo(TicketStatus.OPEN);
    assertThat(ticket.repairDueAt()).isEqualTo(TimeTravel.now().plus(Severity.HIGH.repairTime()));
    assertThat(ticket.caseProcessInstanceId()).isEqualTo(complaintCase.getId());
    assertThat(ticket.providerTicketId()).isNull();
    assertThat(complaintCase).hasPassed(ComplaintCaseContract.GATEWAY_EVALUATION_RESULT)
        .isWaitingAt(ComplaintCaseContract.TASK_SEND_TROUBLE_TICKET);
    int atIconPlus = FakeIconPlus.created();

    driver.runCaseJobs(complaint.id(), ComplaintCaseContract.TASK_SEND_TROUBLE_TICKET);

    TroubleTicket sent = complaints.requireTicket(ticket.id());
    assertThat(sent.providerTicketId()).isEqualTo(FakeIconPlus.idFor(ticket.idempotencyKey())).startsWith("FAKE-TKT-");
    assertThat(sent.sentAt()).isEqualTo(TimeTravel.now());
    assertThat(FakeIconPlus.created()).isEqualTo(atIconPlus + 1);
    assertThat(complaintCase).isWaitingAt(ComplaintCaseContract.TASK_AWAIT_REPAIR);
    assertThat(Processes.variable(engine, complaintCase, ComplaintCaseContract.REPAIR_DUE_AT))
        .isEqualTo(Date.from(ticket.repairDueAt()));

    // the quiet stretch passes while Icon+ has not repaired: the monitoring goes on
    TimeTravel.advance(QUIET_PERIOD.plusMinutes(1));
    driver.runJobs(transition, TransitionContract.EVENT_QUIET_PERIOD_ELAPSED);

    assertThat(checksOfQuietPeriod(transition)).isEqualTo(2);
    assertThat(transition).isWaitingAt(TransitionContract.EVENT_QUIET_PERIOD_ELAPSED);
    assertThat(driver.tasks(transition, TransitionContract.TASK_APPROVE_BUDGET_REVOCATION)).isEmpty();
    assertThat(transitions.require(transitionId).status()).isEqualTo(TransitionStatus.MONITORING);
    assertThat(quietPeriodJob(transition).getDuedate()).isEqualTo(Date.from(TimeTravel.now().plus(QUIET_PERIOD)));

    // Icon+ reports the repair: the OPD checks its link
    TimeTravel.advance(Duration.ofDays(2));
    assertThat(iconPlus.repaired(sent.providerTicketId())).isEqualTo(CallbackOutcome.ACCEPTED);

    assertThat(complaints.require(complaint.id()).status()).isEqualTo(ComplaintStatus.REPAIRED);
    assertThat(complaints.requireTicket(ticket.id()).status()).isEqualTo(TicketStatus.REPAIRED);
    assertThat(complaints.requireTicket(ticket.id()).repairedAt()).isEqualTo(TimeTravel.now());
    assertThat(complaintCase).hasPassed(ComplaintCaseContract.TASK_AWAIT_REPAIR).isWaitingAt(ComplaintCaseContract.TASK_CONFIRM_REPAIR);
    Task confirm = driver.caseTask(complaint.id(), ComplaintCaseContract.TASK_CONFIRM_REPAIR);
    assertThat(confirm).hasCandidateGroup(Groups.opd(opd));
    assertThat(formShown.of(confirm.getId()))
        .containsEntry(ComplaintViews.TICKET, "TKT-" + ticket.id() + " (Icon+ " + sent.providerTicketId() + "), "
            + TicketStatus.REPAIRED.label())
        .containsKey(ComplaintViews.REPAIRED_AT);
    // a repair still unconfirmed keeps the complaint open
    assertThat(complaints.quietPeriod(transitionId).openComplaints()).isOne();

    TimeTravel.advance(Duration.ofHours(3));
    driver.complete(confirm, Map.of("repairConfirmation", "WORKS", "confirmationNotes", "Sudah normal"));

    Instant closedAt = TimeTravel.now();
    assertThat(complaintCase).hasPassed(ComplaintCaseContract.END_COMPLAINT_REPAIRED).isEnded();
    Complaint closed = complaints.require(complaint.id());
    assertThat(closed.status()).isEqualTo(ComplaintStatus.CLOSED);
    assertThat(closed.closedAt()).isEqualTo(closedAt);
    TroubleTicket confirmed = complaints.requireTicket(ticket.id());
    assertThat(confirmed.status()).isEqualTo(TicketStatus.CONFIRMED);
    assertThat(confirmed.confirmedAt()).isEqualTo(closedAt);
    assertThat(confirmed.confirmationNotes()).isEqualTo("Sudah normal");
    assertThat(transition).isWaitingAt(TransitionContract.EVENT_QUIET_PERIOD_ELAPSED);

    // the next check finds no complaint open, and waits a whole quiet stretch from the close
    TimeTravel.to(quietPeriodJob(transition).getDuedate().toInstant());
    driver.runJobs(transition, TransitionContract.EVENT_QUIET_PERIOD_ELAPSED);

    assertThat(checksOfQuietPeriod(transition)).isEqualTo(3);
    assertThat(quietPeriodJob(transition).getDuedate()).isEqualTo(Date.from(closedAt.plus(QUIET_PERIOD)));
    assertThat(driver.tasks(transition, TransitionContract.TASK_APPROVE_BUDGET_REVOCATION)).isEmpty();

    TimeTravel.to(closedAt.plus(QUIET_PERIOD));
    driver.runJobs(transition, TransitionContract.EVENT_QUIET_PERIOD_ELAPSED);
    driver.confirmMonitoringEnd(transition);

    assertThat(driver.task(transition, TransitionContract.TASK_APPROVE_BUDGET_REVOCATION))
        .hasCandidateGroup(Groups.SEKDA);
    assertThat(transitions.require(transitionId).status()).isEqualTo(TransitionStatus.REVOCATION_APPROVAL);
  }

  @Test
  void link_still_down_after_the_repair_opens_a_new_ticket_and_waits_for_icon_plus_again() {
    String opd = opds.register("UJI-KELUHAN-MASIH-PUTUS");
    Complaint complaint = driver.fileComplaint(opd, "LINK_DOWN", "Putus total");
    ProcessInstance complaintCase = caseOf(complaint);
    driver.complete(driver.caseTask(complaint.id(), ComplaintCaseContract.TASK_EVALUATE_COMPLAINT), evaluation("PROVIDER_FAULT"));
    driver.runCaseJobs(complaint.id(), ComplaintCaseContract.TASK_SEND_TROUBLE_TICKET);
    TroubleTicket first = onlyTicketOf(complaint);
    iconPlus.repaired(first.providerTicketId());
    TimeTravel.advance(Duration.ofHours(1));

    driver.complete(driver.caseTask(complaint.id(), ComplaintCaseContract.TASK_CONFIRM_REPAIR),
        Map.of("repairConfirmation", "STILL_DOWN", "confirmationNotes", "Masih tidak ada sinyal"));

    assertThat(complaintCase).hasPassed(ComplaintCaseContract.GATEWAY_REPAIR_CONFIRMED)
        .isWaitingAt(ComplaintCaseContract.TASK_SEND_TROUBLE_TICKET);
    assertThat(complaints.require(complaint.id()).status()).isEqualTo(ComplaintStatus.AWAITING_REPAIR);
    List<TroubleTicket> tickets = complaints.ticketsOf(complaint.id());
    assertThat(tickets).hasSize(2);
    TroubleTicket stillDown = tickets.get(0);
    TroubleTicket second = tickets.get(1);
    assertThat(stillDown.id()).isEqualTo(first.id());
    assertThat(stillDown.status()).isEqualTo(TicketStatus.STILL_DOWN);
    assertThat(stillDown.confirmationNotes()).isEqualTo("Masih tidak ada sinyal");
    assertThat(second.status()).isEqualTo(TicketStatus.OPEN);
    assertThat(second.idempotencyKey()).isNotEqualTo(first.idempotencyKey());
    assertThat(second.repairDueAt()).isEqualTo(TimeTravel.now().plus(Severity.HIGH.repairTime()));
    assertThat(Processes.variable(engine, complaintCase, ComplaintCaseContract.TICKET_ID)).isEqualTo(second.id());
    assertThat(Processes.variable(engine, complaintCase, ComplaintCaseContract.REPAIR_DUE_AT))
        .isEqualTo(Date.from(second.repairDueAt()));

    driver.runCaseJobs(complaint.id(), ComplaintCaseContract.TASK_SEND_TROUBLE_TICKET);

    TroubleTicket sent = complaints.requireTicket(second.id());
    assertThat(sent.providerTicketId()).isEqualTo(FakeIconPlus.idFor(second.idempotencyKey()))
        .isNotEqualTo(first.providerTicketId());
    assertThat(complaintCase).isWaitingAt(ComplaintCaseContract.TASK_AWAIT_REPAIR);
    assertThat(repairOverdueJob(complaintCase).getDuedate()).isEqualTo(Date.from(second.repairDueAt()));
    // the first ticket's repair was reported already: a late report of it changes nothing
    assertThat(iconPlus.repaired(first.providerTicketId())).isEqualTo(CallbackOutcome.NOT_WAITING);
    assertThat(complaintCase).isWaitingAt(ComplaintCaseContract.TASK_AWAIT_REPAIR);
  }

  @Test
  void diskominfo_records_a_repair_icon_plus_reported_by_phone_and_the_opd_confirms_it() {
    String opd = opds.register("UJI-PERBAIKAN-TELEPON");
    Complaint complaint = driver.fileComplaint(opd, "LINK_DOWN", "Putus total");
    ProcessInstance complaintCase = caseOf(complaint);
    driver.complete(driver.caseTask(complaint.id(), ComplaintCaseContract.TASK_EVALUATE_COMPLAINT), evaluation("PROVIDER_FAULT"));
    driver.runCaseJobs(complaint.id(), ComplaintCaseContract.TASK_SEND_TROUBLE_TICKET);
    TroubleTicket ticket = onlyTicketOf(complaint);

    Task await = driver.caseTask(complaint.id(), ComplaintCaseContract.TASK_AWAIT_REPAIR);
    assertThat(await).hasCandidateGroup(Groups.DISKOMINFO);
    assertThat(await.getDueDate()).isEqualTo(Date.from(ticket.repairDueAt()));
    driver.complete(await, Map.of("repairReport", "Teknisi Icon+ (Budi) menelepon 10.15: kabel FO disambung"));

    assertThat(complaintCase).hasPassed(ComplaintCaseContract.TASK_AWAIT_REPAIR)
        .hasNotPassed(ComplaintCaseContract.EVENT_REPAIR_REPORTED);
    assertThat(driver.caseTask(complaint.id(), ComplaintCaseContract.TASK_CONFIRM_REPAIR)).hasCandidateGroup(Groups.opd(opd));
    assertThat(complaints.requireTicket(ticket.id()).status()).isEqualTo(TicketStatus.REPAIRED);
    assertThat(complaints.require(complaint.id()).status()).isEqualTo(ComplaintStatus.REPAIRED);
    assertThat(ticketService.repairReport(ticket.id())).contains("Teknisi Icon+ (Budi) menelepon 10.15: kabel FO disambung");
    // Icon+'s callback arriving afterwards changes nothing
    assertThat(iconPlus.repaired(ticket.providerTicketId())).isEqualTo(CallbackOutcome.NOT_WAITING);
  }

  @Test
  void an_opd_that_does_not_confirm_the_repair_in_three_days_gets_diskominfo_on_the_phone() {
    String opd = opds.register("UJI-KONFIRMASI-TERLAMBAT");
    Complaint complaint = driver.fileComplaint(opd, "LINK_DOWN", "Putus total");
    driver.complete(driver.caseTask(complaint.id(), ComplaintCaseContract.TASK_EVALUATE_COMPLAINT), evaluation("PROVIDER_FAULT"));
    driver.runCaseJobs(complaint.id(), ComplaintCaseContract.TASK_SEND_TROUBLE_TICKET);
    iconPlus.repaired(onlyTicketOf(complaint).providerTicketId());
    assertThat(driver.caseTask(complaint.id(), ComplaintCaseContract.TASK_CONFIRM_REPAIR).getDueDate()).isNotNull();

    TimeTravel.advance(Duration.ofDays(4));
    driver.runCaseJobs(complaint.id(), ComplaintCaseContract.EVENT_REPAIR_CONFIRMATION_OVERDUE);

    Task reminder = driver.caseTask(complaint.id(), ComplaintCaseContract.TASK_REMIND_REPAIR_CONFIRMATION);
    assertThat(reminder).hasCandidateGroup(Groups.DISKOMINFO);
    driver.complete(reminder, Map.of("followUpNotes", "OPD ditelepon, uji besok pagi"));
    assertThat(driver.caseTask(complaint.id(), ComplaintCaseContract.TASK_CONFIRM_REPAIR)).hasCandidateGroup(Groups.opd(opd));
    assertThat(complaints.require(complaint.id()).status()).isEqualTo(ComplaintStatus.REPAIRED);
  }

  @Test
  void repair_deadline_passed_escalates_to_the_head_while_icon_plus_is_still_awaited() {
    String opd = opds.register("UJI-KELUHAN-PERBAIKAN-TERLAMBAT");
    Complaint complaint = driver.fileComplaint(opd, "LINK_DOWN", "Putus, teknisi belum datang");
    ProcessInstance complaintCase = caseOf(complaint);
    driver.complete(driver.caseTask(complaint.id(), ComplaintCaseContract.TASK_EVALUATE_COMPLAINT), evaluation("PROVIDER_FAULT"));
    driver.runCaseJobs(complaint.id(), ComplaintCaseContract.TASK_SEND_TROUBLE_TICKET);
    TroubleTicket ticket = onlyTicketOf(complaint);
    assertThat(repairOverdueJob(complaintCase).getDuedate()).isEqualTo(Date.from(ticket.repairDueAt()));

    TimeTravel.to(ticket.repairDueAt().plusSeconds(60));
    driver.runCaseJobs(complaint.id(), ComplaintCaseContract.EVENT_REPAIR_OVERDUE);

    assertThat(complaintCase).hasPassed(ComplaintCaseContract.TASK_RECORD_REPAIR_ESCALATION)
        .isWaitingAt(ComplaintCaseContract.TASK_AWAIT_REPAIR, ComplaintCaseContract.TASK_REVIEW_OVERDUE_REPAIR);
    Task review = driver.caseTask(complaint.id(), ComplaintCaseContract.TASK_REVIEW_OVERDUE_REPAIR);
    assertThat(review).hasCandidateGroup(Groups.KADIS_DISKOMINFO);
    assertThat(formShown.of(review.getId()))
        .containsKeys(ComplaintViews.TICKET, ComplaintViews.REPAIR_DUE)
        .doesNotContainKey(ComplaintViews.REPAIRED_AT);
    TroubleTicket escalated = complaints.requireTicket(ticket.id());
    assertThat(escalated.escalatedAt()).isEqualTo(TimeTravel.now());
    assertThat(escalated.status()).isEqualTo(TicketStatus.OPEN);
    assertThat(complaints.require(complaint.id()).status()).isEqualTo(ComplaintStatus.AWAITING_REPAIR);

    driver.complete(review, Map.of("followUpNotes", "Manajer Icon+ ditelepon"));

    // the case still waits for Icon+, and its report still reaches it
    assertThat(complaintCase).isWaitingAt(ComplaintCaseContract.TASK_AWAIT_REPAIR);
    assertThat(iconPlus.repaired(ticket.providerTicketId())).isEqualTo(CallbackOutcome.ACCEPTED);
    assertThat(complaintCase).isWaitingAt(ComplaintCaseContract.TASK_CONFIRM_REPAIR);
    assertThat(complaints.requireTicket(ticket.id()).escalatedAt()).isEqualTo(escalated.escalatedAt());
  }

  @Test
  void trouble_ticket_errors_are_retried_then_an_incident_and_a_retry_sends_one_ticket() {
    String opd = opds.register("UJI-KELUHAN-TIKET-GAGAL");
    Complaint complaint = driver.fileComplaint(opd, "LINK_DOWN", "Putus, Icon+ sedang gangguan");
    ProcessInstance complaintCase = caseOf(complaint);
    driver.complete(driver.caseTask(complaint.id(), ComplaintCaseContract.TASK_EVALUATE_COMPLAINT), evaluation("PROVIDER_FAULT"));
    TroubleTicket ticket = onlyTicketOf(complaint);
    int atIconPlus = FakeIconPlus.created();
    FakeIconPlus.behave(Behaviour.SERVER_ERROR);

    // R3/PT1M: three tries, then an incident
    for (int attempt = 0; attempt < 3; attempt++) {
      assertThatThrownBy(() -> runSendTicketJob(complaintCase))
          .isInstanceOf(IconPlusException.class)
          .hasMessageContaining("Icon+ gagal membuat tiket gangguan");
    }

    assertThat(sendTicketJob(complaintCase).getRetries()).isZero();
    Incident incident = engine.getRuntimeService().createIncidentQuery().processInstanceId(complaintCase.getId())
        .singleResult();
    assertThat(incident.getActivityId()).isEqualTo(ComplaintCaseContract.TASK_SEND_TROUBLE_TICKET);
    assertThat(incident.getIncidentMessage()).contains("Icon+ gagal membuat tiket gangguan").contains("HTTP 500");
    assertThat(engine.getManagementService().createJobQuery().processInstanceId(complaintCase.getId())
        .withException().noRetriesLeft().count()).isOne();
    assertThat(complaints.requireTicket(ticket.id()).providerTicketId()).isNull();
    assertThat(complaints.require(complaint.id()).status()).isEqualTo(ComplaintStatus.AWAITING_REPAIR);
    assertThat(FakeIconPlus.created()).isEqualTo(atIconPlus);

    // what Cockpit's "retry" does: give the job its retries back, then it runs again
    FakeIconPlus.behave(Behaviour.NORMAL);
    engine.getManagementService().setJobRetries(sendTicketJob(complaintCase).getId(), 1);
    runSendTicketJob(complaintCase);

    assertThat(complaintCase).isWaitingAt(ComplaintCaseContract.TASK_AWAIT_REPAIR);
    assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(complaintCase.getId()).count())
        .isZero();
    assertThat(FakeIconPlus.created()).isEqualTo(atIconPlus + 1);
    assertThat(complaints.requireTicket(ticket.id()).providerTicketId())
        .isEqualTo(FakeIconPlus.idFor(ticket.idempotencyKey()));
    assertThat(complaints.ticketsOf(complaint.id())).hasSize(1);
  }

  // ------------------------------------------------------------------ the Sekda's approval

  @Test
  void a_complaint_open_when_the_sekda_approves_refuses_the_approval_and_a_deferral_returns_to_monitoring() {
    String opd = opds.register("UJI-KELUHAN-SEKDA");
    budgets.record(opd, FISCAL_YEAR, new BigDecimal("30000000"), BigDecimal.ZERO);
    ProcessInstance transition = driver.startAndConnect(opd, FISCAL_YEAR);
    Long transitionId = transitionIdOf(transition);
    driver.passMonitoring(transition);
    driver.confirmMonitoringEnd(transition);
    Task approve = driver.task(transition, TransitionContract.TASK_APPROVE_BUDGET_REVOCATION);
    assertThat(approve).hasCandidateGroup(Groups.SEKDA);

    Complaint complaint = driver.fileComplaint(opd, "SLOW", "Lambat setiap siang");

    assertThat(complaint.stage()).isEqualTo(ComplaintStage.CLOSING);
    assertThat(complaint.route()).isEqualTo(ComplaintRoute.TRANSITION);
    assertThat(calledCase(transition).getId()).isEqualTo(complaints.require(complaint.id()).caseProcessInstanceId());
    assertThatThrownBy(() -> driver.complete(approve, Map.of("revocationDecision", "APPROVE")))
        .isInstanceOf(FormInputException.class)
        .hasMessageContaining("revocationDecision")
        .hasMessageContaining("masih ada 1 keluhan terbuka");
    assertThat(engine.getTaskService().createTaskQuery().taskId(approve.getId()).count()).isOne();
    assertThat(transition).isWaitingAt(TransitionContract.TASK_APPROVE_BUDGET_REVOCATION);
    assertThat(transitions.decisions(transitionId)).extracting(DecisionRecord::step)
        .doesNotContain(TransitionContract.TASK_APPROVE_BUDGET_REVOCATION);
    assertThat(transitions.require(transitionId).status()).isEqualTo(TransitionStatus.REVOCATION_APPROVAL);
    assertThat(budgets.line(opd, FISCAL_YEAR).orElseThrow().status()).isEqualTo(BudgetStatus.ACTIVE);
    assertThat(Processes.variable(engine, transition, TransitionContract.REVOCATION_DECISION)).isNull();

    driver.complete(approve, Map.of("revocationDecision", "DEFER", "deferReason", "Keluhan lambat belum selesai"));

    Instant deferredAt = TimeTravel.now();
    assertThat(transition).hasPassed(TransitionContract.GATEWAY_REVOCATION_APPROVED)
        .isWaitingAt(TransitionContract.EVENT_QUIET_PERIOD_ELAPSED, TransitionContract.CALL_COMPLAINT_CASE);
    // at the start, when the stretch passed, and now after the deferral
    assertThat(checksOfQuietPeriod(transition)).isEqualTo(3);
    assertThat(transitions.latestDecision(transitionId, TransitionContract.TASK_APPROVE_BUDGET_REVOCATION).orElseThrow())
        .extracting(DecisionRecord::decision, DecisionRecord::reason)
        .containsExactly("DEFER", "Keluhan lambat belum selesai");
    assertThat(transitions.require(transitionId).status()).isEqualTo(TransitionStatus.MONITORING);
    assertThat(transitions.require(transitionId).evaluationStartedAt()).isEqualTo(deferredAt);
    assertThat(quietPeriodJob(transition).getDuedate()).isEqualTo(Date.from(deferredAt.plus(QUIET_PERIOD)));

    // the complaint is closed a day later; the Sekda decides a quiet stretch after that
    TimeTravel.advance(Duration.ofDays(1));
    driver.complete(driver.caseTask(complaint.id(), ComplaintCaseContract.TASK_EVALUATE_COMPLAINT), evaluation("RESOLVED"));
    Instant closedAt = TimeTravel.now();
    TimeTravel.to(deferredAt.plus(QUIET_PERIOD));
    driver.runJobs(transition, TransitionContract.EVENT_QUIET_PERIOD_ELAPSED);
    assertThat(driver.tasks(transition, TransitionContract.TASK_APPROVE_BUDGET_REVOCATION)).isEmpty();
    TimeTravel.to(closedAt.plus(QUIET_PERIOD));
    driver.runJobs(transition, TransitionContract.EVENT_QUIET_PERIOD_ELAPSED);
    driver.confirmMonitoringEnd(transition);

    driver.complete(driver.task(transition, TransitionContract.TASK_APPROVE_BUDGET_REVOCATION),
        Map.of("revocationDecision", "APPROVE"));

    assertThat(driver.task(transition, TransitionContract.TASK_RECORD_BUDGET_REVOCATION))
        .hasCandidateGroup(Groups.BPKAD);
    assertThat(transitions.require(transitionId).status()).isEqualTo(TransitionStatus.BUDGET_REVOCATION);
  }

  // ------------------------------------------------------------------ helpers

  private Long transitionIdOf(ProcessInstance transition) {
    return Processes.variable(engine, transition, TransitionContract.TRANSITION_ID);
  }

  /** The one complaint case the transition (or one of its sites) calls right now. */
  private ProcessInstance calledCase(ProcessInstance transition) {
    return engine.getRuntimeService().createProcessInstanceQuery()
        .superProcessInstanceId(transition.getId())
        .processDefinitionKey(ComplaintCaseContract.KEY)
        .singleResult();
  }

  /** The case on record with the complaint. */
  private ProcessInstance caseOf(Complaint complaint) {
    String caseId = complaints.require(complaint.id()).caseProcessInstanceId();
    assertThat(caseId).as("case of complaint %s", complaint.id()).isNotNull();
    return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(caseId).singleResult();
  }

  private TroubleTicket onlyTicketOf(Complaint complaint) {
    List<TroubleTicket> tickets = complaints.ticketsOf(complaint.id());
    assertThat(tickets).hasSize(1);
    return tickets.get(0);
  }

  private long checksOfQuietPeriod(ProcessInstance transition) {
    return engine.getHistoryService().createHistoricActivityInstanceQuery()
        .processInstanceId(transition.getId())
        .activityId(TransitionContract.TASK_CHECK_QUIET_PERIOD)
        .count();
  }

  private Job quietPeriodJob(ProcessInstance transition) {
    return jobAt(transition, TransitionContract.EVENT_QUIET_PERIOD_ELAPSED);
  }

  private Job overdueJob(ProcessInstance complaintCase) {
    return jobAt(complaintCase, ComplaintCaseContract.EVENT_COMPLAINT_OVERDUE);
  }

  private Job repairOverdueJob(ProcessInstance complaintCase) {
    return jobAt(complaintCase, ComplaintCaseContract.EVENT_REPAIR_OVERDUE);
  }

  private Job sendTicketJob(ProcessInstance complaintCase) {
    return jobAt(complaintCase, ComplaintCaseContract.TASK_SEND_TROUBLE_TICKET);
  }

  private void runSendTicketJob(ProcessInstance complaintCase) {
    engine.getManagementService().executeJob(sendTicketJob(complaintCase).getId());
  }

  private Job jobAt(ProcessInstance instance, String activityId) {
    return engine.getManagementService().createJobQuery()
        .processInstanceId(instance.getId())
        .activityId(activityId)
        .singleResult();
  }
}
