package id.go.pemda.bandwidth.ops;

import ch.qos.logback.classic.Level;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.LoggerFactory;

/**
 * The cluster check behind {@code .ci/cluster-check} (docs/operations.md, "Running several nodes"): two
 * identical nodes of the packaged application on one throwaway PostgreSQL (zonky's embedded
 * server on a free port), each with its job executor, and a stand-in for Icon+ on loopback.
 * It starts campaigns and drives their transitions to the asynchronous Icon+ order over the
 * engine REST API of both nodes (as a load balancer would spread them), kills node A with
 * SIGKILL while it holds locked jobs, lets node B finish, and checks through SQL and node B's
 * REST API that every due job ran exactly once, that no instance stalled and that nothing was
 * lost. Prints a table; exit code 0 only if every check passed.
 *
 * <p>Arguments: the application jar, a work folder. System properties: {@code transitions}
 * (default 30, a multiple of the five campaigns is best).
 */
public final class ClusterCheck {

  private static final int TRANSITIONS = Integer.getInteger("transitions", 30);
  private static final int CAMPAIGNS = 5;
  private static final String ADMIN = "admin";
  private static final String PASSWORD = "Cluster-Check-2026!";
  /** Samarinda's Diskominfo operator who starts the programs: a start needs a user of one Pemda. */
  private static final String OPERATOR = "klaster.diskominfo";
  private static final String OPERATOR_PASSWORD = "Jaringan-Pusat-77!";
  private static final String API_KEY = "cluster-check-api-key";
  private static final Duration ICONPLUS_DELAY = Duration.ofMillis(1000);
  private static final int LOCK_TIME_MILLIS = 10_000;
  private static final Duration INSTALLATION_SLA = Duration.ofSeconds(20);
  private static final ZoneId WITA = ZoneId.of("Asia/Makassar");
  private static final ObjectMapper JSON = new ObjectMapper();
  /**
   * Jobs meant to run once. Camunda's history cleanup is one "ever-living" job that runs again
   * and again in its batch window (22:00 to 04:00 WITA here), on whichever node acquires it.
   */
  private static final String ONE_OFF = "coalesce(job_def_type_, '') <> 'history-cleanup'";

  private final Path jar;
  private final Path work;
  private final long startedAt = System.nanoTime();
  private final List<Row> rows = new ArrayList<>();
  private final AtomicInteger failovers = new AtomicInteger();
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private EmbeddedPostgres postgres;
  private FakeIconPlus iconPlus;
  private Node a;
  private Node b;

  private ClusterCheck(Path jar, Path work) {
    this.jar = jar;
    this.work = work;
  }

  public static void main(String[] args) throws Exception {
    ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).setLevel(Level.WARN);
    if (args.length != 2) {
      System.err.println("usage: ClusterCheck <application jar> <work folder>");
      System.exit(2);
    }
    ClusterCheck check = new ClusterCheck(Path.of(args[0]), Path.of(args[1]));
    Runtime.getRuntime().addShutdownHook(new Thread(check::stopQuietly));
    boolean passed;
    try {
      passed = check.run();
    } catch (Exception | AssertionError e) {
      check.log("ABORTED: " + e);
      e.printStackTrace();
      check.check("the check ran to its end", "no error", String.valueOf(e), false);
      check.printTable();
      passed = false;
    }
    check.stopQuietly();
    System.exit(passed ? 0 : 1);
  }

  private boolean run() throws Exception {
    Files.createDirectories(work);
    postgres =
        EmbeddedPostgres.builder()
            .setDataDirectory(work.resolve("postgres"))
            .setCleanDataDirectory(true)
            .setRegisterShutdownHook(false)
            .setServerConfig("max_connections", "100")
            .start();
    String jdbcUrl = postgres.getJdbcUrl("postgres", "postgres");
    log("PostgreSQL on port " + postgres.getPort() + " (embedded, data in " + work.resolve("postgres") + ")");
    iconPlus = new FakeIconPlus(ICONPLUS_DELAY);
    log("fake Icon+ on port " + iconPlus.port());

    a = new Node("node-a", freePort(), jdbcUrl);
    b = new Node("node-b", freePort(), jdbcUrl);
    // one after the other: the first start creates the engine's and the application's schema
    a.start();
    await("node-a healthy", Duration.ofSeconds(120), a::healthy);
    log("node-a healthy on port " + a.port);
    b.start();
    await("node-b healthy", Duration.ofSeconds(120), b::healthy);
    log("node-b healthy on port " + b.port);
    a.readJobExecutor();
    b.readJobExecutor();
    check("both nodes healthy, job executors active",
        "UP, active, 2 lock owners",
        a.status + "/" + b.status + ", active " + a.jobExecutorActive + "/" + b.jobExecutorActive,
        a.jobExecutorActive && b.jobExecutorActive && !a.lockOwner.equals(b.lockOwner));

    try (Connection db = DriverManager.getConnection(jdbcUrl, "postgres", "postgres")) {
      List<String> opds = opdCodes(db);
      startCampaigns(opds);
      await(TRANSITIONS + " surveys waiting", Duration.ofSeconds(60),
          () -> count(db, "select count(*) from act_ru_task where task_def_key_ = 'Task_FillSurvey'") >= TRANSITIONS);
      log(TRANSITIONS + " transitions waiting for their survey");

      ExecutorService drivers = Executors.newFixedThreadPool(3);
      List<Future<?>> driving = new ArrayList<>();
      for (String instance : instancesAt(db, "Task_FillSurvey")) {
        driving.add(drivers.submit(() -> drive(instance)));
      }
      // kill node A in the middle: Icon+ orders under way, node A holding locked jobs
      // per site the order jobs are short: node A is killed holding a lock if it holds one while a
      // quarter of the orders are out, otherwise once half are out (its SLA timers still pending)
      await("node-a mid-work", Duration.ofSeconds(90), () -> {
        failed(driving);
        long out = count(db, "select count(*) from connection_order where provider_order_id is not null");
        return out >= TRANSITIONS / 4 && lockedBy(db, a.lockOwner) > 0 || out >= TRANSITIONS / 2;
      });
      long ordersBeforeKill = count(db, "select count(*) from connection_order where provider_order_id is not null");
      a.kill();
      long killedAt = System.nanoTime();
      Thread.sleep(500);
      List<String> orphans = strings(db, "select id_ from act_ru_job where lock_owner_ = ?", a.lockOwner);
      log("node-a killed (SIGKILL) with " + orphans.size() + " jobs locked, " + ordersBeforeKill + "/" + TRANSITIONS
          + " orders sent");
      check("node-a killed while it held locked jobs", ">= 1 job locked by node-a", orphans.size() + " jobs", !orphans.isEmpty());

      for (Future<?> transition : driving) {
        transition.get();
      }
      drivers.shutdown();
      log("every transition driven to its Icon+ order (after the kill through node-b only; "
          + failovers.get() + " requests lost with node-a sent again)");

      await("node-b finishing the work", Duration.ofSeconds(90),
          () -> count(db, "select count(*) from connection_order where provider_order_id is not null") >= TRANSITIONS
              && count(db, "select count(*) from act_ru_task where task_def_key_ = 'Task_ChaseIconPlus'") >= TRANSITIONS
              && lockedBy(db, a.lockOwner) == 0
              && dueJobs(db) == 0);
      log("node-b finished " + seconds(System.nanoTime() - killedAt) + " after the kill");

      verify(db, orphans);
    }
    printTable();
    return rows.stream().allMatch(Row::ok);
  }

  // --- the work ---------------------------------------------------------------------------

  private static List<String> opdCodes(Connection db) throws SQLException {
    List<String> codes =
        strings(db, "select code from opd where active and code <> 'DISKOMINFO' order by code");
    if (codes.size() < TRANSITIONS) {
      throw new IllegalStateException("only " + codes.size() + " OPDs registered, " + TRANSITIONS + " needed");
    }
    return codes.subList(0, TRANSITIONS);
  }

  /**
   * One program per fiscal year (the five after this one, as many as the start form offers), the
   * OPDs shared out among them, started by Samarinda's Diskominfo (the administrator belongs to
   * no Pemda). Each deadline a week away, and by 31 December of this year at the latest: a
   * transition may not run into its fiscal year.
   */
  private void startCampaigns(List<String> opds) throws Exception {
    LocalDate today = LocalDate.now(WITA);
    int year = today.getYear() + 1;
    LocalDate endOfYear = LocalDate.of(today.getYear(), 12, 31);
    String deadline = (today.plusDays(7).isAfter(endOfYear) ? endOfYear : today.plusDays(7)).toString();
    HttpResponse<String> created = a.post("/engine-rest/user/create", Map.of(
        "profile", Map.of("id", OPERATOR, "firstName", "Operator", "lastName", "Klaster"),
        "credentials", Map.of("password", OPERATOR_PASSWORD)));
    HttpResponse<String> member = a.put("/engine-rest/group/diskominfo/members/" + OPERATOR);
    if (created.statusCode() != 204 || member.statusCode() != 204) {
      throw new IllegalStateException("operator " + OPERATOR + ": HTTP " + created.statusCode() + " " + created.body()
          + ", membership HTTP " + member.statusCode());
    }
    for (int c = 0; c < CAMPAIGNS; c++) {
      List<String> mine = new ArrayList<>();
      for (int i = c; i < opds.size(); i += CAMPAIGNS) {
        mine.add(opds.get(i));
      }
      Map<String, Object> form = new LinkedHashMap<>();
      form.put("programName", "Program uji klaster " + (year + c));
      form.put("fiscalYear", year + c);
      form.put("quietPeriodDays", 1);
      form.put("transitionDeadline", deadline);
      form.put("opdCodes", String.join(", ", mine));
      Node node = c % 2 == 0 ? a : b;
      HttpResponse<String> answer =
          node.postAs(OPERATOR, OPERATOR_PASSWORD, "/engine-rest/process-definition/key/bandwidth-campaign/submit-form",
              variables(form));
      if (answer.statusCode() != 200) {
        throw new IllegalStateException("campaign " + (year + c) + ": HTTP " + answer.statusCode() + " " + answer.body());
      }
    }
    log(CAMPAIGNS + " campaigns started (their multi-instance call activity is asynchronous)");
  }

  /**
   * Takes one transition from its survey to the approved plan: survey, coordination, approval,
   * each completed by the administrator over the REST API of the node the transition's index
   * picks, or of the other node when that one is gone (what a load balancer does).
   */
  private void drive(String processInstanceId) {
    Node preferred = Math.floorMod(processInstanceId.hashCode(), 2) == 0 ? a : b;
    for (int step = 0; step < 10; step++) {
      JsonNode tasks = json(call(preferred, node -> node.get("/engine-rest/task?processInstanceId=" + processInstanceId)));
      // between two tasks the job executor may hold the instance (asynchronous steps): wait a little
      for (int wait = 0; tasks.isEmpty() && wait < 20; wait++) {
        sleep(250);
        tasks = json(call(preferred, node -> node.get("/engine-rest/task?processInstanceId=" + processInstanceId)));
      }
      String key = tasks.isEmpty() ? "" : tasks.get(0).path("taskDefinitionKey").asText();
      Map<String, Object> values =
          switch (key) {
            case "Task_FillSurvey" -> survey();
            case "Task_CoordinateTechnically" -> agreement(preferred, tasks.get(0).path("id").asText());
            case "Task_ApprovePlan" -> Map.of("planDecision", "APPROVE");
            default -> null;
          };
      if (values == null) {
        return; // past the approval: the order is the job executor's now
      }
      String taskId = tasks.get(0).path("id").asText();
      // a refusal is an error unless the task is gone: completed by a request to node A whose
      // answer was lost when node A died, and sent again to node B
      HttpResponse<String> answer = call(preferred, node -> node.post("/engine-rest/task/" + taskId + "/complete", variables(values)));
      if (answer.statusCode() != 204
          && call(preferred, node -> node.get("/engine-rest/task/" + taskId)).statusCode() != 404) {
        throw new IllegalStateException(key + " of " + processInstanceId + ": HTTP " + answer.statusCode() + " " + answer.body());
      }
    }
    throw new IllegalStateException("transition " + processInstanceId + " did not reach its order");
  }

  /** Stops the check with the reason a driving thread failed, rather than waiting for it in vain. */
  private static void failed(List<Future<?>> driving) {
    for (Future<?> drive : driving) {
      if (drive.isDone()) {
        try {
          drive.get();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException e) {
          throw new IllegalStateException("driving a transition failed: " + e.getCause(), e.getCause());
        }
      }
    }
  }

  /** The survey of one site, the OPD's office on its own ISP; the list goes as Tasklist sends it (Json). */
  private static Map<String, Object> survey() {
    Map<String, Object> site = new LinkedHashMap<>();
    site.put("name", "Kantor");
    site.put("kind", "KANTOR");
    site.put("kelurahan", "Sidodadi");
    site.put("address", "Jl. Kesuma Bangsa No. 1, Samarinda");
    site.put("connectivity", "OWN_ISP");
    site.put("ispName", "PT Telkom Indonesia (IndiHome)");
    site.put("contractEnd", LocalDate.now(WITA).plusMonths(2).toString());
    site.put("noticeDays", 30);
    site.put("currentBandwidthMbps", 20);
    site.put("monthlyCostRupiah", 2_500_000L);
    site.put("staffCount", 120);
    site.put("serviceCounters", 8);
    site.put("cctvCameras", 6);
    site.put("hostedApplications", 2);
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("contactName", "Rina Lestari");
    values.put("contactPhone", "081234567890");
    values.put("obstacles", "");
    values.put("sites", List.of(site));
    return values;
  }

  /** Diskominfo agrees every site the coordination form opened with, at one central cost. */
  private Map<String, Object> agreement(Node preferred, String taskId) {
    // what the coordination form shows, read as Tasklist reads it (the engine API's door opens no other way)
    JsonNode shown = json(call(preferred, node -> node.get(
        "/engine-rest/task/" + taskId + "/form-variables?variableNames=sites&deserializeValues=false"))).path("sites");
    List<Map<String, Object>> rows = new ArrayList<>();
    try {
      // the Json variable as its text (deserialized, the REST API would answer Spin's node as a bean)
      for (JsonNode row : JSON.readTree(shown.path("value").asText())) {
        Map<String, Object> agreed = JSON.convertValue(row, new TypeReference<>() {});
        agreed.put("centralMonthlyCostRupiah", 1_000_000);
        agreed.put("technicalNotes", "cluster check");
        rows.add(agreed);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("coordinationDecision", "AGREED");
    values.put("sites", rows);
    return values;
  }

  private HttpResponse<String> call(Node preferred, NodeCall call) {
    for (int attempt = 0; attempt < 20; attempt++) {
      Node node = preferred.alive ? preferred : (preferred == a ? b : a);
      try {
        return call.on(node);
      } catch (IOException e) {
        // node A died under the request: the same request goes to the surviving node
        failovers.incrementAndGet();
        sleep(200);
      }
    }
    throw new IllegalStateException("no node answered");
  }

  // --- the checks ---------------------------------------------------------------------------

  private void verify(Connection db, List<String> orphans) throws Exception {
    Timestamp now = new Timestamp(System.currentTimeMillis());

    // every job once: per job id at most one successful run in the historic job log, and a job
    // without one is either still waiting for its due date or was deleted with its scope
    long jobs = count(db, "select count(distinct job_id_) from act_hi_job_log where " + ONE_OFF);
    long twice = count(db, "select count(*) from (select job_id_ from act_hi_job_log where job_state_ = 2 and " + ONE_OFF
        + " group by job_id_ having count(*) > 1) twice");
    long ran = count(db, "select count(distinct job_id_) from act_hi_job_log where job_state_ = 2 and " + ONE_OFF);
    long notYetDue = count(db, "select count(*) from act_ru_job where duedate_ > ? and type_ <> 'ever-living'", now);
    long lost = count(db, "select count(*) from (select job_id_ from act_hi_job_log where " + ONE_OFF + " group by job_id_"
        + " having count(*) filter (where job_state_ in (2, 3)) = 0) open_jobs"
        + " where job_id_ not in (select id_ from act_ru_job where duedate_ > ?)", now);
    check("no job ran twice (historic job log)", "0 job ids with 2 successes",
        twice + " of " + ran + " jobs that ran", twice == 0);
    if (twice > 0) {
      System.out.println("jobs that ran twice (historic job log):");
      try (PreparedStatement query = db.prepareStatement("select job_id_, act_id_, job_def_type_, job_state_, hostname_,"
              + " timestamp_, job_duedate_, job_retries_, process_instance_id_ from act_hi_job_log where job_id_ in"
              + " (select job_id_ from act_hi_job_log where job_state_ = 2 and " + ONE_OFF + " group by job_id_ having count(*) > 1)"
              + " order by job_id_, timestamp_");
          ResultSet rs = query.executeQuery()) {
        while (rs.next()) {
          StringBuilder line = new StringBuilder("  ");
          for (int i = 1; i <= 9; i++) {
            line.append(rs.getString(i)).append(' ');
          }
          System.out.println(line);
        }
      }
    }
    check("every job that was due ran", "0 lost; rest not yet due",
        lost + " lost, " + ran + " ran, " + notYetDue + " not yet due, " + jobs + " created", lost == 0);
    Map<String, Long> byActivity = countsBy(db, "select act_id_, count(distinct job_id_) from act_hi_job_log"
        + " where job_state_ = 2 group by act_id_");
    long campaignJobs = byActivity.getOrDefault("CallActivity_OpdTransition#multiInstanceBody", 0L);
    long orderJobs = byActivity.getOrDefault("Task_SendConnectionOrder", 0L);
    long slaTimers = byActivity.getOrDefault("Event_InstallationOverdue", 0L);
    check("async campaign jobs, Icon+ order jobs, SLA timers ran", CAMPAIGNS + ", " + TRANSITIONS + ", " + TRANSITIONS,
        campaignJobs + ", " + orderJobs + ", " + slaTimers,
        campaignJobs == CAMPAIGNS && orderJobs == TRANSITIONS && slaTimers == TRANSITIONS);
    Map<String, Long> byNode = countsBy(db, "select hostname_, count(*) from act_hi_job_log where job_state_ = 2 and " + ONE_OFF
        + " group by hostname_ order by hostname_");
    check("both nodes ran jobs", "node-a > 0, node-b > 0", byNode.toString(),
        byNode.getOrDefault("node-a", 0L) > 0 && byNode.getOrDefault("node-b", 0L) > 0);
    long orphansRan = 0;
    for (String orphan : orphans) {
      orphansRan += count(db, "select count(*) from act_hi_job_log where job_id_ = ? and job_state_ = 2 and hostname_ = 'node-b'", orphan);
    }
    check("jobs locked by the dead node-a ran once on node-b", orphans.size() + " of " + orphans.size(),
        orphansRan + " of " + orphans.size(), orphansRan == orphans.size());
    check("no job locked by node-a left after its lock time", "0",
        String.valueOf(lockedBy(db, a.lockOwner)), lockedBy(db, a.lockOwner) == 0);
    long failed = count(db, "select count(*) from act_hi_job_log where job_state_ = 1");
    long noRetries = count(db, "select count(*) from act_ru_job where retries_ = 0");
    long incidents = count(db, "select count(*) from act_ru_incident");
    check("no job left failing, no incident", "0 without retries, 0 incidents",
        noRetries + " without retries, " + incidents + " incidents (" + failed + " failed attempts logged)",
        noRetries == 0 && incidents == 0);

    // no instance stalled: nothing due is left, every transition is past its asynchronous steps
    long asyncLeft = count(db, "select count(*) from act_ru_job where type_ = 'message'");
    check("no asynchronous continuation left, nothing overdue", "0 message jobs, 0 due jobs",
        asyncLeft + " message jobs, " + dueJobs(db) + " due jobs", asyncLeft == 0 && dueJobs(db) == 0);
    long waitingForIconPlus = count(db, "select count(*) from act_ru_task where task_def_key_ = 'Task_ConfirmInstallation'");
    long chasing = count(db, "select count(*) from act_ru_task where task_def_key_ = 'Task_ChaseIconPlus'");
    check("every transition waits for the installation, its SLA timer fired once",
        TRANSITIONS + " + " + TRANSITIONS + " tasks", waitingForIconPlus + " + " + chasing + " tasks",
        waitingForIconPlus == TRANSITIONS && chasing == TRANSITIONS);
    long transitionsRunning = count(db, "select count(*) from act_ru_execution where parent_id_ is null"
        + " and proc_def_id_ like 'bandwidth-transition:%'");
    long campaignsRunning = count(db, "select count(*) from act_ru_execution where parent_id_ is null"
        + " and proc_def_id_ like 'bandwidth-campaign:%'");
    check("process instances", CAMPAIGNS + " campaigns, " + TRANSITIONS + " transitions",
        campaignsRunning + " campaigns, " + transitionsRunning + " transitions",
        campaignsRunning == CAMPAIGNS && transitionsRunning == TRANSITIONS);

    // identical nodes deploy the same models: duplicate filtering keeps one version each
    long definitions = count(db, "select count(distinct key_) from act_re_procdef");
    long versions = count(db, "select coalesce(max(version_), 0) from act_re_procdef");
    check("both nodes deployed the same models once", "version 1 of each process",
        definitions + " processes, highest version " + versions, definitions > 0 && versions == 1);

    // no data lost: every row the steps write, once, and Icon+ holds exactly one order each
    long campaigns = count(db, "select count(*) from campaign");
    long transitions = count(db, "select count(*) from opd_transition where status = 'CONNECTION'");
    long surveys = count(db, "select count(*) from survey");
    long decisions = count(db, "select count(*) from decision_record");
    long orders = count(db, "select count(*) from connection_order where status = 'SENT' and provider_order_id is not null");
    check("rows: campaign, opd_transition, survey, decision_record, connection_order",
        CAMPAIGNS + ", " + TRANSITIONS + ", " + TRANSITIONS + ", " + 2 * TRANSITIONS + ", " + TRANSITIONS,
        campaigns + ", " + transitions + ", " + surveys + ", " + decisions + ", " + orders,
        campaigns == CAMPAIGNS && transitions == TRANSITIONS && surveys == TRANSITIONS
            && decisions == 2 * TRANSITIONS && orders == TRANSITIONS);
    Map<String, String> stored = new LinkedHashMap<>();
    try (PreparedStatement query = db.prepareStatement("select idempotency_key, provider_order_id from connection_order");
        ResultSet rs = query.executeQuery()) {
      while (rs.next()) {
        stored.put(rs.getString(1), rs.getString(2));
      }
    }
    boolean sameIds = stored.entrySet().stream().allMatch(e -> e.getValue() != null && e.getValue().equals(iconPlus.idFor(e.getKey())));
    check("Icon+ holds one order per transition, the one stored", TRANSITIONS + " orders, ids match",
        iconPlus.orders() + " orders from " + iconPlus.requests() + " requests, ids " + (sameIds ? "match" : "DIFFER"),
        iconPlus.orders() == TRANSITIONS && sameIds);

    // the survivor still serves, and says so in its metrics
    b.readJobExecutor();
    HttpResponse<String> metrics = b.get("/actuator/prometheus");
    List<String> sample =
        metrics.body().lines()
            .filter(line -> line.startsWith("bandwidth_transitions_open") || line.startsWith("bandwidth_incidents_open")
                || line.startsWith("bandwidth_complaints_open")
                || line.startsWith("bandwidth_iconplus_calls_seconds_count"))
            .toList();
    Files.write(work.resolve("prometheus-node-b.txt"), metrics.body().getBytes(StandardCharsets.UTF_8));
    boolean counted = sample.stream().anyMatch(line -> line.contains("stage=\"CONNECTION\"") && line.endsWith(" " + TRANSITIONS + ".0"));
    check("node-b healthy, its metrics count the work", "UP, transitions_open{CONNECTION} " + TRANSITIONS,
        b.status + ", " + (counted ? "counted" : "NOT counted"), "UP".equals(b.status) && counted);
    System.out.println();
    System.out.println("node-b /actuator/prometheus (application metrics):");
    sample.forEach(line -> System.out.println("  " + line));
  }

  private static long dueJobs(Connection db) throws SQLException {
    return count(db, "select count(*) from act_ru_job where retries_ > 0 and suspension_state_ = 1"
        + " and type_ <> 'ever-living' and (duedate_ is null or duedate_ <= ?)", new Timestamp(System.currentTimeMillis()));
  }

  private static long lockedBy(Connection db, String lockOwner) throws SQLException {
    return count(db, "select count(*) from act_ru_job where lock_owner_ = ?", lockOwner);
  }

  private List<String> instancesAt(Connection db, String taskDefinitionKey) throws SQLException {
    return strings(db, "select proc_inst_id_ from act_ru_task where task_def_key_ = ? order by create_time_", taskDefinitionKey);
  }

  // --- plumbing -----------------------------------------------------------------------------

  private static Map<String, Object> variables(Map<String, Object> values) {
    Map<String, Object> variables = new LinkedHashMap<>();
    values.forEach((name, value) -> variables.put(name, value instanceof List<?> rows
        ? Map.of("value", text(rows), "type", "Json")
        : Map.of("value", value)));
    return Map.of("variables", variables);
  }

  private static String text(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode json(HttpResponse<String> answer) {
    try {
      return JSON.readTree(answer.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static long count(Connection db, String sql, Object... parameters) throws SQLException {
    try (PreparedStatement query = db.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        query.setObject(i + 1, parameters[i]);
      }
      try (ResultSet rs = query.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  private static List<String> strings(Connection db, String sql, Object... parameters) throws SQLException {
    List<String> values = new ArrayList<>();
    try (PreparedStatement query = db.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        query.setObject(i + 1, parameters[i]);
      }
      try (ResultSet rs = query.executeQuery()) {
        while (rs.next()) {
          values.add(rs.getString(1));
        }
      }
    }
    return values;
  }

  private static Map<String, Long> countsBy(Connection db, String sql) throws SQLException {
    Map<String, Long> counts = new LinkedHashMap<>();
    try (PreparedStatement query = db.prepareStatement(sql); ResultSet rs = query.executeQuery()) {
      while (rs.next()) {
        counts.put(rs.getString(1), rs.getLong(2));
      }
    }
    return counts;
  }

  private void await(String what, Duration timeout, Condition condition) throws Exception {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!condition.holds()) {
      for (Node node : new Node[] {a, b}) {
        if (node != null && node.process != null && node.alive && !node.process.isAlive()) {
          throw new IllegalStateException(node.name + " exited (" + node.process.exitValue() + ") while waiting for " + what
              + "; its log: " + node.log);
        }
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("timed out after " + timeout.toSeconds() + " s waiting for " + what);
      }
      Thread.sleep(250);
    }
  }

  private void check(String what, String expected, String actual, boolean ok) {
    rows.add(new Row(what, expected, actual, ok));
  }

  private void printTable() {
    int what = rows.stream().mapToInt(r -> r.what().length()).max().orElse(10);
    int expected = rows.stream().mapToInt(r -> r.expected().length()).max().orElse(10);
    System.out.println();
    System.out.printf("%-6s %-" + what + "s  %-" + expected + "s  %s%n", "", "check", "expected", "actual");
    for (Row row : rows) {
      System.out.printf("%-6s %-" + what + "s  %-" + expected + "s  %s%n",
          row.ok() ? "PASS" : "FAIL", row.what(), row.expected(), row.actual());
    }
    long failed = rows.stream().filter(r -> !r.ok()).count();
    System.out.printf("%ncluster check: %d passed, %d failed (%s)%n", rows.size() - failed, failed, seconds(System.nanoTime() - startedAt));
  }

  private void log(String message) {
    System.out.printf("[%6s] %s%n", seconds(System.nanoTime() - startedAt), message);
  }

  private static String seconds(long nanos) {
    return String.format("%.1fs", nanos / 1e9);
  }

  private void stopQuietly() {
    for (Node node : new Node[] {b, a}) {
      if (node != null) {
        node.stop();
      }
    }
    if (iconPlus != null) {
      iconPlus.stop();
      iconPlus = null;
    }
    if (postgres != null) {
      try {
        postgres.close();
      } catch (IOException e) {
        System.err.println("PostgreSQL did not stop: " + e);
      }
      postgres = null;
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private record Row(String what, String expected, String actual, boolean ok) {}

  @FunctionalInterface
  private interface Condition {
    boolean holds() throws Exception;
  }

  @FunctionalInterface
  private interface NodeCall {
    HttpResponse<String> on(Node node) throws IOException;
  }

  /** One node of the application: the packaged jar in its own JVM, profile postgres. */
  private final class Node {

    final String name;
    final int port;
    final String jdbcUrl;
    final Path log;
    Process process;
    volatile boolean alive;
    String status = "?";
    boolean jobExecutorActive;
    String lockOwner = "?";

    Node(String name, int port, String jdbcUrl) {
      this.name = name;
      this.port = port;
      this.jdbcUrl = jdbcUrl;
      this.log = work.resolve(name + ".log");
    }

    void start() throws IOException {
      ProcessBuilder builder =
          new ProcessBuilder(
              Path.of(System.getProperty("java.home"), "bin", "java").toString(),
              "-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Duser.timezone=Asia/Makassar",
              "-jar", jar.toString(),
              "--spring.profiles.active=postgres",
              "--server.port=" + port,
              // the engine names the node in the historic job log
              "--camunda.bpm.generic-properties.properties.hostname=" + name,
              "--camunda.bpm.job-execution.enabled=true",
              "--camunda.bpm.job-execution.lock-time-in-millis=" + LOCK_TIME_MILLIS,
              "--camunda.bpm.job-execution.max-jobs-per-acquisition=3",
              "--camunda.bpm.job-execution.core-pool-size=2",
              "--camunda.bpm.job-execution.max-pool-size=4",
              "--camunda.bpm.job-execution.wait-time-in-millis=1000",
              "--camunda.bpm.job-execution.max-wait=2000",
              "--spring.datasource.hikari.maximum-pool-size=10",
              "--iconplus.installation-sla=" + INSTALLATION_SLA,
              "--logging.level.root=warn")
              .redirectErrorStream(true)
              .redirectOutput(log.toFile());
      Map<String, String> env = builder.environment();
      env.put("DB_URL", jdbcUrl.replace("?user=postgres", ""));
      env.put("DB_USER", "postgres");
      env.put("DB_PASSWORD", "postgres");
      env.put("ADMIN_USER", ADMIN);
      env.put("ADMIN_PASSWORD", PASSWORD);
      env.put("ICONPLUS_BASE_URL", "http://127.0.0.1:" + iconPlus.port());
      env.put("ICONPLUS_API_KEY", API_KEY);
      env.put("ICONPLUS_CALLBACK_SECRET", "cluster-check-callback-secret");
      process = builder.start();
      alive = true;
      log(name + " starting on port " + port + " (pid " + process.pid() + ", log " + log + ")");
    }

    boolean healthy() {
      try {
        HttpResponse<String> answer =
            http.send(HttpRequest.newBuilder(uri("/actuator/health")).timeout(Duration.ofSeconds(5)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        return answer.statusCode() == 200 && "UP".equals(JSON.readTree(answer.body()).path("status").asText());
      } catch (IOException e) {
        return false;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }

    /** The job executor as the administrator sees it in the health details. */
    void readJobExecutor() throws IOException {
      JsonNode health = JSON.readTree(get("/actuator/health").body());
      status = health.path("status").asText();
      JsonNode details = health.at("/components/jobExecutor/details");
      jobExecutorActive = details.path("active").asBoolean();
      lockOwner = details.path("lockOwner").asText();
    }

    HttpResponse<String> get(String path) throws IOException {
      return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    HttpResponse<String> post(String path, Object body) throws IOException {
      return send(HttpRequest.newBuilder(uri(path))
          .header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
    }

    HttpResponse<String> put(String path) throws IOException {
      return send(HttpRequest.newBuilder(uri(path)).PUT(HttpRequest.BodyPublishers.noBody()));
    }

    HttpResponse<String> postAs(String user, String password, String path, Object body) throws IOException {
      return send(HttpRequest.newBuilder(uri(path))
          .header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))), user, password);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException {
      return send(request, ADMIN, PASSWORD);
    }

    private HttpResponse<String> send(HttpRequest.Builder request, String user, String password) throws IOException {
      String basic = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
      try {
        return http.send(request.header("Authorization", "Basic " + basic).timeout(Duration.ofSeconds(30)).build(),
            HttpResponse.BodyHandlers.ofString());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException(e);
      }
    }

    private URI uri(String path) {
      return URI.create("http://127.0.0.1:" + port + path);
    }

    /** SIGKILL: no shutdown hook, no graceful end of the job executor, locks left behind. */
    void kill() throws InterruptedException {
      alive = false;
      process.destroyForcibly();
      process.waitFor();
    }

    void stop() {
      if (process != null && process.isAlive()) {
        alive = false;
        process.destroy();
        try {
          if (!process.waitFor(Duration.ofSeconds(20).toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
          }
        } catch (InterruptedException e) {
          process.destroyForcibly();
          Thread.currentThread().interrupt();
        }
      }
    }
  }

  /**
   * Icon+ on loopback: keeps orders by idempotency key like the provider (an order asked for
   * again with the same key is the same order) and takes its time to answer, so that orders
   * are under way when a node dies.
   */
  private static final class FakeIconPlus {

    private final HttpServer server;
    private final Duration delay;
    private final Map<String, String> idsByKey = new ConcurrentHashMap<>();
    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicInteger sequence = new AtomicInteger();

    FakeIconPlus(Duration delay) throws IOException {
      this.delay = delay;
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 50);
      server.setExecutor(Executors.newFixedThreadPool(16));
      server.createContext("/", this::handle);
      server.start();
    }

    int port() {
      return server.getAddress().getPort();
    }

    int orders() {
      return (int) idsByKey.values().stream().filter(id -> id.startsWith("CC-ORD-")).count();
    }

    int requests() {
      return requests.get();
    }

    String idFor(String key) {
      return idsByKey.get(key);
    }

    void stop() {
      server.stop(0);
      ((ExecutorService) server.getExecutor()).shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
      exchange.getRequestBody().readAllBytes();
      if (!("Bearer " + API_KEY).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
        respond(exchange, 401, "{}");
        return;
      }
      String path = exchange.getRequestURI().getPath();
      if ("GET".equals(exchange.getRequestMethod())) {
        String id = path.substring(path.lastIndexOf('/') + 1);
        boolean known = idsByKey.containsValue(id);
        respond(exchange, known ? 200 : 404, known ? "{\"id\":\"" + id + "\",\"status\":\"ACCEPTED\"}" : "{}");
        return;
      }
      requests.incrementAndGet();
      String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
      String kind = path.startsWith("/tickets") ? "CC-TKT-" : "CC-ORD-";
      String id = idsByKey.computeIfAbsent(key, k -> kind + sequence.incrementAndGet());
      sleep(delay.toMillis()); // the order is taken; the answer takes a while
      respond(exchange, 201, "{\"id\":\"" + id + "\",\"status\":\"ACCEPTED\"}");
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
      byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      try {
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
      } catch (IOException e) {
        // the node that asked is gone
      } finally {
        exchange.close();
      }
    }
  }
}
