package id.go.pemda.bandwidth.process.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import id.go.pemda.bandwidth.process.form.FormSubmissions;
import id.go.pemda.bandwidth.complaint.Complaint;
import id.go.pemda.bandwidth.complaint.ComplaintChannel;
import id.go.pemda.bandwidth.complaint.ComplaintRoute;
import id.go.pemda.bandwidth.complaint.ComplaintService;
import id.go.pemda.bandwidth.complaint.ComplaintStage;
import id.go.pemda.bandwidth.identity.Groups;
import id.go.pemda.bandwidth.process.contract.ComplaintCaseContract;
import id.go.pemda.bandwidth.process.contract.ComplaintIntakeContract;
import id.go.pemda.bandwidth.process.contract.TransitionContract;
import id.go.pemda.bandwidth.process.form.FormInputException;
import id.go.pemda.bandwidth.process.view.ComplaintViews;
import id.go.pemda.bandwidth.support.FormShown;
import id.go.pemda.bandwidth.support.ApplicationTest;
import id.go.pemda.bandwidth.support.TimeTravel;
import id.go.pemda.bandwidth.support.TransitionDriver;
import id.go.pemda.bandwidth.tenant.Tenants;
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
 * "Lapor keluhan jaringan" from Tasklist ({@code complaint-intake.bpmn}): the OPD is the one of
 * the reporting operator, the complaint goes to its transition's case, a receipt tells the OPD
 * where it went; a user of no OPD is told why and nothing is filed.
 */
@ApplicationTest
class ComplaintIntakeProcessTest {

  // Tests share one database: this demo OPD (it has its demo operator) belongs to this class.
  private static final String OPD = "RSUD-IAMOEIS";
  private static final String OPD_USER = "opd.rsud-iamoeis";
  // The transition deadline (31 December 2028) stays far beyond the test's clock.
  private static final int FISCAL_YEAR = 2029;

  @Autowired ProcessEngine engine;

  @Autowired FormShown formShown;
  @Autowired FormSubmissions submissions;
  @Autowired TransitionDriver driver;
  @Autowired ComplaintService complaints;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
    TimeTravel.to(Instant.parse("2026-12-01T01:00:00Z"));
  }

  @AfterEach
  void signOut() {
    engine.getIdentityService().clearAuthentication();
  }

  @Test
  void operator_reports_from_tasklist_and_gets_a_receipt_saying_where_it_went() {
    ProcessInstance transition = driver.startAndConnect(OPD, FISCAL_YEAR);
    engine.getIdentityService().setAuthentication(OPD_USER, List.of(Groups.opd(OPD)), List.of(Tenants.DEFAULT)); // as Tasklist: with the Pemda

    ProcessInstance report = submissions.start(intakeDefinitionId(), null,
        Map.of("complaintCategory", "INTERMITTENT", "complaintDescription", "<b>IGD</b> putus-sambung"));
    engine.getIdentityService().clearAuthentication();

    assertThat(report).hasPassed(ComplaintIntakeContract.TASK_ROUTE_COMPLAINT)
        .isWaitingAt(ComplaintIntakeContract.TASK_CONFIRM_RECEIPT);
    Task receipt = engine.getTaskService().createTaskQuery().processInstanceId(report.getId()).singleResult();
    assertThat(receipt).hasCandidateGroup(Groups.opd(OPD));
    assertThat(receipt.getName()).isEqualTo("Tanda terima keluhan — " + OPD);
    assertThat(formShown.of(receipt.getId(), ComplaintViews.ROUTE).toString())
        .startsWith("Diteruskan ke transisi OPD (tahap " + ComplaintStage.MONITORING.label() + ")");
    // stored as typed, shown as text, never run as markup
    Complaint complaint = complaints.historyOf(OPD).get(0);
    assertThat(complaint.report().filedBy()).isEqualTo(OPD_USER);
    assertThat(complaint.report().channel()).isEqualTo(ComplaintChannel.TASKLIST);
    assertThat(complaint.description()).isEqualTo("<b>IGD</b> putus-sambung");
    assertThat(complaint.route()).isEqualTo(ComplaintRoute.TRANSITION);
    // the transition's complaint case has it, with Diskominfo to evaluate
    ProcessInstance complaintCase = engine.getRuntimeService().createProcessInstanceQuery()
        .superProcessInstanceId(transition.getId()).processDefinitionKey(ComplaintCaseContract.KEY).singleResult();
    assertThat(complaints.require(complaint.id()).caseProcessInstanceId()).isEqualTo(complaintCase.getId());
    assertThat(complaintCase).isWaitingAt(ComplaintCaseContract.TASK_EVALUATE_COMPLAINT);
    assertThat(driver.caseTask(complaint.id(), ComplaintCaseContract.TASK_EVALUATE_COMPLAINT))
        .hasCandidateGroup(complaint.handlingGroup());
    assertThat(transition).isWaitingAt(TransitionContract.EVENT_QUIET_PERIOD_ELAPSED, TransitionContract.CALL_COMPLAINT_CASE);

    driver.complete(receipt, Map.of());
    assertThat(report).isEnded();
  }

  @Test
  void only_opd_users_report_and_a_user_of_no_opd_is_told_why() {
    engine.getIdentityService().setAuthentication("sekda", List.of(Groups.SEKDA), List.of(Tenants.DEFAULT));
    assertThatThrownBy(() -> submissions.start(intakeDefinitionId(), null, Map.of("complaintCategory", "OTHER", "complaintDescription", "tes")))
        .isInstanceOf(AuthorizationException.class);

    // the administrator may start every process, but belongs to no Pemda: nothing starts, not as Samarinda's
    engine.getIdentityService().setAuthentication("admin", List.of("camunda-admin"));
    long before = engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey(ComplaintIntakeContract.KEY).count();
    assertThatThrownBy(() -> submissions.start(intakeDefinitionId(), null, Map.of("complaintCategory", "OTHER", "complaintDescription", "tes")))
        .hasMessageContaining("tidak dapat dimulai tanpa Pemda");
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey(ComplaintIntakeContract.KEY).count()).isEqualTo(before);
  }

  private String intakeDefinitionId() {
    return engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(ComplaintIntakeContract.KEY).latestVersion().singleResult().getId();
  }
}
