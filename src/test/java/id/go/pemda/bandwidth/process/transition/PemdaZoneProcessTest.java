package id.go.pemda.bandwidth.process.transition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import id.go.pemda.bandwidth.campaign.Campaign;
import id.go.pemda.bandwidth.campaign.CampaignService;
import id.go.pemda.bandwidth.campaign.CampaignStart;
import id.go.pemda.bandwidth.campaign.TransitionDeadline;
import id.go.pemda.bandwidth.connection.ConnectionOrder;
import id.go.pemda.bandwidth.connection.ConnectionService;
import id.go.pemda.bandwidth.identity.Groups;
import id.go.pemda.bandwidth.identity.PemdaOnboarding;
import id.go.pemda.bandwidth.process.contract.TransitionContract;
import id.go.pemda.bandwidth.process.view.TransitionViews;
import id.go.pemda.bandwidth.shared.PemdaZone;
import id.go.pemda.bandwidth.support.FormShown;
import id.go.pemda.bandwidth.support.ApplicationTest;
import id.go.pemda.bandwidth.support.TestOpds;
import id.go.pemda.bandwidth.support.TimeTravel;
import id.go.pemda.bandwidth.support.TransitionDriver;
import id.go.pemda.bandwidth.tenant.Pemda;
import id.go.pemda.bandwidth.tenant.PemdaRegistry;
import id.go.pemda.bandwidth.tenant.PemdaSettingsInput;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every Pemda on its own clock: a Pemda in WIB (here a test Pemda, {@value #WIB_PEMDA}) gets its
 * deadlines at its own 17:00 and 23:59, an hour later in UTC than Samarinda's in WITA, and its
 * users read them in WIB.
 */
@ApplicationTest
class PemdaZoneProcessTest {

  private static final String WIB_PEMDA = "uji-wib";
  private static final int FISCAL_YEAR = 2027;

  @Autowired ProcessEngine engine;

  @Autowired FormShown formShown;
  @Autowired TransitionDriver driver;
  @Autowired ConnectionService connections;
  @Autowired CampaignService campaigns;
  @Autowired PemdaRegistry pemdas;
  @Autowired PemdaOnboarding onboarding;
  @Autowired TestOpds opds;

  @BeforeEach
  void aPemdaInWib() {
    BpmnAwareTests.init(engine);
    TimeTravel.to(Instant.parse("2026-12-01T01:00:00Z"));
    if (pemdas.find(WIB_PEMDA).isEmpty()) {
      onboarding.onboard(
          new Pemda(WIB_PEMDA, "Pemerintah Kota Uji WIB", Pemda.Kind.KOTA, "Jawa Barat"),
          PemdaSettingsInput.of(PemdaZone.WIB),
          new ByteArrayInputStream("code,name,type,frontline_public_service\nDISKOMINFO,Diskominfo,DINAS,false\n"
              .getBytes(StandardCharsets.UTF_8)));
    }
  }

  @Test
  void a_wib_pemdas_promised_installation_is_due_at_17_00_wib_an_hour_after_witas() {
    LocalDate promised = LocalDate.parse("2026-12-20");

    ConnectionOrder wib = chasedUntil(opds.register("UJI-WIB.ZONA-JANJI"), promised);
    ConnectionOrder wita = chasedUntil(opds.register("UJI-ZONA-JANJI-WITA"), promised);

    assertThat(wib.installationDueAt()).isEqualTo(Instant.parse("2026-12-20T10:00:00Z"));
    assertThat(wita.installationDueAt()).isEqualTo(Instant.parse("2026-12-20T09:00:00Z"));
  }

  @Test
  void a_wib_pemdas_program_ends_at_23_59_wib_and_its_users_read_its_times_in_wib() {
    Campaign program = campaigns.start(WIB_PEMDA,
        new CampaignStart("Program uji WIB", 2031, 30, null, List.of("DISKOMINFO")), "uji-wib.diskominfo");
    assertThat(program.transitionDeadline()).isEqualTo(Instant.parse("2030-12-31T16:59:00Z"));

    String opd = opds.register("UJI-WIB.ZONA-TAMPIL");
    ProcessInstance instance = driver.start(opd, FISCAL_YEAR, TransitionDeadline.defaultFor(FISCAL_YEAR, PemdaZone.WIB));
    assertThat(instance.getTenantId()).isEqualTo(WIB_PEMDA);
    driver.order(instance, TransitionDriver.survey(TransitionDriver.ownIspSite("Kantor Uji", 2_500_000L, "2026-12-31")));
    ConnectionOrder order = connections.currentOrder(transitionId(instance),
        connections.connectionsOf(transitionId(instance)).get(0).siteId());
    TimeTravel.to(order.installationDueAt().plusSeconds(60));
    driver.runJobs(instance, TransitionContract.EVENT_INSTALLATION_OVERDUE);

    Task chase = driver.task(instance, TransitionContract.TASK_CHASE_ICONPLUS);
    assertThat(chase).hasCandidateGroup(Groups.of(WIB_PEMDA, Groups.DISKOMINFO));
    assertThat(formShown.of(chase.getId(), TransitionViews.INSTALLATION_DUE))
        .isEqualTo(PemdaZone.WIB.format(order.installationDueAt()))
        .asString().endsWith(" WIB");
  }

  /** An OPD's order chased after the SLA, Icon+ promising {@code promised}. */
  private ConnectionOrder chasedUntil(String opd, LocalDate promised) {
    ProcessInstance instance = driver.startAndOrder(opd, FISCAL_YEAR);
    Long transitionId = transitionId(instance);
    ConnectionOrder order = connections.currentOrder(transitionId, connections.connectionsOf(transitionId).get(0).siteId());
    TimeTravel.to(order.installationDueAt().plusSeconds(60));
    driver.runJobs(instance, TransitionContract.EVENT_INSTALLATION_OVERDUE);
    driver.complete(driver.task(instance, TransitionContract.TASK_CHASE_ICONPLUS), Map.of(
        "chaseDecision", "KEEP_WAITING", "promisedDate", promised.toString(), "chaseNotes", "Icon+ berjanji"));
    assertThat(instance).isWaitingAt(TransitionContract.EVENT_PROMISED_DATE_REACHED);
    TimeTravel.to(Instant.parse("2026-12-01T01:00:00Z"));
    return connections.requireOrder(order.id());
  }

  private Long transitionId(ProcessInstance instance) {
    return (Long) engine.getRuntimeService().getVariable(instance.getId(), TransitionContract.TRANSITION_ID.name());
  }
}
