package id.go.pemda.bandwidth.iconplus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.pemda.bandwidth.complaint.Complaint;
import id.go.pemda.bandwidth.complaint.ComplaintService;
import id.go.pemda.bandwidth.complaint.TroubleTicket;
import id.go.pemda.bandwidth.complaint.TroubleTicketRepository;
import id.go.pemda.bandwidth.connection.ConnectionOrder;
import id.go.pemda.bandwidth.connection.ConnectionService;
import id.go.pemda.bandwidth.connection.OrderStatus;
import id.go.pemda.bandwidth.identity.Groups;
import id.go.pemda.bandwidth.process.contract.TransitionContract;
import id.go.pemda.bandwidth.process.contract.TroubleTicketContract;
import id.go.pemda.bandwidth.support.ApplicationTest;
import id.go.pemda.bandwidth.support.TestOpds;
import id.go.pemda.bandwidth.support.TimeTravel;
import id.go.pemda.bandwidth.support.TransitionDriver;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** {@code POST /api/iconplus/callbacks}: the callback matrix over HTTP. */
@ApplicationTest
class IconPlusCallbackApiTest {

  // OPDs of this class alone (TestOpds), so no other test's transition or complaint is seen here
  private static final String TICKET_OPD = "TEST-CALLBACK-TICKET";
  private static final int FISCAL_YEAR = 2032;
  private static final String SECRET = "test-callback-secret";
  private static final Instant NOW = Instant.parse("2026-11-06T01:00:00Z");

  @Autowired TestRestTemplate http;
  @Autowired ProcessEngine engine;
  @Autowired TransitionDriver driver;
  @Autowired ConnectionService connections;
  @Autowired ComplaintService complaints;
  @Autowired TroubleTicketRepository tickets;
  @Autowired ReceivedCallbackRepository received;
  @Autowired ObjectMapper json;
  @Autowired TestOpds opds;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
    opds.register(TICKET_OPD);
    TimeTravel.to(NOW);
  }

  @Test
  void installed_moves_the_transition_to_acceptance_and_a_duplicate_changes_nothing() {
    ProcessInstance instance = driver.startAndOrder(opds.register("TEST-CALLBACK-INSTALLED"), FISCAL_YEAR);
    ConnectionOrder order = orderOf(instance);
    Map<String, Object> callback = installed(order.providerOrderId());

    assertThat(post(callback).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

    assertThat(instance)
        .hasPassed(TransitionContract.EVENT_INSTALLATION_REPORTED, "EndEvent_InstalledByIconPlus")
        .isWaitingAt(TransitionContract.TASK_ACCEPT_LINK);
    ConnectionOrder installed = connections.require(order.id());
    assertThat(installed.status()).isEqualTo(OrderStatus.INSTALLED);
    assertThat(installed.circuitId()).isEqualTo("ICON-SMD-7001");
    assertThat(installed.installedBandwidthMbps()).isEqualTo(100);
    assertThat(installed.reportedBy()).isEqualTo("Icon+");
    long callbacks = received.count();

    // Icon+ delivers the same report again, signed anew a second later
    TimeTravel.advance(Duration.ofSeconds(1));
    assertThat(post(callback).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

    assertThat(received.count()).isEqualTo(callbacks);
    assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery()
        .processInstanceId(instance.getId()).activityId(TransitionContract.EVENT_INSTALLATION_REPORTED).count()).isOne();
  }

  @Test
  void failed_sends_the_order_back_to_diskominfo_who_sends_it_again() {
    ProcessInstance instance = driver.startAndOrder(opds.register("TEST-CALLBACK-FAILED"), FISCAL_YEAR);
    ConnectionOrder order = orderOf(instance);
    Map<String, Object> failed = callback(order.providerOrderId(), "FAILED");
    failed.put("notes", "Tiang listrik di depan kantor belum berizin");

    assertThat(post(failed).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

    assertThat(instance).isWaitingAt(TransitionContract.TASK_HANDLE_FAILED_ORDER);
    Task handle = BpmnAwareTests.task(instance);
    assertThat(handle).hasCandidateGroup(Groups.DISKOMINFO);
    assertThat(engine.getTaskService().getVariableLocal(handle.getId(), "viewFailureReason"))
        .isEqualTo("Tiang listrik di depan kantor belum berizin");

    engine.getTaskService().complete(handle.getId(), Map.of("resendNotes", "Izin PLN sudah keluar"));
    driver.sendOrder(instance);

    ConnectionOrder second = connections.require(order.id());
    assertThat(second.attempt()).isEqualTo(2);
    assertThat(second.status()).isEqualTo(OrderStatus.SENT);
    assertThat(second.providerOrderId()).isNotEqualTo(order.providerOrderId());
    assertThat(instance).isWaitingAt(TransitionContract.TASK_CONFIRM_INSTALLATION);
  }

  @Test
  void rescheduled_moves_the_installation_deadline_and_the_sla_chases_icon_plus_without_cancelling_the_wait() {
    ProcessInstance instance = driver.startAndOrder(opds.register("TEST-CALLBACK-RESCHEDULED"), FISCAL_YEAR);
    ConnectionOrder order = orderOf(instance);
    assertThat(slaJob(instance).getDuedate()).isEqualTo(Date.from(NOW.plus(Duration.ofDays(14))));
    Map<String, Object> rescheduled = callback(order.providerOrderId(), "RESCHEDULED");
    rescheduled.put("scheduledFor", "2026-11-25T10:00:00+08:00");

    assertThat(post(rescheduled).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

    Instant moved = Instant.parse("2026-11-25T02:00:00Z");
    assertThat(slaJob(instance).getDuedate()).isEqualTo(Date.from(moved));
    assertThat(connections.require(order.id()).installationDueAt()).isEqualTo(moved);

    TimeTravel.to(moved.plusSeconds(60));
    engine.getManagementService().executeJob(slaJob(instance).getId());

    assertThat(instance).isWaitingAt(TransitionContract.TASK_CONFIRM_INSTALLATION, TransitionContract.TASK_CHASE_ICONPLUS);
    String chase =
        engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
            .taskDefinitionKey(TransitionContract.TASK_CHASE_ICONPLUS).singleResult().getId();
    assertThat(engine.getTaskService().getVariableLocal(chase, "viewProviderStatus")).isEqualTo("ACCEPTED");
    assertThat(post(installed(order.providerOrderId())).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    // the report ends the installation, the chase task with it
    assertThat(instance).isWaitingAt(TransitionContract.TASK_ACCEPT_LINK);
  }

  @Test
  void repaired_closes_the_trouble_ticket_once() {
    Complaint complaint = driver.fileComplaint(TICKET_OPD, "LINK_DOWN", "Putus sejak subuh");
    ProcessInstance support =
        engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(TICKET_OPD)
            .processDefinitionKey("complaint-support").singleResult();
    engine.getTaskService().complete(
        BpmnAwareTests.task(support).getId(), Map.of("evaluationResult", "PROVIDER_FAULT", "evaluationNotes", "Port rusak"));
    ProcessInstance ticketProcess =
        engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(TroubleTicketContract.KEY)
            .processInstanceBusinessKey(TICKET_OPD).singleResult();
    engine.getManagementService().executeJob(
        engine.getManagementService().createJobQuery().processInstanceId(ticketProcess.getId()).singleResult().getId());
    TroubleTicket ticket = tickets.findByComplaintId(complaint.id()).orElseThrow();
    assertThat(ticket.providerTicketId()).startsWith("FAKE-TKT-");
    assertThat(ticketProcess).isEnded();

    Map<String, Object> repaired = new LinkedHashMap<>();
    repaired.put("ticketId", ticket.providerTicketId());
    repaired.put("status", "REPAIRED");
    repaired.put("occurredAt", "2026-11-06T08:30:00+08:00");
    assertThat(post(repaired).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(tickets.findById(ticket.id()).orElseThrow().status()).isEqualTo(TroubleTicket.REPAIRED);

    repaired.put("occurredAt", "2026-11-06T09:00:00+08:00");
    assertThat(post(repaired).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
  }

  @Test
  void an_unknown_order_is_404_and_an_order_nobody_waits_for_is_409() {
    assertThat(post(installed("NO-SUCH-ORDER")).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

    ProcessInstance instance = driver.startAndOrder(opds.register("TEST-CALLBACK-LATE"), FISCAL_YEAR);
    ConnectionOrder order = orderOf(instance);
    driver.complete(instance, TransitionDriver.installed());
    assertThat(instance).isWaitingAt(TransitionContract.TASK_ACCEPT_LINK);

    ResponseEntity<JsonNode> late = post(installed(order.providerOrderId()));
    assertThat(late.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(late.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
  }

  @Test
  void the_very_same_signed_request_again_is_a_replay_and_changes_nothing() {
    ProcessInstance instance = driver.startAndOrder(opds.register("TEST-REPLAY"), FISCAL_YEAR);
    byte[] body = bytes(installed(orderOf(instance).providerOrderId()));
    long now = TimeTravel.now().getEpochSecond();
    String signature = IconPlusSignature.sign(SECRET, now, body);
    assertThat(send(body, now, signature).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    long callbacks = received.count();

    ResponseEntity<JsonNode> replay = send(body, now, signature);

    assertThat(replay.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(replay.getBody().get("detail").asText()).contains("replay");
    assertThat(received.count()).isEqualTo(callbacks);
  }

  @Test
  void a_missing_wrong_or_stale_signature_is_401() {
    byte[] body = bytes(installed("ANY"));
    long now = NOW.getEpochSecond();

    assertThat(send(body, null, null).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(send(body, now, IconPlusSignature.sign("wrong-secret", now, body)).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    long sixMinutesAgo = now - 360;
    assertThat(send(body, sixMinutesAgo, IconPlusSignature.sign(SECRET, sixMinutesAgo, body)).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    // signed for another body
    assertThat(send(bytes(installed("OTHER")), now, IconPlusSignature.sign(SECRET, now, body)).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void a_malformed_or_incomplete_body_is_400_naming_the_field() {
    ResponseEntity<JsonNode> notJson = sendSigned("{\"orderId\": ".getBytes(StandardCharsets.UTF_8));
    assertThat(notJson.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(notJson.getBody().get("errors").get(0).get("field").asText()).isEqualTo("body");

    Map<String, Object> incomplete = new LinkedHashMap<>();
    incomplete.put("orderId", "X");
    incomplete.put("status", "INSTALLED");
    ResponseEntity<JsonNode> missing = sendSigned(bytes(incomplete));
    assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(missing.getBody().get("errors").findValuesAsText("field"))
        .containsExactlyInAnyOrder("occurredAt", "circuitId", "installedBandwidthMbps");

    Map<String, Object> unknownStatus = installed("X");
    unknownStatus.put("status", "EXPLODED");
    assertThat(sendSigned(bytes(unknownStatus)).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
  }

  @Test
  void a_body_of_one_megabyte_is_refused() {
    Map<String, Object> huge = installed("X");
    huge.put("notes", "a".repeat(1024 * 1024));

    assertThat(sendSigned(bytes(huge)).getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
  }

  private Map<String, Object> installed(String orderId) {
    Map<String, Object> callback = callback(orderId, "INSTALLED");
    callback.put("installedBandwidthMbps", 100);
    callback.put("circuitId", "ICON-SMD-7001");
    return callback;
  }

  private static Map<String, Object> callback(String orderId, String status) {
    Map<String, Object> callback = new LinkedHashMap<>();
    callback.put("orderId", orderId);
    callback.put("status", status);
    callback.put("occurredAt", "2026-11-06T08:00:00+08:00");
    return callback;
  }

  private ResponseEntity<JsonNode> post(Map<String, Object> callback) {
    return sendSigned(bytes(callback));
  }

  private ResponseEntity<JsonNode> sendSigned(byte[] body) {
    long timestamp = TimeTravel.now().getEpochSecond();
    return send(body, timestamp, IconPlusSignature.sign(SECRET, timestamp, body));
  }

  private ResponseEntity<JsonNode> send(byte[] body, Long timestamp, String signature) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    if (timestamp != null) {
      headers.set(IconPlusSignature.TIMESTAMP_HEADER, String.valueOf(timestamp));
      headers.set(IconPlusSignature.SIGNATURE_HEADER, signature);
    }
    return http.postForEntity(IconPlusCallbackApi.PATH, new HttpEntity<>(body, headers), JsonNode.class);
  }

  private byte[] bytes(Map<String, Object> callback) {
    try {
      return json.writeValueAsBytes(callback);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private ConnectionOrder orderOf(ProcessInstance instance) {
    return connections.require(
        ((Number) engine.getRuntimeService().getVariable(instance.getId(), TransitionContract.CONNECTION_ORDER_ID.name()))
            .longValue());
  }

  private Job slaJob(ProcessInstance instance) {
    return engine.getManagementService().createJobQuery()
        .processInstanceId(instance.getId())
        .activityId(TransitionContract.EVENT_INSTALLATION_OVERDUE)
        .singleResult();
  }
}
