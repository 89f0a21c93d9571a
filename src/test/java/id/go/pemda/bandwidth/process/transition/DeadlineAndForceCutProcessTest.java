package id.go.pemda.bandwidth.process.transition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import id.go.pemda.bandwidth.process.form.FormSubmissions;
import id.go.pemda.bandwidth.budget.BudgetService;
import id.go.pemda.bandwidth.budget.BudgetStatus;
import id.go.pemda.bandwidth.campaign.TransitionDeadline;
import id.go.pemda.bandwidth.complaint.Complaint;
import id.go.pemda.bandwidth.complaint.ComplaintRoute;
import id.go.pemda.bandwidth.complaint.ComplaintService;
import id.go.pemda.bandwidth.complaint.ComplaintStage;
import id.go.pemda.bandwidth.complaint.ComplaintStatus;
import id.go.pemda.bandwidth.identity.Groups;
import id.go.pemda.bandwidth.process.contract.ComplaintCaseContract;
import id.go.pemda.bandwidth.process.contract.ForceCutContract;
import id.go.pemda.bandwidth.process.contract.TransitionContract;
import id.go.pemda.bandwidth.process.form.FormInputException;
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
import id.go.pemda.bandwidth.transition.TransitionService;
import id.go.pemda.bandwidth.transition.TransitionStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The Sekda's decisions that are not a budget path of their own: the deadline forced while a
 * complaint is open (the move goes to BPKAD, the complaint stays in its case with Diskominfo),
 * an extension to a day that is not after today, and "putus saja" for an OPD with no
 * transition. The cut at every stage, the bounded extension and the deadline at each stage are
 * in {@link BudgetPathsProcessTest}.
 */
@ApplicationTest
class DeadlineAndForceCutProcessTest {

  private static final int FISCAL_YEAR = 2027;
  /** 31 December 2026, 23.59 WITA. */
  private static final Instant DEADLINE = TransitionDeadline.defaultFor(FISCAL_YEAR, PemdaZone.WITA);
  private static final BigDecimal PAGU = new BigDecimal("48000000");

  @Autowired ProcessEngine engine;

  @Autowired FormShown formShown;
  @Autowired FormSubmissions submissions;
  @Autowired TransitionDriver driver;
  @Autowired TransitionService transitions;
  @Autowired ComplaintService complaints;
  @Autowired BudgetService budgets;
  @Autowired TestOpds opds;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
    // 1 December 2026, 09.00 WITA: the APBD 2027 is adopted
    TimeTravel.to(Instant.parse("2026-12-01T01:00:00Z"));
  }

  @AfterEach
  void signOut() {
    engine.getIdentityService().clearAuthentication();
  }

  @Test
  void at_the_deadline_the_sekda_forces_the_move_and_an_open_complaint_stays_in_its_case_with_diskominfo() {
    String opd = opds.register("UJI-TENGGAT-KELUHAN");
    budgets.record(opd, FISCAL_YEAR, PAGU, BigDecimal.ZERO);
    ProcessInstance transition = driver.startAndConnect(opd, FISCAL_YEAR);
    Long transitionId = Processes.variable(engine, transition, TransitionContract.TRANSITION_ID);
    Complaint open = driver.fileComplaint(opd, "SLOW", "Lambat saat jam sibuk");
    ProcessInstance complaintCase = caseOf(transition);
    assertThat(open.stage()).isEqualTo(ComplaintStage.MONITORING);

    TimeTravel.to(DEADLINE.plusSeconds(60));
    driver.runJobs(transition, TransitionContract.EVENT_TRANSITION_DEADLINE);
    Task decide = driver.task(transition, TransitionContract.TASK_DECIDE_OVERDUE_TRANSITION);
    assertThat(decide).hasCandidateGroup(Groups.SEKDA);
    assertThat(formShown.of(decide.getId(), TransitionViews.DEADLINE))
        .isEqualTo("31 Desember 2026 23.59 WITA");
    driver.complete(decide, Map.of("overdueDecision", "FORCE_REVOCATION", "overdueReason", "Tidak ada kemajuan"));

    // the move goes to BPKAD at once, without the Sekda's approval of the monitoring's end
    Task record = driver.task(transition, TransitionContract.TASK_RECORD_BUDGET_REVOCATION);
    assertThat(record).hasCandidateGroup(Groups.BPKAD);
    assertThat(transition).hasPassed(TransitionContract.EVENT_CUT_DURING_MONITORING)
        .hasNotPassed(TransitionContract.TASK_APPROVE_BUDGET_REVOCATION);
    assertThat(transitions.require(transitionId).status()).isEqualTo(TransitionStatus.BUDGET_REVOCATION);
    assertThat(transitions.latestDecision(transitionId, TransitionContract.TASK_DECIDE_OVERDUE_TRANSITION).orElseThrow())
        .extracting(DecisionRecord::decision, DecisionRecord::reason)
        .containsExactly("FORCE_REVOCATION", "Tidak ada kemajuan");
    // the complaint is not handed anywhere: its case goes on with Diskominfo, unchanged
    Complaint stillOpen = complaints.require(open.id());
    assertThat(stillOpen.status()).isEqualTo(ComplaintStatus.OPEN);
    assertThat(stillOpen.route()).isEqualTo(ComplaintRoute.TRANSITION);
    assertThat(stillOpen.caseProcessInstanceId()).isEqualTo(complaintCase.getId());
    assertThat(complaintCase).isWaitingAt(ComplaintCaseContract.TASK_EVALUATE_COMPLAINT);
    assertThat(driver.caseTask(open.id(), ComplaintCaseContract.TASK_EVALUATE_COMPLAINT)).hasCandidateGroup(Groups.DISKOMINFO);

    driver.complete(driver.caseTask(open.id(), ComplaintCaseContract.TASK_EVALUATE_COMPLAINT), TransitionDriver.evaluation("RESOLVED"));
    assertThat(complaintCase).isEnded();
    assertThat(complaints.require(open.id()).status()).isEqualTo(ComplaintStatus.CLOSED);

    driver.complete(record, Map.of("instrument", "PERGESERAN", "tapdDecisionNumber", "BA TAPD 1/2027", "documentNumber", "Perwali 3/2027",
        "documentDate", TimeTravel.now().atZone(PemdaZone.WITA.zone()).toLocalDate().toString()));
    assertThat(budgets.line(opd, FISCAL_YEAR).orElseThrow().status()).isEqualTo(BudgetStatus.REVOKED);
    Task terminate = driver.task(transition, TransitionContract.TASK_CONFIRM_ISP_TERMINATION);
    assertThat(terminate).hasCandidateGroup(Groups.opd(opd));
    driver.complete(terminate, Map.of("ispTerminatedOn", "2026-12-31", "ispTerminationReference", "01/ISP/2026",
        "signerName", "Dr. Andi", "signedByHead", true));
    assertThat(transition).isEnded().hasPassed(TransitionContract.END_TRANSITION_COMPLETED);
  }

  @Test
  void an_extension_to_today_is_refused_and_the_sekda_still_decides() {
    String opd = opds.register("UJI-TENGGAT-HARI-INI");
    ProcessInstance transition = driver.start(opd, FISCAL_YEAR);
    Long transitionId = Processes.variable(engine, transition, TransitionContract.TRANSITION_ID);
    // one minute past the deadline it is already 1 January 2027 in Samarinda
    TimeTravel.to(DEADLINE.plusSeconds(60));
    driver.runJobs(transition, TransitionContract.EVENT_TRANSITION_DEADLINE);
    Task decide = driver.task(transition, TransitionContract.TASK_DECIDE_OVERDUE_TRANSITION);

    assertThatThrownBy(() -> driver.complete(decide,
            Map.of("overdueDecision", "EXTEND", "newDeadline", "2027-01-01", "overdueReason", "Menunggu kabel")))
        .isInstanceOf(FormInputException.class)
        .hasMessageContaining("(newDeadline): harus setelah hari ini");

    assertThat(driver.task(transition, TransitionContract.TASK_DECIDE_OVERDUE_TRANSITION).getId()).isEqualTo(decide.getId());
    assertThat(driver.task(transition, TransitionContract.TASK_DECIDE_OVERDUE_TRANSITION)).hasCandidateGroup(Groups.SEKDA);
    assertThat(transition).isWaitingAt(TransitionContract.TASK_FILL_SURVEY, TransitionContract.TASK_DECIDE_OVERDUE_TRANSITION);
    assertThat(transitions.require(transitionId).deadline()).isEqualTo(DEADLINE);
    assertThat(transitions.latestDecision(transitionId, TransitionContract.TASK_DECIDE_OVERDUE_TRANSITION)).isEmpty();
  }

  @Test
  void an_opd_not_in_transition_cannot_be_cut() {
    String opd = opds.register("UJI-BUKAN-TRANSISI");
    long cuts = cuts();

    assertThatThrownBy(() -> cutAsSekda(opd))
        .isInstanceOf(FormInputException.class)
        .hasMessageContaining("(opdCode): OPD " + opd + " tidak sedang dalam transisi");
    assertThat(cuts()).isEqualTo(cuts);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(opd).count()).isZero();
  }

  private void cutAsSekda(String opd) {
    List<String> groups =
        engine.getIdentityService().createGroupQuery().groupMember("sekda").list().stream().map(Group::getId).toList();
    engine.getIdentityService().setAuthentication("sekda", groups, List.of(Tenants.DEFAULT)); // as Cockpit and Tasklist: with the Pemda
    String definitionId = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(ForceCutContract.KEY).latestVersion().singleResult().getId();
    submissions.start(definitionId, null, Map.of("opdCode", opd, "forceCutReason", "Putus saja"));
  }

  private long cuts() {
    return engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(ForceCutContract.KEY)
        .count();
  }

  private ProcessInstance caseOf(ProcessInstance transition) {
    return engine.getRuntimeService().createProcessInstanceQuery()
        .superProcessInstanceId(transition.getId()).processDefinitionKey(ComplaintCaseContract.KEY).singleResult();
  }
}
