package id.go.pemda.bandwidth.process.complaint;

import static id.go.pemda.bandwidth.support.TimeTravel.advance;
import static id.go.pemda.bandwidth.support.TimeTravel.now;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;

import id.go.pemda.bandwidth.complaint.Complaint;
import id.go.pemda.bandwidth.complaint.ComplaintRoute;
import id.go.pemda.bandwidth.complaint.ComplaintService;
import id.go.pemda.bandwidth.complaint.ComplaintStage;
import id.go.pemda.bandwidth.complaint.ComplaintStatus;
import id.go.pemda.bandwidth.complaint.EvaluationResult;
import id.go.pemda.bandwidth.complaint.Severity;
import id.go.pemda.bandwidth.complaint.TroubleTicket;
import id.go.pemda.bandwidth.complaint.TroubleTicketRepository;
import id.go.pemda.bandwidth.identity.Groups;
import id.go.pemda.bandwidth.process.contract.ComplaintCase;
import id.go.pemda.bandwidth.process.contract.ComplaintIntakeContract;
import id.go.pemda.bandwidth.process.contract.ComplaintSupportContract;
import id.go.pemda.bandwidth.process.contract.TransitionContract;
import id.go.pemda.bandwidth.process.form.FormInputException;
import id.go.pemda.bandwidth.support.ApplicationTest;
import id.go.pemda.bandwidth.support.TimeTravel;
import id.go.pemda.bandwidth.support.TransitionDriver;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Where complaints go and what happens when they are not answered in time: before connection,
 * after the transition, through Tasklist's "Lapor keluhan jaringan", and the response deadline.
 */
@ApplicationTest
class ComplaintRoutingProcessTest {

  // Tests share one database: these OPDs belong to this class.
  private static final int FISCAL_YEAR = 2032;

  @Autowired ProcessEngine engine;
  @Autowired TransitionDriver driver;
  @Autowired ComplaintService complaints;
  @Autowired TroubleTicketRepository tickets;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
    // a Wednesday, 09:00 WITA
    TimeTravel.to(Instant.parse("2026-11-04T01:00:00Z"));
  }

  @AfterEach
  void tearDown() {
    engine.getIdentityService().clearAuthentication();
  }

  @Test
  void complaint_before_connection_is_evaluated_within_the_transition() {
    ProcessInstance transition = driver.start("BAPPERIDA", FISCAL_YEAR);

    Complaint complaint = driver.fileComplaint("BAPPERIDA", "SLOW", "Internet lama lambat sekali");

    assertThat(complaint.route()).isEqualTo(ComplaintRoute.TRANSITION);
    assertThat(complaint.stage()).isEqualTo(ComplaintStage.BEFORE_CONNECTION);
    assertThat(complaint.severity()).isEqualTo(Severity.MEDIUM);
    // one working day
    assertThat(complaint.responseDueAt()).isEqualTo(Instant.parse("2026-11-05T01:00:00Z"));
    assertThat(transition)
        .isWaitingAt(TransitionContract.TASK_FILL_SURVEY, ComplaintCase.TASK_EVALUATE_COMPLAINT);
    // the open complaint is in view when Diskominfo coordinates
    String survey =
        engine.getTaskService().createTaskQuery().processInstanceId(transition.getId())
            .taskDefinitionKey(TransitionContract.TASK_FILL_SURVEY).singleResult().getId();
    engine.getTaskService().complete(survey, TransitionDriver.survey());
    String coordination =
        engine.getTaskService().createTaskQuery().processInstanceId(transition.getId())
            .taskDefinitionKey(TransitionContract.TASK_COORDINATE_TECHNICALLY).singleResult().getId();
    assertThat(engine.getTaskService().getVariableLocal(coordination, "viewOpenComplaints"))
        .isEqualTo("KLH-" + complaint.id() + " | Lambat | Internet lama lambat sekali");
    Task evaluation = evaluationOf(transition);
    assertThat(evaluation).hasCandidateGroup(Groups.DISKOMINFO);
    assertThat(engine.getTaskService().getVariableLocal(evaluation.getId(), "viewComplaintDescription"))
        .isEqualTo("Internet lama lambat sekali");

    engine.getTaskService().complete(
        evaluation.getId(), Map.of("evaluationResult", "OPD_SIDE", "evaluationNotes", "Router OPD perlu diganti"));

    assertThat(complaints.require(complaint.id()).status()).isEqualTo(ComplaintStatus.CLOSED);
    assertThat(complaints.require(complaint.id()).evaluation().evaluationNotes()).isEqualTo("Router OPD perlu diganti");
    assertThat(transition).isWaitingAt(TransitionContract.TASK_COORDINATE_TECHNICALLY);
  }

  @Test
  void complaint_of_an_opd_not_in_transition_goes_to_the_support_process() {
    Complaint complaint = driver.fileComplaint("INSPEKTORAT", "OTHER", "Email tidak bisa dikirim");

    assertThat(complaint.route()).isEqualTo(ComplaintRoute.SUPPORT);
    assertThat(complaint.stage()).isEqualTo(ComplaintStage.AFTER_TRANSITION);
    ProcessInstance support = supportOf("INSPEKTORAT").get(0);
    assertThat(support).isWaitingAt(ComplaintCase.TASK_EVALUATE_COMPLAINT);
    assertThat(task(support)).hasCandidateGroup(Groups.DISKOMINFO);

    engine.getTaskService().complete(
        task(support).getId(), Map.of("evaluationResult", "PROVIDER_FAULT", "evaluationNotes", "Port Icon+ rusak"));

    assertThat(support).isEnded();
    assertThat(complaints.require(complaint.id()).evaluation().evaluationResult()).isEqualTo(EvaluationResult.PROVIDER_FAULT);
    assertThat(tickets.findByComplaintId(complaint.id())).get().extracting(TroubleTicket::status)
        .isEqualTo(TroubleTicket.OPEN);
  }

  @Test
  void missed_response_deadline_escalates_to_the_head_without_cancelling_the_evaluation() {
    // a frontline district office whose link is down: critical, two hours
    Complaint complaint = driver.fileComplaint("KEC-SAMBUTAN", "LINK_DOWN", "Loket KTP tidak bisa melayani");
    assertThat(complaint.severity()).isEqualTo(Severity.CRITICAL);
    assertThat(complaint.responseDueAt()).isEqualTo(now().plus(Duration.ofHours(2)));
    ProcessInstance support = supportOf("KEC-SAMBUTAN").get(0);

    advance(Duration.ofHours(2).plusMinutes(1));
    execute(job(ComplaintCase.EVENT_COMPLAINT_OVERDUE, support));

    assertThat(support)
        .isWaitingAt(ComplaintCase.TASK_EVALUATE_COMPLAINT, ComplaintCase.TASK_REVIEW_OVERDUE_COMPLAINT);
    Task review =
        taskQuery().processInstanceId(support.getId())
            .taskDefinitionKey(ComplaintCase.TASK_REVIEW_OVERDUE_COMPLAINT).singleResult();
    assertThat(review).hasCandidateGroup(Groups.KADIS_DISKOMINFO);
    assertThat(complaints.require(complaint.id()).escalation().escalatedAt()).isEqualTo(now());

    engine.getTaskService().complete(review.getId(), Map.of("escalationNotes", "Teknisi Icon+ diminta datang"));
    Task evaluation =
        taskQuery().processInstanceId(support.getId())
            .taskDefinitionKey(ComplaintCase.TASK_EVALUATE_COMPLAINT).singleResult();
    engine.getTaskService().complete(
        evaluation.getId(), Map.of("evaluationResult", "RESOLVED", "evaluationNotes", "Kabel diganti"));

    assertThat(support).isEnded();
    Complaint closed = complaints.require(complaint.id());
    assertThat(closed.status()).isEqualTo(ComplaintStatus.CLOSED);
    assertThat(closed.escalation().escalationNotes()).isEqualTo("Teknisi Icon+ diminta datang");
  }

  @Test
  void operator_reports_from_tasklist_and_gets_a_receipt_saying_where_it_went() {
    ProcessInstance transition = driver.startAndConnect("RSUD-IAMOEIS", FISCAL_YEAR);
    engine.getIdentityService().setAuthentication("opd.rsud-iamoeis", List.of("opd-rsud-iamoeis"));

    ProcessInstance report =
        engine.getFormService().submitStartForm(
            intakeDefinitionId(),
            Map.of("complaintCategory", "INTERMITTENT", "complaintDescription", "<b>IGD</b> putus-sambung"));
    engine.getIdentityService().clearAuthentication();

    assertThat(report).isWaitingAt("Task_ConfirmComplaintReceipt");
    assertThat(task(report)).hasCandidateGroup("opd-rsud-iamoeis");
    assertThat(task(report).getName()).isEqualTo("Tanda terima keluhan — RSUD-IAMOEIS");
    assertThat(engine.getTaskService().getVariableLocal(task(report).getId(), "viewComplaintRoute").toString())
        .startsWith("Diteruskan ke transisi OPD (tahap masa evaluasi)");
    Complaint complaint = complaints.historyOf("RSUD-IAMOEIS").get(0);
    assertThat(complaint.report().filedBy()).isEqualTo("opd.rsud-iamoeis");
    assertThat(complaint.description()).isEqualTo("<b>IGD</b> putus-sambung");
    assertThat(complaint.severity()).isEqualTo(Severity.HIGH);
    assertThat(transition).isWaitingAt(ComplaintCase.TASK_EVALUATE_COMPLAINT);
  }

  @Test
  void only_opd_users_report_and_a_user_of_no_opd_is_told_why() {
    engine.getIdentityService().setAuthentication("sekda", List.of(Groups.SEKDA));
    assertThatThrownBy(
            () ->
                engine.getFormService().submitStartForm(
                    intakeDefinitionId(), Map.of("complaintCategory", "OTHER", "complaintDescription", "tes")))
        .isInstanceOf(AuthorizationException.class);

    // the administrator may start every process, but belongs to no OPD
    engine.getIdentityService().setAuthentication("admin", List.of("camunda-admin"));
    long before = engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey(ComplaintIntakeContract.KEY).count();
    assertThatThrownBy(
            () ->
                engine.getFormService().submitStartForm(
                    intakeDefinitionId(), Map.of("complaintCategory", "OTHER", "complaintDescription", "tes")))
        .isInstanceOf(FormInputException.class)
        .hasMessageContaining("Formulir (form-report-complaint): akun Anda tidak terdaftar di grup OPD mana pun");
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey(ComplaintIntakeContract.KEY).count()).isEqualTo(before);
  }

  private Task evaluationOf(ProcessInstance instance) {
    return taskQuery()
        .processInstanceId(instance.getId())
        .taskDefinitionKey(ComplaintCase.TASK_EVALUATE_COMPLAINT)
        .singleResult();
  }

  private List<ProcessInstance> supportOf(String opdCode) {
    return engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(ComplaintSupportContract.KEY)
        .processInstanceBusinessKey(opdCode)
        .list();
  }

  private String intakeDefinitionId() {
    return engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(ComplaintIntakeContract.KEY).latestVersion().singleResult().getId();
  }
}
