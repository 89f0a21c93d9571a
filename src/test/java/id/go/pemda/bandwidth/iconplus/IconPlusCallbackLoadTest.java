package id.go.pemda.bandwidth.iconplus;

import static id.go.pemda.bandwidth.support.TransitionDriver.ownIspSite;
import static id.go.pemda.bandwidth.support.TransitionDriver.siteWithoutInternet;
import static id.go.pemda.bandwidth.support.TransitionDriver.survey;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.pemda.bandwidth.connection.ConnectionOrder;
import id.go.pemda.bandwidth.connection.ConnectionService;
import id.go.pemda.bandwidth.connection.OrderStatus;
import id.go.pemda.bandwidth.connection.SiteConnection;
import id.go.pemda.bandwidth.process.contract.TransitionContract;
import id.go.pemda.bandwidth.support.ApplicationTest;
import id.go.pemda.bandwidth.support.Processes;
import id.go.pemda.bandwidth.support.TestOpds;
import id.go.pemda.bandwidth.support.TimeTravel;
import id.go.pemda.bandwidth.support.TransitionDriver;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Signed installation callbacks over HTTP on loopback, one per site's order, 10% of them
 * duplicates sent concurrently with their originals: none is lost and each site's installation is
 * correlated exactly once. The sites of one transition wait side by side, so callbacks for
 * sibling sites of one process instance also arrive at the same time.
 *
 * <p>Each transition is driven to its orders through the real model (survey, coordination,
 * approval, orders sent to Icon+) rather than placed at the wait, so the count is lower than the
 * single-site design's 900 transitions. The normal build runs 20 transitions of 3 sites (60
 * orders, enough for concurrent duplicates and siblings); 100 (300
 * orders) or more with the system property {@code iconplus.load.transitions}.
 */
@ApplicationTest
class IconPlusCallbackLoadTest {

  private static final int TRANSITIONS = Integer.getInteger("iconplus.load.transitions", 20);
  private static final int SITES = 3;
  private static final int ORDERS = TRANSITIONS * SITES;
  private static final int DUPLICATES = ORDERS / 10;
  private static final int THREADS = 8;
  private static final int FISCAL_YEAR = 2034;
  private static final String OPD_PREFIX = "UJI-BEBAN-";
  private static final String SECRET = "test-callback-secret";

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired TransitionDriver driver;
  @Autowired ConnectionService connections;
  @Autowired ReceivedCallbackRepository received;
  @Autowired TestOpds opds;
  @Autowired ObjectMapper json;

  @Test
  void callbacks_for_every_site_with_concurrent_duplicates_lose_none_and_correlate_each_once() throws Exception {
    TimeTravel.to(Instant.parse("2026-11-20T01:00:00Z"));
    Map<String, String> instanceByOrder = sitesWaitingForInstallation();
    assertThat(instanceByOrder).hasSize(ORDERS);
    long callbacksBefore = received.count();
    List<Delivery> deliveries = new ArrayList<>();
    instanceByOrder.keySet().forEach(orderId -> deliveries.add(new Delivery(orderId, 0)));
    Random random = new Random(42);
    List<String> originals = new ArrayList<>(instanceByOrder.keySet());
    Collections.sort(originals);
    Map<String, Integer> copies = new HashMap<>();
    for (int i = 0; i < DUPLICATES; i++) {
      // Icon+ signs every delivery anew: a duplicate carries another timestamp, hence signature
      String orderId = originals.get(random.nextInt(originals.size()));
      deliveries.add(new Delivery(orderId, copies.merge(orderId, 1, Integer::sum)));
    }
    Collections.shuffle(deliveries, random);

    // time stands still while sending, so each delivery's timestamp is the one it was given
    Map<Integer, Integer> answers = new ConcurrentHashMap<>();
    HttpClient client = HttpClient.newHttpClient();
    ExecutorService senders = Executors.newFixedThreadPool(THREADS);
    List<Future<?>> sent = new ArrayList<>();
    for (Delivery delivery : deliveries) {
      sent.add(senders.submit(() -> answers.merge(deliver(client, delivery), 1, Integer::sum)));
    }
    for (Future<?> delivery : sent) {
      delivery.get();
    }
    senders.shutdown();

    assertThat(answers).containsExactly(Map.entry(204, ORDERS + DUPLICATES));
    assertThat(received.count() - callbacksBefore).isEqualTo(ORDERS);
    Set<String> instances = new HashSet<>(instanceByOrder.values());
    assertThat(instances).hasSize(TRANSITIONS);
    Map<String, Integer> correlations = new HashMap<>();
    for (HistoricActivityInstance reported :
        engine.getHistoryService().createHistoricActivityInstanceQuery()
            .activityId(TransitionContract.EVENT_INSTALLATION_REPORTED).list()) {
      if (instances.contains(reported.getProcessInstanceId())) {
        correlations.merge(reported.getProcessInstanceId(), 1, Integer::sum);
      }
    }
    assertThat(correlations).hasSize(TRANSITIONS).allSatisfy((instance, count) -> assertThat(count).isEqualTo(SITES));
    List<Task> acceptance = engine.getTaskService().createTaskQuery()
        .processInstanceBusinessKeyLike(OPD_PREFIX + "%").taskDefinitionKey(TransitionContract.TASK_ACCEPT_LINK).list();
    assertThat(acceptance).hasSize(ORDERS);
    // one acceptance per site: no site was moved twice, none was left waiting
    assertThat(acceptance.stream().collect(Collectors.groupingBy(Task::getProcessInstanceId,
            Collectors.mapping(this::siteOf, Collectors.toSet()))))
        .hasSize(TRANSITIONS)
        .allSatisfy((instance, sites) -> assertThat(sites).hasSize(SITES));
    assertThat(engine.getTaskService().createTaskQuery()
        .processInstanceBusinessKeyLike(OPD_PREFIX + "%").taskDefinitionKey(TransitionContract.TASK_CONFIRM_INSTALLATION)
        .count()).isZero();
    assertThat(instanceByOrder.keySet())
        .allSatisfy(orderId -> assertThat(connections.findByProviderOrderId(orderId).orElseThrow().status())
            .isEqualTo(OrderStatus.INSTALLED));
  }

  /** One HTTP delivery of a callback, signed {@code secondsEarlier} before now. */
  private record Delivery(String orderId, int secondsEarlier) {}

  private int deliver(HttpClient client, Delivery delivery) {
    String orderId = delivery.orderId();
    try {
      Map<String, Object> callback = new HashMap<>();
      callback.put("orderId", orderId);
      callback.put("status", "INSTALLED");
      callback.put("installedBandwidthMbps", 50);
      callback.put("circuitId", "CIR-" + orderId);
      callback.put("occurredAt", "2026-11-20T09:00:00+08:00");
      byte[] body = json.writeValueAsBytes(callback);
      long timestamp = TimeTravel.now().getEpochSecond() - delivery.secondsEarlier();
      HttpRequest request =
          HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + IconPlusCallbackApi.PATH))
              .header("Content-Type", "application/json")
              .header(IconPlusSignature.TIMESTAMP_HEADER, String.valueOf(timestamp))
              .header(IconPlusSignature.SIGNATURE_HEADER, IconPlusSignature.sign(SECRET, timestamp, body))
              .timeout(Duration.ofSeconds(60))
              .POST(HttpRequest.BodyPublishers.ofByteArray(body))
              .build();
      return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (Exception e) {
      throw new IllegalStateException("Callback for " + orderId + " was not delivered", e);
    }
  }

  /**
   * Transitions of OPDs of this test, each with {@value #SITES} sites ordered from Icon+ and
   * waiting for the installation: the provider's order id of every site, with its transition.
   */
  private Map<String, String> sitesWaitingForInstallation() {
    Map<String, String> instanceByOrder = new HashMap<>();
    for (int i = 0; i < TRANSITIONS; i++) {
      String opd = opds.register(String.format("%s%03d", OPD_PREFIX, i));
      ProcessInstance instance = driver.start(opd, FISCAL_YEAR);
      driver.fillSurvey(instance, survey(
          ownIspSite("Kantor " + opd, 2_500_000L, "2033-12-31"),
          siteWithoutInternet("Puskesmas " + opd),
          siteWithoutInternet("Kelurahan " + opd)));
      driver.agreeAll(instance, 1_500_000L);
      driver.approvePlan(instance);
      sendOrders(instance);
      Long transitionId = Processes.variable(engine, instance, TransitionContract.TRANSITION_ID);
      for (SiteConnection site : connections.connectionsOf(transitionId)) {
        ConnectionOrder order = connections.currentOrder(transitionId, site.siteId());
        assertThat(order.status()).isEqualTo(OrderStatus.SENT);
        instanceByOrder.put(order.providerOrderId(), instance.getId());
      }
    }
    return instanceByOrder;
  }

  /**
   * Runs the send jobs as the job executor would: on a busy machine Icon+ may answer after the
   * client's one-second timeout; the retry repeats the attempt's key, so Icon+ keeps one order.
   */
  private void sendOrders(ProcessInstance instance) {
    for (int attempt = 1; ; attempt++) {
      try {
        driver.sendOrders(instance);
        return;
      } catch (IconPlusException e) {
        if (attempt == 3) {
          throw e;
        }
      }
    }
  }

  private Long siteOf(Task task) {
    return ((Number) engine.getTaskService().getVariable(task.getId(), TransitionContract.SITE_ID.name())).longValue();
  }
}
