package id.go.pemda.bandwidth.iconplus;

import static id.go.pemda.bandwidth.support.TransitionDriver.ownIspSite;
import static id.go.pemda.bandwidth.support.TransitionDriver.siteWithoutInternet;
import static id.go.pemda.bandwidth.support.TransitionDriver.survey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.pemda.bandwidth.complaint.Complaint;
import id.go.pemda.bandwidth.complaint.ComplaintService;
import id.go.pemda.bandwidth.complaint.ComplaintStatus;
import id.go.pemda.bandwidth.complaint.TicketStatus;
import id.go.pemda.bandwidth.complaint.TroubleTicket;
import id.go.pemda.bandwidth.connection.ConnectionOrder;
import id.go.pemda.bandwidth.connection.ConnectionService;
import id.go.pemda.bandwidth.connection.OrderStatus;
import id.go.pemda.bandwidth.connection.SiteConnection;
import id.go.pemda.bandwidth.connection.SiteStatus;
import id.go.pemda.bandwidth.identity.Groups;
import id.go.pemda.bandwidth.process.contract.ComplaintCaseContract;
import id.go.pemda.bandwidth.process.contract.TransitionContract;
import id.go.pemda.bandwidth.process.view.TransitionViews;
import id.go.pemda.bandwidth.support.FormShown;
import id.go.pemda.bandwidth.support.ApplicationTest;
import id.go.pemda.bandwidth.support.FakeIconPlus;
import id.go.pemda.bandwidth.support.Processes;
import id.go.pemda.bandwidth.support.TestOpds;
import id.go.pemda.bandwidth.support.TimeTravel;
import id.go.pemda.bandwidth.support.TransitionDriver;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
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

/**
 * {@code POST /api/iconplus/callbacks}: the callback matrix over HTTP. An order is one site's
 * attempt, so a report about it moves that site alone; a repair report reaches the complaint's
 * case waiting for it.
 */
@ApplicationTest
class IconPlusCallbackApiTest {

  // OPDs of this class alone (TestOpds), so no other test's transition or complaint is seen here
  private static final String TICKET_OPD = "UJI-CALLBACK-TIKET";
  private static final int FISCAL_YEAR = 2046;
  private static final String SECRET = "test-callback-secret";
  private static final Instant NOW = Instant.parse("2026-11-06T01:00:00Z");

  @Autowired TestRestTemplate http;

  @Autowired FormShown formShown;
  @Autowired ProcessEngine engine;
  @Autowired TransitionDriver driver;
  @Autowired ConnectionService connections;
  @Autowired ComplaintService complaints;
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
  void installed_moves_that_site_to_acceptance_and_a_duplicate_changes_nothing() {
    String opd = opds.register("UJI-CALLBACK-TERPASANG");
    ProcessInstance instance = twoSitesOrdered(opd);
    Long transitionId = transitionIdOf(instance);
    List<SiteConnection> sites = connections.connectionsOf(transitionId);
    ConnectionOrder order = connections.currentOrder(transitionId, sites.get(0).siteId());
    ConnectionOrder other = connections.currentOrder(transitionId, sites.get(1).siteId());
    Map<String, Object> callback = installed(order.providerOrderId());

    assertThat(post(callback).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

    assertThat(instance)
        .hasPassed(TransitionContract.EVENT_INSTALLATION_REPORTED, TransitionContract.END_INSTALLED_BY_ICONPLUS)
        .isWaitingAt(TransitionContract.TASK_ACCEPT_LINK, TransitionContract.TASK_CONFIRM_INSTALLATION);
    Task accept = driver.task(instance, TransitionContract.TASK_ACCEPT_LINK);
    assertThat(siteOf(accept)).isEqualTo(order.siteId());
    assertThat(accept).hasCandidateGroup(Groups.opd(opd));
    assertThat(siteOf(driver.task(instance, TransitionContract.TASK_CONFIRM_INSTALLATION))).isEqualTo(other.siteId());
    ConnectionOrder installed = connections.requireOrder(order.id());
    assertThat(installed.status()).isEqualTo(OrderStatus.INSTALLED);
    assertThat(installed.installation().circuitId()).isEqualTo("ICON-SMD-7001");
    assertThat(installed.installation().installedBandwidthMbps()).isEqualTo(100);
    assertThat(installed.installation().reportedBy()).isEqualTo("Icon+");
    assertThat(connections.require(transitionId, order.siteId()).status()).isEqualTo(SiteStatus.INSTALLED);
    assertThat(connections.requireOrder(other.id()).status()).isEqualTo(OrderStatus.SENT);
    assertThat(connections.require(transitionId, other.siteId()).status()).isEqualTo(SiteStatus.ORDERED);
    long callbacks = received.count();

    // Icon+ delivers the same report again, signed anew a second later
    TimeTravel.advance(Duration.ofSeconds(1));
    assertThat(post(callback).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

    assertThat(received.count()).isEqualTo(callbacks);
    assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery()
        .processInstanceId(instance.getId()).activityId(TransitionContract.EVENT_INSTALLATION_REPORTED).count()).isOne();
    assertThat(driver.tasks(instance, TransitionContract.TASK_ACCEPT_LINK)).hasSize(1);
  }

  @Test
  void failed_sends_the_order_back_to_diskominfo_who_sends_a_new_attempt() {
    ProcessInstance instance = driver.startAndOrder(opds.register("UJI-CALLBACK-GAGAL"), FISCAL_YEAR);
    ConnectionOrder order = onlyOrderOf(instance);
    Map<String, Object> failed = callback(order.providerOrderId(), "FAILED");
    failed.put("notes", "Tiang listrik di depan kantor belum berizin");

    assertThat(post(failed).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

    assertThat(instance).hasPassed(TransitionContract.EVENT_INSTALLATION_FAILED, TransitionContract.EVENT_ORDER_FAILED)
        .isWaitingAt(TransitionContract.TASK_HANDLE_FAILED_ORDER);
    Task handle = driver.task(instance, TransitionContract.TASK_HANDLE_FAILED_ORDER);
    assertThat(handle).hasCandidateGroup(Groups.DISKOMINFO);
    assertThat(formShown.of(handle.getId(), TransitionViews.FAILURE_REASON))
        .isEqualTo("Tiang listrik di depan kantor belum berizin");
    assertThat(connections.requireOrder(order.id()).status()).isEqualTo(OrderStatus.FAILED);

    driver.complete(handle, Map.of("failedOrderDecision", "RESEND"));
    driver.sendOrders(instance);

    ConnectionOrder second = connections.currentOrder(order.transitionId(), order.siteId());
    assertThat(second.id()).isNotEqualTo(order.id());
    assertThat(second.attempt()).isEqualTo(2);
    assertThat(second.status()).isEqualTo(OrderStatus.SENT);
    assertThat(second.idempotencyKey()).isNotEqualTo(order.idempotencyKey());
    assertThat(second.providerOrderId()).isNotEqualTo(order.providerOrderId());
    assertThat(instance).isWaitingAt(TransitionContract.TASK_CONFIRM_INSTALLATION);
    // a late report of the failed attempt is not the new attempt's
    assertThat(post(installed(order.providerOrderId())).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(instance).isWaitingAt(TransitionContract.TASK_CONFIRM_INSTALLATION);
  }

  @Test
  void rescheduled_moves_that_sites_deadline_and_the_sla_chases_icon_plus_without_cancelling_the_wait() {
    ProcessInstance instance = twoSitesOrdered(opds.register("UJI-CALLBACK-JADWAL-ULANG"));
    Long transitionId = transitionIdOf(instance);
    List<SiteConnection> sites = connections.connectionsOf(transitionId);
    ConnectionOrder order = connections.currentOrder(transitionId, sites.get(0).siteId());
    ConnectionOrder other = connections.currentOrder(transitionId, sites.get(1).siteId());
    Date sla = Date.from(NOW.plus(Duration.ofDays(14)));
    assertThat(slaJob(instance, order).getDuedate()).isEqualTo(sla);
    Map<String, Object> rescheduled = callback(order.providerOrderId(), "RESCHEDULED");
    rescheduled.put("scheduledFor", "2026-11-25T10:00:00+08:00");

    assertThat(post(rescheduled).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

    Instant moved = Instant.parse("2026-11-25T02:00:00Z");
    assertThat(slaJob(instance, order).getDuedate()).isEqualTo(Date.from(moved));
    assertThat(connections.requireOrder(order.id()).installationDueAt()).isEqualTo(moved);
    assertThat(slaJob(instance, other).getDuedate()).isEqualTo(sla);
    assertThat(connections.requireOrder(other.id()).installationDueAt()).isEqualTo(NOW.plus(Duration.ofDays(14)));

    TimeTravel.to(moved.plusSeconds(60));
    engine.getManagementService().executeJob(slaJob(instance, order).getId());

    assertThat(instance).isWaitingAt(TransitionContract.TASK_CONFIRM_INSTALLATION, TransitionContract.TASK_CHASE_ICONPLUS);
    Task chase = driver.task(instance, TransitionContract.TASK_CHASE_ICONPLUS);
    assertThat(siteOf(chase)).isEqualTo(order.siteId());
    assertThat(chase).hasCandidateGroup(Groups.DISKOMINFO);
    assertThat(formShown.of(chase.getId(), TransitionViews.PROVIDER_STATUS)).isEqualTo("ACCEPTED");
    assertThat(post(installed(order.providerOrderId())).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    // the report ends that site's installation, the chase task with it; the other site still waits
    assertThat(instance).isWaitingAt(TransitionContract.TASK_ACCEPT_LINK, TransitionContract.TASK_CONFIRM_INSTALLATION);
    assertThat(driver.tasks(instance, TransitionContract.TASK_CHASE_ICONPLUS)).isEmpty();
    assertThat(siteOf(driver.task(instance, TransitionContract.TASK_CONFIRM_INSTALLATION))).isEqualTo(other.siteId());
  }

  @Test
  void an_order_diskominfo_cancelled_is_withdrawn_at_icon_plus_and_its_late_report_is_409() {
    ProcessInstance instance = driver.startAndOrder(opds.register("UJI-CALLBACK-BATAL"), FISCAL_YEAR);
    ConnectionOrder order = onlyOrderOf(instance);
    TimeTravel.to(order.installationDueAt().plusSeconds(60));
    driver.runJobs(instance, TransitionContract.EVENT_INSTALLATION_OVERDUE);
    driver.complete(driver.task(instance, TransitionContract.TASK_CHASE_ICONPLUS), Map.of(
        "chaseDecision", "CANCEL_ORDER", "cancellationReason", "Tidak ada cakupan jaringan di lokasi",
        "chaseNotes", "Icon+ menyatakan tidak sanggup"));
    assertThat(instance).isWaitingAt(TransitionContract.TASK_CANCEL_CONNECTION_ORDER);
    assertThat(FakeIconPlus.cancelled(order.providerOrderId())).isFalse();

    driver.runJobs(instance, TransitionContract.TASK_CANCEL_CONNECTION_ORDER);

    assertThat(FakeIconPlus.cancelled(order.providerOrderId())).isTrue();
    assertThat(connections.requireOrder(order.id()).status()).isEqualTo(OrderStatus.CANCELLED);
    assertThat(instance).hasPassed(TransitionContract.EVENT_ORDER_CANCELLED)
        .isWaitingAt(TransitionContract.TASK_HANDLE_FAILED_ORDER);
    ResponseEntity<JsonNode> late = post(installed(order.providerOrderId()));
    assertThat(late.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(late.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(connections.requireOrder(order.id()).status()).isEqualTo(OrderStatus.CANCELLED);
    assertThat(instance).isWaitingAt(TransitionContract.TASK_HANDLE_FAILED_ORDER);
  }

  @Test
  void repaired_moves_the_trouble_ticket_once_and_asks_the_opd_to_confirm() {
    Complaint complaint = driver.fileComplaint(TICKET_OPD, "LINK_DOWN", "Putus sejak subuh");
    driver.complete(
        driver.caseTask(complaint.id(), ComplaintCaseContract.TASK_EVALUATE_COMPLAINT),
        Map.of("evaluationResult", "PROVIDER_FAULT", "evaluationNotes", "Port rusak"));
    driver.runCaseJobs(complaint.id(), ComplaintCaseContract.TASK_SEND_TROUBLE_TICKET);
    TroubleTicket ticket = complaints.ticketsOf(complaint.id()).get(0);
    assertThat(ticket.providerTicketId()).startsWith("FAKE-TKT-");
    assertThat(driver.caseTask(complaint.id(), ComplaintCaseContract.TASK_CONFIRM_REPAIR)).isNull();

    Map<String, Object> repaired = new LinkedHashMap<>();
    repaired.put("ticketId", ticket.providerTicketId());
    repaired.put("status", "REPAIRED");
    repaired.put("occurredAt", "2026-11-06T08:30:00+08:00");
    assertThat(post(repaired).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

    assertThat(complaints.requireTicket(ticket.id()).status()).isEqualTo(TicketStatus.REPAIRED);
    assertThat(complaints.require(complaint.id()).status()).isEqualTo(ComplaintStatus.REPAIRED);
    assertThat(driver.caseTask(complaint.id(), ComplaintCaseContract.TASK_CONFIRM_REPAIR))
        .hasCandidateGroup(Groups.opd(TICKET_OPD));
    long callbacks = received.count();

    // the same report again is a duplicate; another report of the same repair finds nothing waiting
    TimeTravel.advance(Duration.ofSeconds(1));
    assertThat(post(repaired).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    repaired.put("occurredAt", "2026-11-06T09:00:00+08:00");
    assertThat(post(repaired).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(received.count()).isEqualTo(callbacks);
    assertThat(engine.getTaskService().createTaskQuery()
        .processInstanceId(complaints.require(complaint.id()).caseProcessInstanceId())
        .taskDefinitionKey(ComplaintCaseContract.TASK_CONFIRM_REPAIR).count()).isOne();
  }

  @Test
  void an_unknown_order_is_404_and_an_order_nobody_waits_for_is_409() {
    assertThat(post(installed("NO-SUCH-ORDER")).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

    ProcessInstance instance = driver.startAndOrder(opds.register("UJI-CALLBACK-TERLAMBAT"), FISCAL_YEAR);
    ConnectionOrder order = onlyOrderOf(instance);
    driver.confirmInstallations(instance);
    assertThat(instance).isWaitingAt(TransitionContract.TASK_ACCEPT_LINK);

    ResponseEntity<JsonNode> late = post(installed(order.providerOrderId()));
    assertThat(late.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(late.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(connections.requireOrder(order.id()).installation().reportedBy()).isNotEqualTo("Icon+");
  }

  @Test
  void the_very_same_signed_request_again_is_a_replay_and_changes_nothing() {
    ProcessInstance instance = driver.startAndOrder(opds.register("UJI-CALLBACK-REPLAY"), FISCAL_YEAR);
    byte[] body = bytes(installed(onlyOrderOf(instance).providerOrderId()));
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

  /** A transition with two sites, each with its own order sent to Icon+. */
  private ProcessInstance twoSitesOrdered(String opd) {
    ProcessInstance instance = driver.start(opd, FISCAL_YEAR);
    driver.order(instance, survey(ownIspSite("Kantor " + opd, 2_500_000L, "2028-12-31"),
        siteWithoutInternet("Puskesmas " + opd)));
    assertThat(driver.tasks(instance, TransitionContract.TASK_CONFIRM_INSTALLATION)).hasSize(2);
    return instance;
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

  private Long transitionIdOf(ProcessInstance instance) {
    return Processes.variable(engine, instance, TransitionContract.TRANSITION_ID);
  }

  /** The order of a transition with one site. */
  private ConnectionOrder onlyOrderOf(ProcessInstance instance) {
    Long transitionId = transitionIdOf(instance);
    List<SiteConnection> sites = connections.connectionsOf(transitionId);
    assertThat(sites).hasSize(1);
    return connections.currentOrder(transitionId, sites.get(0).siteId());
  }

  /** The site a task of a site's sub-process belongs to. */
  private Long siteOf(Task task) {
    return ((Number) engine.getTaskService().getVariable(task.getId(), TransitionContract.SITE_ID.name())).longValue();
  }

  /** The installation SLA timer of the site waiting for this order. */
  private Job slaJob(ProcessInstance instance, ConnectionOrder order) {
    List<Job> found = engine.getManagementService().createJobQuery()
        .processInstanceId(instance.getId())
        .activityId(TransitionContract.EVENT_INSTALLATION_OVERDUE)
        .list().stream()
        .filter(job -> order.id().equals(orderOf(job)))
        .toList();
    assertThat(found).hasSize(1);
    return found.get(0);
  }

  private Long orderOf(Job job) {
    Object value = engine.getRuntimeService().getVariable(job.getExecutionId(), TransitionContract.CONNECTION_ORDER_ID.name());
    return value instanceof Number number ? number.longValue() : null;
  }
}
