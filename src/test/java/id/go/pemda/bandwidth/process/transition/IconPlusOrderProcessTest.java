package id.go.pemda.bandwidth.process.transition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import id.go.pemda.bandwidth.connection.ConnectionOrder;
import id.go.pemda.bandwidth.connection.ConnectionService;
import id.go.pemda.bandwidth.connection.OrderStatus;
import id.go.pemda.bandwidth.iconplus.IconPlusException;
import id.go.pemda.bandwidth.process.contract.TransitionContract;
import id.go.pemda.bandwidth.support.ApplicationTest;
import id.go.pemda.bandwidth.support.FakeIconPlus.Behaviour;
import id.go.pemda.bandwidth.support.FakeIconPlus;
import id.go.pemda.bandwidth.support.TimeTravel;
import id.go.pemda.bandwidth.support.TransitionDriver;
import java.time.Instant;
import java.util.Map;
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
 * Sending the order when Icon+ misbehaves: every failure is retried, spent retries are an
 * incident naming the cause, retrying it in Cockpit continues, and Icon+ ends up with exactly
 * one order.
 */
@ApplicationTest
class IconPlusOrderProcessTest {

  // Tests share one database: these OPDs belong to this class.
  private static final int FISCAL_YEAR = 2032;

  @Autowired ProcessEngine engine;
  @Autowired TransitionDriver driver;
  @Autowired ConnectionService connections;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
    TimeTravel.to(Instant.parse("2026-11-05T01:00:00Z"));
  }

  @AfterEach
  void tearDown() {
    FakeIconPlus.behave(Behaviour.NORMAL);
  }

  @Test
  void provider_errors_become_an_incident_and_retrying_it_sends_one_order() {
    ProcessInstance instance = approvedTransition("KEC-SAMARINDA-ULU");
    FakeIconPlus.behave(Behaviour.SERVER_ERROR);

    failUntilRetriesAreSpent(instance);

    Incident incident = incidentOf(instance);
    assertThat(incident.getActivityId()).isEqualTo(TransitionContract.TASK_SEND_CONNECTION_ORDER);
    assertThat(incident.getIncidentMessage()).contains("Icon+ gagal membuat order koneksi").contains("HTTP 500");
    assertThat(order(instance).status()).isEqualTo(OrderStatus.ORDERED);

    FakeIconPlus.behave(Behaviour.NORMAL);
    retryInCockpit(instance);

    assertThat(instance).isWaitingAt(TransitionContract.TASK_CONFIRM_INSTALLATION);
    assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(instance.getId()).count()).isZero();
    assertThat(order(instance).providerOrderId()).isEqualTo(FakeIconPlus.idFor(order(instance).idempotencyKey()));
  }

  @Test
  void a_timeout_after_icon_plus_took_the_order_does_not_order_twice() {
    ProcessInstance instance = approvedTransition("KEC-SUNGAI-KUNJANG");
    String key = order(instance).idempotencyKey();
    int created = FakeIconPlus.created();
    FakeIconPlus.behave(Behaviour.SLOW);

    assertThatThrownBy(() -> runSendJob(instance)).hasMessageContaining("Icon+ tidak dapat dihubungi");
    assertThat(FakeIconPlus.idFor(key)).isNotNull();

    FakeIconPlus.behave(Behaviour.NORMAL);
    runSendJob(instance);

    assertThat(instance).isWaitingAt(TransitionContract.TASK_CONFIRM_INSTALLATION);
    assertThat(FakeIconPlus.created()).isEqualTo(created + 1);
    assertThat(order(instance).providerOrderId()).isEqualTo(FakeIconPlus.idFor(key));
  }

  @Test
  void an_answer_that_is_not_json_is_retried_and_named_in_the_incident() {
    ProcessInstance instance = approvedTransition("KEC-SAMARINDA-UTARA");
    FakeIconPlus.behave(Behaviour.MALFORMED);

    failUntilRetriesAreSpent(instance);

    assertThat(incidentOf(instance).getIncidentMessage()).contains("jawaban tidak dapat dibaca");
    FakeIconPlus.behave(Behaviour.NORMAL);
    retryInCockpit(instance);
    assertThat(order(instance).status()).isEqualTo(OrderStatus.SENT);
  }

  private ProcessInstance approvedTransition(String opdCode) {
    ProcessInstance instance = driver.start(opdCode, FISCAL_YEAR);
    driver.complete(instance, TransitionDriver.survey());
    driver.complete(instance, TransitionDriver.agreed(50, 1_000_000));
    driver.complete(instance, Map.of("planDecision", "APPROVE"));
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
    return connections.require(
        ((Number) engine.getRuntimeService().getVariable(instance.getId(), TransitionContract.CONNECTION_ORDER_ID.name()))
            .longValue());
  }
}
