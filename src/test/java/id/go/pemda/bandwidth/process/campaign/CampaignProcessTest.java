package id.go.pemda.bandwidth.process.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;

import id.go.pemda.bandwidth.campaign.CampaignRepository;
import id.go.pemda.bandwidth.campaign.CampaignService;
import id.go.pemda.bandwidth.process.contract.CampaignContract;
import id.go.pemda.bandwidth.process.contract.TransitionContract;
import id.go.pemda.bandwidth.process.form.FormInputException;
import id.go.pemda.bandwidth.support.ApplicationTest;
import id.go.pemda.bandwidth.support.TestOpds;
import id.go.pemda.bandwidth.support.TimeTravel;
import id.go.pemda.bandwidth.support.TransitionDriver;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The paths of {@code bpmn/bandwidth-campaign.bpmn}. */
@ApplicationTest
class CampaignProcessTest {

  @Autowired ProcessEngine engine;
  @Autowired CampaignService campaigns;
  @Autowired CampaignRepository campaignRows;
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
        start(Map.of("fiscalYear", 2029, "quietPeriod", "P30D",
            "opdCodes", secretariat.toLowerCase() + ", " + district + " " + department));

    assertThat(campaign).hasPassed(CampaignContract.TASK_PLAN_CAMPAIGN).isWaitingAt(CampaignContract.CALL_OPD_TRANSITION_BODY);
    Long campaignId = (Long) engine.getRuntimeService().getVariable(campaign.getId(), CampaignContract.CAMPAIGN_ID.name());
    // frontline large unit (1), frontline district office (2), back office (3)
    assertThat(campaigns.opdCodesInOrder(campaignId)).containsExactly(department, district, secretariat);
    assertThat(campaigns.require(campaignId).fiscalYear()).isEqualTo(2029);
    // double spending is tolerated until the end of the year before: 31 December 2028, 23:59 WITA
    assertThat(campaigns.require(campaignId).transitionDeadline()).isEqualTo(Instant.parse("2028-12-31T15:59:00Z"));
    assertThat(engine.getRuntimeService().getVariables(campaign.getId())).doesNotContainKeys("fiscalYear", "opdCodes");

    execute(job(CampaignContract.CALL_OPD_TRANSITION_BODY, campaign));

    List<ProcessInstance> transitions = transitionsOf(campaign);
    assertThat(transitions).extracting(ProcessInstance::getBusinessKey)
        .containsExactlyInAnyOrder(department, district, secretariat);
    for (ProcessInstance transition : transitions) {
      assertThat(transition).isWaitingAt(TransitionContract.TASK_FILL_SURVEY);
      assertThat(BpmnAwareTests.task(transition)).hasCandidateGroup("opd-" + transition.getBusinessKey().toLowerCase());
    }
    // frontline OPDs come first in Tasklist: their tasks carry a higher priority
    assertThat(surveyPriorityOf(transitions, department)).isEqualTo(80);
    assertThat(surveyPriorityOf(transitions, district)).isEqualTo(60);
    assertThat(surveyPriorityOf(transitions, secretariat)).isEqualTo(40);
  }

  @Test
  void campaign_over_all_opds_leaves_out_the_central_office() {
    ProcessInstance campaign = start(Map.of("fiscalYear", 2030, "quietPeriod", "P30D"));

    Long campaignId = (Long) engine.getRuntimeService().getVariable(campaign.getId(), CampaignContract.CAMPAIGN_ID.name());
    List<String> planned = campaigns.opdCodesInOrder(campaignId);
    assertThat(planned).hasSize(40).doesNotContain("DISKOMINFO");
    assertThat(planned.subList(0, 3)).containsExactly("BAPENDA", "BPBD", "DINKES");
    assertThat(planned.get(planned.size() - 1)).isEqualTo("SATPOLPP");
  }

  @Test
  void campaign_ends_when_every_transition_has_ended() {
    ProcessInstance campaign =
        start(Map.of("fiscalYear", 2031, "quietPeriod", "PT10M", "opdCodes", opds.register("TEST-CAMPAIGN-END")));
    execute(job(CampaignContract.CALL_OPD_TRANSITION_BODY, campaign));
    ProcessInstance transition = transitionsOf(campaign).get(0);

    driver.connect(transition);
    TimeTravel.advance(Duration.ofMinutes(11));
    execute(job(TransitionContract.EVENT_QUIET_PERIOD_ELAPSED, transition));
    driver.complete(transition, Map.of("revocationDecision", "APPROVE"));
    driver.complete(transition, Map.of("budgetDocumentNumber", "DPPA-2031/001"));
    assertThat(campaign).isNotEnded();
    driver.complete(transition, Map.of("ispTerminatedOn", "2026-11-30", "ispTerminationReference", "01/ISP"));

    assertThat(transition).isEnded();
    assertThat(campaign).isEnded().hasPassed("EndEvent_CampaignCompleted");
  }

  @Test
  void invalid_start_form_is_refused_naming_each_field_and_no_campaign_is_recorded() {
    long campaignsBefore = campaignRows.count();
    long instancesBefore = campaignInstances();

    // the form's own rules first, as the browser checks them
    assertThatThrownBy(
            () ->
                start(
                    Map.of(
                        "fiscalYear", 1999, "quietPeriod", "30 hari", "opdCodes", "DISDUKCAPIL, XYZ",
                        "transitionDeadline", "2026-10-01")))
        .isInstanceOf(FormInputException.class)
        .hasMessageContaining("Tahun anggaran sasaran (fiscalYear): harus antara 2026 dan 2031")
        .hasMessageContaining("(quietPeriod): format tidak sesuai; Format ISO-8601");
    // then the rules only the server knows, all named in one answer
    assertThatThrownBy(
            () ->
                start(
                    Map.of(
                        "fiscalYear", 2027, "quietPeriod", "PT10S", "opdCodes", "DISDUKCAPIL, XYZ",
                        "transitionDeadline", "2026-10-01")))
        .isInstanceOf(FormInputException.class)
        .hasMessageContaining("(transitionDeadline): harus setelah hari ini")
        .hasMessageContaining("(quietPeriod): harus antara 1 menit dan 365 hari")
        .hasMessageContaining("(opdCodes): kode OPD tidak dikenal: XYZ");

    assertThat(campaignRows.count()).isEqualTo(campaignsBefore);
    assertThat(campaignInstances()).isEqualTo(instancesBefore);
  }

  @Test
  void second_campaign_for_the_same_fiscal_year_is_refused() {
    start(Map.of("fiscalYear", 2028, "quietPeriod", "P30D", "opdCodes", "DLH"));
    long instances = campaignInstances();

    assertThatThrownBy(() -> start(Map.of("fiscalYear", 2028, "quietPeriod", "P30D", "opdCodes", "DLH")))
        .isInstanceOf(FormInputException.class)
        .hasMessageContaining("kampanye untuk tahun anggaran 2028 sudah pernah dimulai");
    assertThat(campaignInstances()).isEqualTo(instances);
  }

  private ProcessInstance start(Map<String, Object> form) {
    return engine.getRuntimeService().startProcessInstanceByKey(CampaignContract.KEY, form);
  }

  private int surveyPriorityOf(List<ProcessInstance> transitions, String opdCode) {
    ProcessInstance transition =
        transitions.stream().filter(t -> t.getBusinessKey().equals(opdCode)).findFirst().orElseThrow();
    return BpmnAwareTests.task(transition).getPriority();
  }

  private long campaignInstances() {
    return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(CampaignContract.KEY).count();
  }

  private List<ProcessInstance> transitionsOf(ProcessInstance campaign) {
    return engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(campaign.getId()).list();
  }
}
