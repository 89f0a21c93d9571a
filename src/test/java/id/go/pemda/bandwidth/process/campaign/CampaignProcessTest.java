package id.go.pemda.bandwidth.process.campaign;

import static id.go.pemda.bandwidth.support.TransitionDriver.ownIspSite;
import static id.go.pemda.bandwidth.support.TransitionDriver.survey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;

import id.go.pemda.bandwidth.process.form.FormSubmissions;
import id.go.pemda.bandwidth.campaign.CampaignOpd;
import id.go.pemda.bandwidth.campaign.CampaignOpdRepository;
import id.go.pemda.bandwidth.budget.BudgetService;
import id.go.pemda.bandwidth.campaign.CampaignRepository;
import id.go.pemda.bandwidth.campaign.CampaignService;
import id.go.pemda.bandwidth.identity.Groups;
import id.go.pemda.bandwidth.process.contract.CampaignContract;
import id.go.pemda.bandwidth.process.contract.TransitionContract;
import id.go.pemda.bandwidth.process.view.TransitionViews;
import id.go.pemda.bandwidth.process.form.FormInputException;
import id.go.pemda.bandwidth.shared.PemdaZone;
import id.go.pemda.bandwidth.tenant.Tenants;
import id.go.pemda.bandwidth.transition.ForceCutService;
import id.go.pemda.bandwidth.support.FormShown;
import id.go.pemda.bandwidth.support.ApplicationTest;
import id.go.pemda.bandwidth.support.Processes;
import id.go.pemda.bandwidth.support.TestOpds;
import id.go.pemda.bandwidth.support.TimeTravel;
import id.go.pemda.bandwidth.support.TransitionDriver;
import id.go.pemda.bandwidth.transition.TransitionService;
import id.go.pemda.bandwidth.transition.TransitionStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The paths of {@code bpmn/bandwidth-campaign.bpmn}. A program is one per fiscal year, so each
 * test started through the form owns its fiscal year (2026 to 2031, what the form allows; two
 * tests move the clock to own a later one).
 */
@ApplicationTest
class CampaignProcessTest {

  @Autowired ProcessEngine engine;

  @Autowired FormShown formShown;
  @Autowired FormSubmissions submissions;
  @Autowired CampaignService campaigns;
  @Autowired CampaignRepository campaignRows;
  @Autowired CampaignOpdRepository campaignOpdRows;
  @Autowired TransitionService transitionRows;
  @Autowired ForceCutService forceCut;
  @Autowired TransitionDriver driver;
  @Autowired TestOpds opds;
  @Autowired BudgetService budgets;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
    TimeTravel.to(Instant.parse("2026-11-02T00:30:00Z"));
  }

  @Test
  void campaign_starts_one_transition_per_opd_frontline_first() {
    // a frontline department, a frontline district office and a back-office secretariat
    String department = opds.register("TEST-CAMPAIGN-DINAS", "DINAS", true);
    String district = opds.register("TEST-CAMPAIGN-KECAMATAN", "KECAMATAN", true);
    String secretariat = opds.register("TEST-CAMPAIGN-SEKRETARIAT", "SEKRETARIAT", false);
    ProcessInstance campaign =
        start(form(2029, Map.of("opdCodes", secretariat.toLowerCase() + ", " + district + " " + department)));

    assertThat(campaign).hasPassed(CampaignContract.TASK_PLAN_CAMPAIGN).isWaitingAt(CampaignContract.CALL_OPD_TRANSITION_BODY);
    Long campaignId = campaignIdOf(campaign);
    // frontline large unit (1), frontline district office (2), back office (3)
    assertThat(campaigns.opdCodesInOrder(campaignId)).containsExactly(department, district, secretariat);
    assertThat(campaigns.require(campaignId).fiscalYear()).isEqualTo(2029);
    assertThat(campaigns.require(campaignId).quietPeriodDays()).isEqualTo(30);
    assertThat(campaigns.require(campaignId).name()).isEqualTo("Program uji 2029");
    // double spending is tolerated until the end of the year before: 31 December 2028, 23:59 WITA
    assertThat(campaigns.require(campaignId).transitionDeadline()).isEqualTo(Instant.parse("2028-12-31T15:59:00Z"));
    assertThat(engine.getRuntimeService().getVariables(campaign.getId()))
        .doesNotContainKeys("programName", "fiscalYear", "quietPeriodDays", "opdCodes");

    execute(job(CampaignContract.CALL_OPD_TRANSITION_BODY, campaign));

    List<ProcessInstance> transitions = transitionsOf(campaign);
    assertThat(transitions).extracting(ProcessInstance::getBusinessKey)
        .containsExactlyInAnyOrder(department, district, secretariat);
    for (ProcessInstance transition : transitions) {
      assertThat(transition).isWaitingAt(TransitionContract.TASK_FILL_SURVEY);
      assertThat(driver.task(transition, TransitionContract.TASK_FILL_SURVEY))
          .hasCandidateGroup(Groups.opd(transition.getBusinessKey()));
    }
    // frontline OPDs come first in Tasklist: their tasks carry a higher priority
    assertThat(surveyPriorityOf(transitions, department)).isEqualTo(80);
    assertThat(surveyPriorityOf(transitions, district)).isEqualTo(60);
    assertThat(surveyPriorityOf(transitions, secretariat)).isEqualTo(40);
  }

  @Test
  void campaign_over_all_opds_leaves_out_the_central_office() {
    ProcessInstance campaign = start(form(2030, Map.of()));

    Long campaignId = campaignIdOf(campaign);
    List<String> ranked = campaignOpdRows.findByCampaignIdOrderByRankInCampaign(campaignId).stream()
        .map(CampaignOpd::opdCode).toList();
    assertThat(ranked).hasSize(40).doesNotContain("DISKOMINFO");
    assertThat(ranked.subList(0, 3)).containsExactly("BAPENDA", "BPBD", "DINKES");
    assertThat(ranked.get(ranked.size() - 1)).isEqualTo("SATPOLPP");
    // OPDs other tests left in a transition of their own are left out, each with the reason
    List<String> leftOut = campaigns.leftOut(campaignId).stream().map(CampaignOpd::opdCode).toList();
    assertThat(campaigns.opdCodesInOrder(campaignId))
        .containsExactlyElementsOf(ranked.stream().filter(code -> !leftOut.contains(code)).toList());
    assertThat(campaigns.leftOut(campaignId)).allSatisfy(opd -> assertThat(opd.leftOutReason()).startsWith("masih dalam transisi OPD TA"));
  }

  @Test
  void an_opd_still_in_another_transition_is_left_out_of_a_later_program_which_says_why() {
    // 2 November 2037: the form offers 2037 to 2042; 2038 and 2040 are years no other test uses
    TimeTravel.to(Instant.parse("2037-11-02T00:30:00Z"));
    String busy = opds.register("TEST-CAMPAIGN-SIBUK");
    String free = opds.register("TEST-CAMPAIGN-BEBAS");
    // another program's transition of the OPD, still at its survey
    driver.start(busy, 2040, Instant.parse("2037-12-31T15:59:00Z"));

    ProcessInstance campaign = start(form(2038, Map.of("opdCodes", busy + ", " + free)));

    Long campaignId = campaignIdOf(campaign);
    assertThat(campaigns.opdCodesInOrder(campaignId)).containsExactly(free);
    String why = "masih dalam transisi OPD TA 2040 (tahap: " + TransitionStatus.SURVEY.label()
        + "); satu OPD hanya dalam satu transisi terbuka";
    assertThat(campaigns.leftOut(campaignId)).singleElement()
        .satisfies(opd -> assertThat(opd.opdCode()).isEqualTo(busy))
        .satisfies(opd -> assertThat(opd.leftOutReason()).isEqualTo(why));
    assertThat(engine.getRuntimeService().getVariable(campaign.getId(), CampaignContract.LEFT_OUT_OPDS.name()))
        .isEqualTo(busy + ": " + why);

    execute(job(CampaignContract.CALL_OPD_TRANSITION_BODY, campaign));
    assertThat(transitionsOf(campaign)).extracting(ProcessInstance::getBusinessKey).containsExactly(free);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(TransitionContract.KEY)
        .processInstanceBusinessKey(busy).count()).isEqualTo(1);
  }

  @Test
  void a_deadline_after_the_end_of_the_year_before_the_fiscal_year_is_refused() {
    long campaignsBefore = campaignRows.count();

    assertThatThrownBy(() -> start(form(2027, Map.of("opdCodes", "DLH", "transitionDeadline", "2030-06-30"))))
        .isInstanceOf(FormInputException.class)
        .hasMessageContaining("(transitionDeadline): paling lambat 31 Desember 2026");
    assertThat(campaignRows.count()).isEqualTo(campaignsBefore);
  }

  @Test
  void campaign_ends_when_every_transition_has_ended() {
    String opd = opds.register("TEST-CAMPAIGN-END");
    // BPKAD has loaded the OPD's line: the Sekda approves a known amount
    budgets.record(opd, 2031, new BigDecimal("36000000"), BigDecimal.ZERO);
    ProcessInstance campaign = start(form(2031, Map.of("opdCodes", opd)));
    execute(job(CampaignContract.CALL_OPD_TRANSITION_BODY, campaign));
    ProcessInstance transition = transitionsOf(campaign).get(0);

    connect(transition, "2030-12-31");
    driver.passMonitoring(transition);
    driver.confirmMonitoringEnd(transition);
    driver.complete(driver.task(transition, TransitionContract.TASK_APPROVE_BUDGET_REVOCATION),
        Map.of("revocationDecision", "APPROVE"));
    // in 2026 the APBD 2031 is far from adopted: the line is left out of its RKA
    driver.complete(driver.task(transition, TransitionContract.TASK_RECORD_BUDGET_REVOCATION), recorded("RKA_NOT_PROPOSED"));
    assertThat(campaign).isNotEnded();
    driver.complete(driver.task(transition, TransitionContract.TASK_CONFIRM_ISP_TERMINATION), terminated("2030-12-31"));

    assertThat(transition).isEnded();
    assertThat(campaign).isEnded().hasPassed(CampaignContract.END_CAMPAIGN_COMPLETED);
  }

  @Test
  void a_campaign_whose_opds_end_in_different_ways_ends_when_both_have() {
    // 5 December 2036: the APBD 2037 is adopted; a year no other test uses
    TimeTravel.to(Instant.parse("2036-12-05T01:00:00Z"));
    String normal = opds.register("TEST-CAMPAIGN-BIASA");
    String cutEarly = opds.register("TEST-CAMPAIGN-DIPOTONG");
    budgets.record(normal, 2037, new BigDecimal("36000000"), BigDecimal.ZERO);
    budgets.record(cutEarly, 2037, new BigDecimal("36000000"), BigDecimal.ZERO);
    ProcessInstance campaign =
        start(form(2037, Map.of("opdCodes", normal + ", " + cutEarly, "transitionDeadline", "2036-12-31")));
    execute(job(CampaignContract.CALL_OPD_TRANSITION_BODY, campaign));
    ProcessInstance approved = transitionOf(campaign, normal);
    ProcessInstance cut = transitionOf(campaign, cutEarly);
    Long approvedId = transitionId(approved);
    Long cutId = transitionId(cut);

    // the Sekda cuts one OPD's budget while its survey is still open; BPKAD records the move
    forceCut.cut(transitionRows.require(cutId), "Putus saja", "sekda");
    // the adopted APBD changes within its fiscal year: BPKAD records the pergeseran in January
    TimeTravel.intoFiscalYear(2037);
    driver.complete(driver.task(cut, TransitionContract.TASK_RECORD_BUDGET_REVOCATION), recorded("PERGESERAN"));
    assertThat(transitionRows.require(cutId).budgetRevokedAt()).isNotNull();
    assertThat(cut).isWaitingAt(TransitionContract.TASK_FILL_SURVEY);

    // the other goes the usual way and ends first
    connect(approved, "2036-12-31");
    driver.passMonitoring(approved);
    driver.confirmMonitoringEnd(approved);
    driver.complete(driver.task(approved, TransitionContract.TASK_APPROVE_BUDGET_REVOCATION),
        Map.of("revocationDecision", "APPROVE"));
    driver.complete(driver.task(approved, TransitionContract.TASK_RECORD_BUDGET_REVOCATION), recorded("PERGESERAN"));
    // its contract ran to the end of 2036; the OPD ends it on the day of its central link's acceptance
    driver.complete(driver.task(approved, TransitionContract.TASK_CONFIRM_ISP_TERMINATION), terminated("2037-01-02"));
    assertThat(approved).isEnded().hasPassed(TransitionContract.TASK_APPROVE_BUDGET_REVOCATION);
    assertThat(campaign).isNotEnded().isWaitingAt(CampaignContract.CALL_OPD_TRANSITION);

    // the cut OPD still gets its network, and only then ends its old contract
    connect(cut, "2036-12-31");
    assertThat(transitionRows.require(cutId).status()).isEqualTo(TransitionStatus.ISP_TERMINATION);
    assertThat(campaign).isNotEnded();
    // its link was accepted today: its own ISP was paid until today, and ends today
    driver.complete(driver.task(cut, TransitionContract.TASK_CONFIRM_ISP_TERMINATION),
        terminated(TimeTravel.now().atZone(PemdaZone.WITA.zone()).toLocalDate().toString()));

    assertThat(cut).isEnded().hasNotPassed(TransitionContract.TASK_APPROVE_BUDGET_REVOCATION);
    assertThat(transitionRows.require(cutId).status()).isEqualTo(TransitionStatus.COMPLETED);
    assertThat(transitionRows.require(approvedId).status()).isEqualTo(TransitionStatus.COMPLETED);
    assertThat(campaign).isEnded().hasPassed(CampaignContract.END_CAMPAIGN_COMPLETED);
  }

  @Test
  void a_program_closes_at_its_end_date_handing_each_unfinished_opd_to_the_sekda() {
    // years later, so the form allows the fiscal year 2043, which no other test uses
    TimeTravel.to(Instant.parse("2038-11-02T00:30:00Z"));
    String stuck = opds.register("TEST-CAMPAIGN-TERTAHAN");
    ProcessInstance campaign = start(form(2043, Map.of("opdCodes", stuck)));
    // 31 December 2043, 23.59 WITA; the Sekda has seven days from the first day after it
    assertThat(Processes.variable(engine, campaign, CampaignContract.PROGRAM_ENDS_AT))
        .isEqualTo(java.util.Date.from(Instant.parse("2043-12-31T15:59:00Z")));
    execute(job(CampaignContract.CALL_OPD_TRANSITION_BODY, campaign));
    ProcessInstance transition = transitionOf(campaign, stuck);
    Long transitionId = transitionId(transition);

    TimeTravel.to(Instant.parse("2043-12-31T16:00:00Z"));
    execute(job(CampaignContract.EVENT_PROGRAM_ENDED, campaign));

    org.camunda.bpm.engine.task.Task takeOver = engine.getTaskService().createTaskQuery()
        .processInstanceId(campaign.getId()).taskDefinitionKey(CampaignContract.TASK_TAKE_OVER_UNFINISHED_OPD)
        .singleResult();
    assertThat(takeOver).hasCandidateGroup(Groups.SEKDA);
    assertThat(takeOver.getDueDate()).isEqualTo(java.util.Date.from(Instant.parse("2044-01-08T15:59:00Z")));
    assertThat(formShown.of(takeOver.getId()))
        .containsEntry(TransitionViews.FISCAL_YEAR, "2043")
        .hasEntrySatisfying(TransitionViews.STAGE, stage -> assertThat((String) stage).startsWith("Survei titik koneksi sejak"));
    driver.complete(takeOver, Map.of("followUpNotes", "Putus saja; survei dilanjutkan Diskominfo"));

    // the OPD's transition goes on (no site loses its link), the program waits for it
    assertThat(transition).isWaitingAt(TransitionContract.TASK_FILL_SURVEY);
    assertThat(campaign).isWaitingAt(CampaignContract.CALL_OPD_TRANSITION)
        .hasPassed(CampaignContract.END_UNFINISHED_OPDS_TAKEN_OVER);
    assertThat(transitionRows.latestDecision(transitionId, CampaignContract.TASK_TAKE_OVER_UNFINISHED_OPD).orElseThrow()
        .reason()).isEqualTo("Putus saja; survei dilanjutkan Diskominfo");
  }

  @Test
  void invalid_start_form_is_refused_naming_each_field_and_no_campaign_is_recorded() {
    long campaignsBefore = campaignRows.count();
    long instancesBefore = campaignInstances();

    // the form's own rules first, as the browser checks them
    assertThatThrownBy(() -> start(form(1999, Map.of("quietPeriodDays", 0, "opdCodes", "DISDUKCAPIL, XYZ",
            "transitionDeadline", "2026-10-01"))))
        .isInstanceOf(FormInputException.class)
        .hasMessageContaining("(fiscalYear): harus antara 2026 dan 2031")
        .hasMessageContaining("(quietPeriodDays): harus antara 1 dan 365");
    // then the rules only the server knows, all named in one answer
    assertThatThrownBy(() -> start(form(2027, Map.of("opdCodes", "DISDUKCAPIL, XYZ", "transitionDeadline", "2026-10-01"))))
        .isInstanceOf(FormInputException.class)
        .hasMessageContaining("(transitionDeadline): harus setelah hari ini")
        .hasMessageContaining("(opdCodes): kode OPD tidak dikenal: XYZ");

    assertThat(campaignRows.count()).isEqualTo(campaignsBefore);
    assertThat(campaignInstances()).isEqualTo(instancesBefore);
  }

  @Test
  void second_campaign_for_the_same_fiscal_year_is_refused() {
    start(form(2028, Map.of("opdCodes", "DLH")));
    long instances = campaignInstances();

    assertThatThrownBy(() -> start(form(2028, Map.of("opdCodes", "DLH"))))
        .isInstanceOf(FormInputException.class)
        .hasMessageContaining("(fiscalYear): pemusatan belanja internet untuk tahun anggaran 2028 sudah pernah dimulai");
    assertThat(campaignInstances()).isEqualTo(instances);
  }

  /** The start form as Diskominfo fills it: a name, a fiscal year, 30 days of monitoring, and more. */
  private static Map<String, Object> form(int fiscalYear, Map<String, Object> more) {
    Map<String, Object> values = new HashMap<>();
    values.put("programName", "Program uji " + fiscalYear);
    values.put("fiscalYear", fiscalYear);
    values.put("quietPeriodDays", TransitionDriver.QUIET_PERIOD_DAYS);
    values.putAll(more);
    return values;
  }

  /** Survey of one site on its own ISP, coordination, approval, Icon+ order, installation, acceptance. */
  private void connect(ProcessInstance transition, String contractEnd) {
    driver.order(transition, survey(ownIspSite("Kantor " + transition.getBusinessKey(), 2_500_000L, contractEnd)));
    driver.confirmInstallations(transition);
    driver.acceptAll(transition);
  }

  private static Map<String, Object> recorded(String instrument) {
    Map<String, Object> record = new java.util.HashMap<>(Map.of("instrument", instrument, "documentNumber", "Perwali uji",
        "documentDate", TimeTravel.now().atZone(PemdaZone.WITA.zone()).toLocalDate().toString()));
    if ("PERGESERAN".equals(instrument)) {
      record.put("tapdDecisionNumber", "BA TAPD uji");
    }
    return record;
  }

  private static Map<String, Object> terminated(String endsOn) {
    return Map.of("ispTerminatedOn", endsOn, "ispTerminationReference", "01/ISP", "signerName", "Kepala OPD",
        "signedByHead", true);
  }

  /** Samarinda's Diskominfo starts the program from Tasklist, logged in with its Pemda. */
  private ProcessInstance start(Map<String, Object> form) {
    engine.getIdentityService().setAuthentication(
        Groups.DISKOMINFO, List.of(Groups.DISKOMINFO), List.of(Tenants.DEFAULT));
    try {
      return submissions.startByKey(CampaignContract.KEY, form);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  private Long campaignIdOf(ProcessInstance campaign) {
    return Processes.variable(engine, campaign, CampaignContract.CAMPAIGN_ID);
  }

  private Long transitionId(ProcessInstance transition) {
    return Processes.variable(engine, transition, TransitionContract.TRANSITION_ID);
  }

  private int surveyPriorityOf(List<ProcessInstance> transitions, String opdCode) {
    ProcessInstance transition =
        transitions.stream().filter(t -> t.getBusinessKey().equals(opdCode)).findFirst().orElseThrow();
    return driver.task(transition, TransitionContract.TASK_FILL_SURVEY).getPriority();
  }

  private long campaignInstances() {
    return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(CampaignContract.KEY).count();
  }

  private List<ProcessInstance> transitionsOf(ProcessInstance campaign) {
    return engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(campaign.getId()).list();
  }

  private ProcessInstance transitionOf(ProcessInstance campaign, String opdCode) {
    return transitionsOf(campaign).stream().filter(t -> t.getBusinessKey().equals(opdCode)).findFirst().orElseThrow();
  }
}
