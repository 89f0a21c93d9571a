package id.go.pemda.bandwidth.process.campaign;

import static id.go.pemda.bandwidth.support.TransitionDriver.ownIspSite;
import static id.go.pemda.bandwidth.support.TransitionDriver.survey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;

import id.go.pemda.bandwidth.process.form.FormSubmissions;
import id.go.pemda.bandwidth.campaign.CampaignRepository;
import id.go.pemda.bandwidth.campaign.CampaignService;
import id.go.pemda.bandwidth.identity.Groups;
import id.go.pemda.bandwidth.process.contract.CampaignContract;
import id.go.pemda.bandwidth.process.contract.TransitionContract;
import id.go.pemda.bandwidth.process.form.FormInputException;
import id.go.pemda.bandwidth.shared.PemdaZone;
import id.go.pemda.bandwidth.tenant.Tenants;
import id.go.pemda.bandwidth.transition.ForceCutService;
import id.go.pemda.bandwidth.support.ApplicationTest;
import id.go.pemda.bandwidth.support.Processes;
import id.go.pemda.bandwidth.support.TestOpds;
import id.go.pemda.bandwidth.support.TimeTravel;
import id.go.pemda.bandwidth.support.TransitionDriver;
import id.go.pemda.bandwidth.transition.TransitionService;
import id.go.pemda.bandwidth.transition.TransitionStatus;
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
 * test started through the form owns its fiscal year (2026 to 2031, what the form allows).
 */
@ApplicationTest
class CampaignProcessTest {

  @Autowired ProcessEngine engine;
  @Autowired FormSubmissions submissions;
  @Autowired CampaignService campaigns;
  @Autowired CampaignRepository campaignRows;
  @Autowired TransitionService transitionRows;
  @Autowired ForceCutService forceCut;
  @Autowired TransitionDriver driver;
  @Autowired TestOpds opds;

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

    List<String> planned = campaigns.opdCodesInOrder(campaignIdOf(campaign));
    assertThat(planned).hasSize(40).doesNotContain("DISKOMINFO");
    assertThat(planned.subList(0, 3)).containsExactly("BAPENDA", "BPBD", "DINKES");
    assertThat(planned.get(planned.size() - 1)).isEqualTo("SATPOLPP");
  }

  @Test
  void campaign_ends_when_every_transition_has_ended() {
    ProcessInstance campaign = start(form(2031, Map.of("opdCodes", opds.register("TEST-CAMPAIGN-END"))));
    execute(job(CampaignContract.CALL_OPD_TRANSITION_BODY, campaign));
    ProcessInstance transition = transitionsOf(campaign).get(0);

    connect(transition, "2030-12-31");
    driver.passMonitoring(transition);
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
    // the year under way: its deadline is given, the default (31 December 2025) has passed
    String normal = opds.register("TEST-CAMPAIGN-BIASA");
    String cutEarly = opds.register("TEST-CAMPAIGN-DIPOTONG");
    ProcessInstance campaign =
        start(form(2026, Map.of("opdCodes", normal + ", " + cutEarly, "transitionDeadline", "2026-12-31")));
    execute(job(CampaignContract.CALL_OPD_TRANSITION_BODY, campaign));
    ProcessInstance approved = transitionOf(campaign, normal);
    ProcessInstance cut = transitionOf(campaign, cutEarly);
    Long approvedId = transitionId(approved);
    Long cutId = transitionId(cut);

    // the Sekda cuts one OPD's budget while its survey is still open; BPKAD records the move
    forceCut.cut(transitionRows.require(cutId), "Putus saja", "sekda");
    driver.complete(driver.task(cut, TransitionContract.TASK_RECORD_BUDGET_REVOCATION), recorded("PERGESERAN"));
    assertThat(transitionRows.require(cutId).budgetRevokedAt()).isNotNull();
    assertThat(cut).isWaitingAt(TransitionContract.TASK_FILL_SURVEY);

    // the other goes the usual way and ends first
    connect(approved, "2026-12-31");
    driver.passMonitoring(approved);
    driver.complete(driver.task(approved, TransitionContract.TASK_APPROVE_BUDGET_REVOCATION),
        Map.of("revocationDecision", "APPROVE"));
    driver.complete(driver.task(approved, TransitionContract.TASK_RECORD_BUDGET_REVOCATION), recorded("PERGESERAN"));
    driver.complete(driver.task(approved, TransitionContract.TASK_CONFIRM_ISP_TERMINATION), terminated("2026-12-31"));
    assertThat(approved).isEnded().hasPassed(TransitionContract.TASK_APPROVE_BUDGET_REVOCATION);
    assertThat(campaign).isNotEnded().isWaitingAt(CampaignContract.CALL_OPD_TRANSITION);

    // the cut OPD still gets its network, and only then ends its old contract
    connect(cut, "2026-12-31");
    assertThat(transitionRows.require(cutId).status()).isEqualTo(TransitionStatus.ISP_TERMINATION);
    assertThat(campaign).isNotEnded();
    driver.complete(driver.task(cut, TransitionContract.TASK_CONFIRM_ISP_TERMINATION), terminated("2026-11-30"));

    assertThat(cut).isEnded().hasNotPassed(TransitionContract.TASK_APPROVE_BUDGET_REVOCATION);
    assertThat(transitionRows.require(cutId).status()).isEqualTo(TransitionStatus.COMPLETED);
    assertThat(transitionRows.require(approvedId).status()).isEqualTo(TransitionStatus.COMPLETED);
    assertThat(campaign).isEnded().hasPassed(CampaignContract.END_CAMPAIGN_COMPLETED);
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
        .hasMessageContaining("(fiscalYear): program untuk tahun anggaran 2028 sudah pernah dimulai");
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
    return Map.of("instrument", instrument, "documentNumber", "Perwali uji",
        "documentDate", TimeTravel.now().atZone(PemdaZone.WITA.zone()).toLocalDate().toString());
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
