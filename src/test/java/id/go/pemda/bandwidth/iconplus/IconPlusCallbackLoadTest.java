package id.go.pemda.bandwidth.iconplus;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.pemda.bandwidth.campaign.Campaign;
import id.go.pemda.bandwidth.campaign.CampaignService;
import id.go.pemda.bandwidth.campaign.TransitionDeadline;
import id.go.pemda.bandwidth.connection.ConnectionOrder;
import id.go.pemda.bandwidth.connection.ConnectionOrderRepository;
import id.go.pemda.bandwidth.connection.OrderStatus;
import id.go.pemda.bandwidth.coordination.BandwidthPlan;
import id.go.pemda.bandwidth.coordination.BandwidthPlanRepository;
import id.go.pemda.bandwidth.coordination.PlanStatus;
import id.go.pemda.bandwidth.process.contract.TransitionContract;
import id.go.pemda.bandwidth.support.ApplicationTest;
import id.go.pemda.bandwidth.support.TimeTravel;
import id.go.pemda.bandwidth.support.TransitionDriver;
import id.go.pemda.bandwidth.survey.SurveyAnswer;
import id.go.pemda.bandwidth.survey.SurveyService;
import id.go.pemda.bandwidth.transition.OpdTransition;
import id.go.pemda.bandwidth.transition.TransitionService;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
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
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 1,000 signed callbacks over HTTP on loopback, 10% of them duplicates sent concurrently with
 * their originals: none is lost and each installation is correlated exactly once.
 */
@ApplicationTest
class IconPlusCallbackLoadTest {

  private static final int TRANSITIONS = 900;
  private static final int DUPLICATES = 100;
  private static final int THREADS = 8;
  private static final String SECRET = "test-callback-secret";

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired CampaignService campaigns;
  @Autowired TransitionService transitions;
  @Autowired SurveyService surveys;
  @Autowired BandwidthPlanRepository plans;
  @Autowired ConnectionOrderRepository orders;
  @Autowired ReceivedCallbackRepository received;
  @Autowired JdbcTemplate jdbc;
  @Autowired ObjectMapper json;

  @Test
  void a_thousand_callbacks_with_duplicates_lose_none_and_correlate_each_once() throws Exception {
    Map<String, String> instanceByOrder = transitionsWaitingForInstallation();
    long callbacksBefore = received.count();
    List<Delivery> deliveries = new ArrayList<>();
    instanceByOrder.keySet().forEach(orderId -> deliveries.add(new Delivery(orderId, 0)));
    Random random = new Random(42);
    List<String> originals = new ArrayList<>(instanceByOrder.keySet());
    Map<String, Integer> copies = new HashMap<>();
    for (int i = 0; i < DUPLICATES; i++) {
      // Icon+ signs every delivery anew: a duplicate carries another timestamp, hence signature
      String orderId = originals.get(random.nextInt(originals.size()));
      deliveries.add(new Delivery(orderId, copies.merge(orderId, 1, Integer::sum)));
    }
    Collections.shuffle(deliveries, random);

    // time stands still while sending, so each delivery's timestamp is the one it was given
    TimeTravel.to(TimeTravel.now());
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

    assertThat(answers).containsExactly(Map.entry(204, TRANSITIONS + DUPLICATES));
    assertThat(received.count() - callbacksBefore).isEqualTo(TRANSITIONS);
    Set<String> instances = new HashSet<>(instanceByOrder.values());
    Map<String, Integer> correlations = new HashMap<>();
    for (HistoricActivityInstance reported :
        engine.getHistoryService().createHistoricActivityInstanceQuery()
            .activityId(TransitionContract.EVENT_INSTALLATION_REPORTED).list()) {
      if (instances.contains(reported.getProcessInstanceId())) {
        correlations.merge(reported.getProcessInstanceId(), 1, Integer::sum);
      }
    }
    assertThat(correlations).hasSize(TRANSITIONS).allSatisfy((instance, count) -> assertThat(count).isOne());
    assertThat(engine.getTaskService().createTaskQuery()
        .processInstanceBusinessKeyLike("LOAD-%").taskDefinitionKey(TransitionContract.TASK_ACCEPT_LINK).count())
        .isEqualTo(TRANSITIONS);
    assertThat(orders.findAll().stream()
        .filter(order -> instanceByOrder.containsKey(order.providerOrderId()))
        .filter(order -> order.status() == OrderStatus.INSTALLED)
        .count())
        .isEqualTo(TRANSITIONS);
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

  /** Transitions placed straight at the installation wait, with the rows an order needs. */
  private Map<String, String> transitionsWaitingForInstallation() {
    int fiscalYear = 2034;
    Instant deadline = TransitionDeadline.defaultFor(fiscalYear);
    Campaign campaign = campaigns.plan(fiscalYear, Duration.ofDays(30), deadline, "load-test", List.of("DLH"));
    Instant now = TimeTravel.now();
    Map<String, String> instanceByOrder = new HashMap<>();
    for (int i = 0; i < TRANSITIONS; i++) {
      OpdTransition transition = transitions.register(campaign.id(), "DLH", fiscalYear, deadline, "pending-load-" + i);
      SurveyAnswer survey = surveys.submit(surveyOf(transition.id()));
      BandwidthPlan plan =
          plans.save(
              new BandwidthPlan(
                  null, transition.id(), survey.id(), 50, 50, new BigDecimal("1000000"), null, PlanStatus.APPROVED, now));
      String providerOrderId = "LOAD-ORD-" + i;
      ConnectionOrder order =
          orders.save(
              ConnectionOrder.record(transition.id(), plan.id(), "DLH", 50, "Jl. Load " + i, now)
                  .sent(providerOrderId, now, now.plus(Duration.ofDays(14))));
      String processInstanceId =
          engine.getRuntimeService()
              .createProcessInstanceByKey(TransitionContract.KEY)
              .businessKey("LOAD-" + i)
              .setVariable(TransitionContract.OPD_CODE.name(), "DLH")
              .setVariable(TransitionContract.CAMPAIGN_ID.name(), campaign.id())
              .setVariable(TransitionContract.TRANSITION_ID.name(), transition.id())
              .setVariable(TransitionContract.OPD_GROUP.name(), "opd-dlh")
              .setVariable(TransitionContract.TASK_PRIORITY.name(), 40)
              .setVariable(TransitionContract.PLAN_ID.name(), plan.id())
              .setVariable(TransitionContract.CONNECTION_ORDER_ID.name(), order.id())
              .setVariable(TransitionContract.TRANSITION_DEADLINE.name(), Date.from(deadline))
              .setVariable(TransitionContract.INSTALLATION_DUE_AT.name(), Date.from(order.installationDueAt()))
              .startBeforeActivity(TransitionContract.TASK_CONFIRM_INSTALLATION)
              .execute()
              .getId();
      jdbc.update("update opd_transition set process_instance_id = ? where id = ?", processInstanceId, transition.id());
      instanceByOrder.put(providerOrderId, processInstanceId);
    }
    return instanceByOrder;
  }

  private static SurveyAnswer surveyOf(Long transitionId) {
    Map<String, Object> values = TransitionDriver.survey();
    return new SurveyAnswer(
        null, transitionId, (String) values.get("currentIsp"), 20, new BigDecimal("2500000"),
        LocalDate.parse("2026-12-31"), 120, 8, 6, 2, (String) values.get("siteAddress"),
        (String) values.get("contactName"), (String) values.get("contactPhone"), null, "load-test", TimeTravel.now());
  }
}
