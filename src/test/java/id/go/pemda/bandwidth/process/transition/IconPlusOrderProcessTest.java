package id.go.pemda.bandwidth.process.transition;

import static id.go.pemda.bandwidth.support.TransitionDriver.ownIspSite;
import static id.go.pemda.bandwidth.support.TransitionDriver.survey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import id.go.pemda.bandwidth.connection.ConnectionOrder;
import id.go.pemda.bandwidth.connection.ConnectionService;
import id.go.pemda.bandwidth.connection.OrderStatus;
import id.go.pemda.bandwidth.connection.SiteStatus;
import id.go.pemda.bandwidth.iconplus.IconPlusException;
import id.go.pemda.bandwidth.identity.Groups;
import id.go.pemda.bandwidth.process.contract.TransitionContract;
import id.go.pemda.bandwidth.support.ApplicationTest;
import id.go.pemda.bandwidth.support.FakeIconPlus;
import id.go.pemda.bandwidth.support.FakeIconPlus.Behaviour;
import id.go.pemda.bandwidth.support.Processes;
import id.go.pemda.bandwidth.support.TestOpds;
import id.go.pemda.bandwidth.support.TimeTravel;
import id.go.pemda.bandwidth.support.TransitionDriver;
import java.time.Instant;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Sending a site's order when Icon+ misbehaves: every failure is retried, spent retries are an
 * incident on that site's send step naming the cause, retrying it in Cockpit continues to the
 * installation, and Icon+ ends up with exactly one order for the site.
 */
@ApplicationTest
class IconPlusOrderProcessTest {

  private static final int FISCAL_YEAR = 2027;

  @Autowired ProcessEngine engine;
  @Autowired TransitionDriver driver;
  @Autowired ConnectionService connections;
  @Autowired TestOpds opds;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
    TimeTravel.to(Instant.parse("2026-12-01T01:00:00Z"));
  }

  @AfterEach
  void tearDown() {
    FakeIconPlus.behave(Behaviour.NORMAL);
  }

  @Test
  void provider_errors_become_an_incident_and_retrying_it_sends_one_order() {
    ProcessInstance instance = approvedTransition("UJI-ORDER-HTTP-500");
    FakeIconPlus.behave(Behaviour.SERVER_ERROR);

    failUntilRetriesAreSpent(instance);

    Incident incident = incidentOf(instance);
    assertThat(incident.getActivityId()).isEqualTo(TransitionContract.TASK_SEND_CONNECTION_ORDER);
    assertThat(incident.getIncidentMessage()).contains("Icon+ gagal membuat permintaan pemasangan").contains("HTTP 500");
    assertThat(order(instance).status()).isEqualTo(OrderStatus.ORDERED);
    assertThat(driver.tasks(instance, TransitionContract.TASK_CONFIRM_INSTALLATION)).isEmpty();

    FakeIconPlus.behave(Behaviour.NORMAL);
    retryInCockpit(instance);

    assertThat(driver.task(instance, TransitionContract.TASK_CONFIRM_INSTALLATION)).hasCandidateGroup(Groups.DISKOMINFO);
    assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(instance.getId()).count()).isZero();
    assertThat(order(instance).status()).isEqualTo(OrderStatus.SENT);
    assertThat(order(instance).providerOrderId()).isEqualTo(FakeIconPlus.idFor(order(instance).idempotencyKey()));
    assertThat(connections.connectionsOf(transitionId(instance))).extracting(c -> c.status())
        .containsExactly(SiteStatus.ORDERED);
  }

  @Test
  void a_timeout_after_icon_plus_took_the_order_does_not_order_twice() {
    ProcessInstance instance = approvedTransition("UJI-ORDER-LAMBAT");
    String key = order(instance).idempotencyKey();
    int created = FakeIconPlus.created();
    FakeIconPlus.behave(Behaviour.SLOW);

    assertThatThrownBy(() -> runSendJob(instance)).hasMessageContaining("Icon+ tidak dapat dihubungi");
    assertThat(FakeIconPlus.idFor(key)).isNotNull();

    FakeIconPlus.behave(Behaviour.NORMAL);
    runSendJob(instance);

    assertThat(driver.task(instance, TransitionContract.TASK_CONFIRM_INSTALLATION)).hasCandidateGroup(Groups.DISKOMINFO);
    assertThat(FakeIconPlus.created()).isEqualTo(created + 1);
    assertThat(order(instance).providerOrderId()).isEqualTo(FakeIconPlus.idFor(key));
  }

  @Test
  void an_answer_that_is_not_json_is_retried_and_named_in_the_incident() {
    ProcessInstance instance = approvedTransition("UJI-ORDER-BUKAN-JSON");
    FakeIconPlus.behave(Behaviour.MALFORMED);

    failUntilRetriesAreSpent(instance);

    assertThat(incidentOf(instance).getIncidentMessage()).contains("jawaban tidak dapat dibaca");
    FakeIconPlus.behave(Behaviour.NORMAL);
    retryInCockpit(instance);
    assertThat(order(instance).status()).isEqualTo(OrderStatus.SENT);
    assertThat(instance).isWaitingAt(TransitionContract.TASK_CONFIRM_INSTALLATION);
  }

  /** One own-ISP site, agreed and approved: its order is recorded and waits to be sent. */
  private ProcessInstance approvedTransition(String code) {
    ProcessInstance instance = driver.start(opds.register(code), FISCAL_YEAR);
    driver.fillSurvey(instance, survey(ownIspSite("Kantor " + code, 2_500_000L, "2026-12-31")));
    driver.agreeAll(instance, 1_000_000L);
    driver.approvePlan(instance);
    assertThat(instance).isWaitingAt(TransitionContract.TASK_SEND_CONNECTION_ORDER);
    return instance;
  }

  private void failUntilRetriesAreSpent(ProcessInstance instance) {
    // R3/PT1M: three tries, then an incident
    for (int attempt = 0; attempt < 3; attempt++) {
      assertThatThrownBy(() -> runSendJob(instance)).isInstanceOf(IconPlusException.class);
    }
    assertThat(sendJob(instance).getRetries()).isZero();
  }

  private void retryInCockpit(ProcessInstance instance) {
    // what Cockpit's "retry" does: give the job its retries back, then it runs again
    engine.getManagementService().setJobRetries(sendJob(instance).getId(), 1);
    runSendJob(instance);
  }

  private void runSendJob(ProcessInstance instance) {
    engine.getManagementService().executeJob(sendJob(instance).getId());
  }

  private Job sendJob(ProcessInstance instance) {
    return engine.getManagementService().createJobQuery()
        .processInstanceId(instance.getId())
        .activityId(TransitionContract.TASK_SEND_CONNECTION_ORDER)
        .singleResult();
  }

  private Incident incidentOf(ProcessInstance instance) {
    return engine.getRuntimeService().createIncidentQuery().processInstanceId(instance.getId()).singleResult();
  }

  private ConnectionOrder order(ProcessInstance instance) {
    Long transitionId = transitionId(instance);
    return connections.currentOrder(transitionId, connections.connectionsOf(transitionId).get(0).siteId());
  }

  private Long transitionId(ProcessInstance instance) {
    return Processes.variable(engine, instance, TransitionContract.TRANSITION_ID);
  }
}
