package id.go.pemda.bandwidth.process.transition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import id.go.pemda.bandwidth.complaint.Complaint;
import id.go.pemda.bandwidth.complaint.ComplaintRoute;
import id.go.pemda.bandwidth.complaint.ComplaintService;
import id.go.pemda.bandwidth.complaint.ComplaintStatus;
import id.go.pemda.bandwidth.identity.Groups;
import id.go.pemda.bandwidth.process.ProcessVariable;
import id.go.pemda.bandwidth.process.contract.ComplaintCase;
import id.go.pemda.bandwidth.process.contract.ComplaintSupportContract;
import id.go.pemda.bandwidth.process.contract.ForceCutContract;
import id.go.pemda.bandwidth.process.contract.TransitionContract;
import id.go.pemda.bandwidth.process.form.FormInputException;
import id.go.pemda.bandwidth.support.ApplicationTest;
import id.go.pemda.bandwidth.support.Processes;
import id.go.pemda.bandwidth.support.TimeTravel;
import id.go.pemda.bandwidth.support.TransitionDriver;
import id.go.pemda.bandwidth.transition.DecisionRecord;
import id.go.pemda.bandwidth.transition.TransitionService;
import id.go.pemda.bandwidth.transition.TransitionStatus;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The transition deadline and the Sekda's decisions: force at the deadline, extend, "putus saja". */
@ApplicationTest
class DeadlineAndForceCutProcessTest {

  // Tests share one database: these OPDs belong to this class.
  private static final int FISCAL_YEAR = 2032;
  private static final Instant NOW = Instant.parse("2026-12-01T01:00:00Z");
  private static final Instant DEADLINE = Instant.parse("2026-12-31T15:59:00Z"); // 31 Dec, 23:59 WITA

  @Autowired ProcessEngine engine;
  @Autowired TransitionDriver driver;
  @Autowired TransitionService transitions;
  @Autowired ComplaintService complaints;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
    TimeTravel.to(NOW);
  }

  @Test
  void at_the_deadline_the_sekda_forces_the_revocation_and_open_complaints_go_to_support() {
    ProcessInstance instance = driver.start("BPBD", FISCAL_YEAR, DEADLINE);
    driver.connect(instance);
    Complaint open = driver.fileComplaint("BPBD", "SLOW", "Lambat saat jam sibuk");
    assertThat(job(TransitionContract.EVENT_TRANSITION_DEADLINE, instance).getDuedate()).isEqualTo(Date.from(DEADLINE));

    TimeTravel.to(DEADLINE.plusSeconds(60));
    execute(job(TransitionContract.EVENT_TRANSITION_DEADLINE, instance));

    assertThat(instance)
        .isWaitingAt(TransitionContract.TASK_DECIDE_OVERDUE_TRANSITION, TransitionContract.EVENT_QUIET_PERIOD_ELAPSED);
    String decision = taskOf(instance, TransitionContract.TASK_DECIDE_OVERDUE_TRANSITION);
    assertThat(engine.getTaskService().createTaskQuery().taskId(decision).singleResult()).hasCandidateGroup(Groups.SEKDA);
    assertThat(engine.getTaskService().getVariableLocal(decision, "viewDeadline")).isEqualTo("31-12-2026 23:59 WITA");

    engine.getTaskService().complete(
        decision, Map.of("overdueDecision", "FORCE_REVOCATION", "overdueReason", "Tidak ada kemajuan sejak November"));

    assertThat(instance)
        .hasPassed("EndEvent_RevocationForced", TransitionContract.TASK_HAND_OVER_COMPLAINTS)
        .hasNotPassed(TransitionContract.TASK_APPROVE_BUDGET_REVOCATION)
        .isWaitingAt(TransitionContract.TASK_RECORD_BUDGET_REVOCATION);
    assertThat(task(instance)).hasCandidateGroup(Groups.BPKAD);
    Long transitionId = variable(instance, TransitionContract.TRANSITION_ID);
    assertThat(transitions.latestDecision(transitionId, TransitionContract.TASK_DECIDE_OVERDUE_TRANSITION).orElseThrow())
        .extracting(DecisionRecord::decision, DecisionRecord::reason)
        .containsExactly("FORCE_REVOCATION", "Tidak ada kemajuan sejak November");
    assertThat(transitions.require(transitionId).status()).isEqualTo(TransitionStatus.BUDGET_REVOCATION);
    assertOpenComplaintHandedToSupport(open);
  }

  @Test
  void an_extended_opd_comes_back_to_the_sekda_at_the_new_date() {
    ProcessInstance instance = driver.start("KEC-SAMARINDA-KOTA", FISCAL_YEAR, DEADLINE);
    // one minute past the deadline it is already 1 January 2027 in Samarinda
    TimeTravel.to(DEADLINE.plusSeconds(60));
    execute(job(TransitionContract.EVENT_TRANSITION_DEADLINE, instance));
    String decision = taskOf(instance, TransitionContract.TASK_DECIDE_OVERDUE_TRANSITION);

    assertThatThrownBy(
            () ->
                engine.getTaskService().complete(
                    decision,
                    Map.of("overdueDecision", "EXTEND", "newDeadline", "2027-01-01", "overdueReason", "Menunggu kabel")))
        .isInstanceOf(FormInputException.class)
        .hasMessageContaining("Tenggat baru (newDeadline): harus setelah hari ini (2027-01-01)");

    engine.getTaskService().complete(
        decision, Map.of("overdueDecision", "EXTEND", "newDeadline", "2027-02-28", "overdueReason", "Menunggu kabel"));

    Instant extended = Instant.parse("2027-02-28T15:59:00Z");
    assertThat(instance)
        .isWaitingAt(TransitionContract.TASK_FILL_SURVEY, TransitionContract.EVENT_TRANSITION_DEADLINE);
    assertThat(job(TransitionContract.EVENT_TRANSITION_DEADLINE, instance).getDuedate()).isEqualTo(Date.from(extended));
    assertThat(transitions.require(variable(instance, TransitionContract.TRANSITION_ID)).deadline()).isEqualTo(extended);

    TimeTravel.to(extended.plusSeconds(60));
    execute(job(TransitionContract.EVENT_TRANSITION_DEADLINE, instance));
    assertThat(instance).isWaitingAt(TransitionContract.TASK_DECIDE_OVERDUE_TRANSITION, TransitionContract.TASK_FILL_SURVEY);
  }

  @Test
  void the_sekda_cuts_an_opd_mid_evaluation_and_its_steps_end_cleanly() {
    ProcessInstance instance = driver.start("DISDAMKAR", FISCAL_YEAR);
    driver.connect(instance);
    Complaint open = driver.fileComplaint("DISDAMKAR", "INTERMITTENT", "Radio panggilan putus-sambung");
    assertThat(instance).isWaitingAt(TransitionContract.EVENT_QUIET_PERIOD_ELAPSED, ComplaintCase.TASK_EVALUATE_COMPLAINT);

    ProcessInstance cut =
        engine.getRuntimeService().startProcessInstanceByKey(
            ForceCutContract.KEY, Map.of("opdCode", "disdamkar", "forceCutReason", "Putus saja, demi perubahan"));

    assertThat(cut).isEnded();
    assertThat(instance)
        .hasPassed("Event_ForceCutRequested", TransitionContract.TASK_HAND_OVER_COMPLAINTS)
        .isWaitingAt(TransitionContract.TASK_RECORD_BUDGET_REVOCATION);
    assertThat(engine.getRuntimeService().createEventSubscriptionQuery().processInstanceId(instance.getId()).count())
        .isZero();
    assertThat(engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).count()).isZero();
    Long transitionId = variable(instance, TransitionContract.TRANSITION_ID);
    assertThat(transitions.latestDecision(transitionId, ForceCutContract.STEP_FORCE_CUT).orElseThrow().reason())
        .isEqualTo("Putus saja, demi perubahan");
    assertOpenComplaintHandedToSupport(open);

    // the rest of the way is the usual one
    engine.getTaskService().complete(task(instance).getId(), Map.of("budgetDocumentNumber", "DPPA/2032/DAMKAR"));
    engine.getTaskService().complete(
        task(instance).getId(), Map.of("ispTerminatedOn", "2026-12-31", "ispTerminationReference", "01/ISP"));
    assertThat(instance).isEnded();
  }

  @Test
  void an_opd_not_in_transition_cannot_be_cut() {
    long cuts = engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey(ForceCutContract.KEY).count();

    assertThatThrownBy(
            () ->
                engine.getRuntimeService().startProcessInstanceByKey(
                    ForceCutContract.KEY, Map.of("opdCode", "KEC-SUNGAI-PINANG", "forceCutReason", "tes")))
        .isInstanceOf(FormInputException.class)
        .hasMessageContaining("Kode OPD (opdCode): OPD KEC-SUNGAI-PINANG tidak sedang dalam transisi");
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey(ForceCutContract.KEY).count()).isEqualTo(cuts);
  }

  private void assertOpenComplaintHandedToSupport(Complaint open) {
    Complaint handedOver = complaints.require(open.id());
    assertThat(handedOver.status()).isEqualTo(ComplaintStatus.OPEN);
    assertThat(handedOver.route()).isEqualTo(ComplaintRoute.SUPPORT);
    ProcessInstance support =
        engine.getRuntimeService().createProcessInstanceQuery()
            .processDefinitionKey(ComplaintSupportContract.KEY)
            .processInstanceBusinessKey(open.opdCode())
            .singleResult();
    assertThat(support).isWaitingAt(ComplaintCase.TASK_EVALUATE_COMPLAINT);
    assertThat(engine.getRuntimeService().getVariable(support.getId(), ComplaintCase.COMPLAINT_ID.name()))
        .isEqualTo(open.id());
  }

  private String taskOf(ProcessInstance instance, String taskKey) {
    return engine.getTaskService().createTaskQuery()
        .processInstanceId(instance.getId()).taskDefinitionKey(taskKey).singleResult().getId();
  }

  private <T> T variable(ProcessInstance instance, ProcessVariable<T> variable) {
    return Processes.variable(engine, instance, variable);
  }
}
