package id.go.pemda.bandwidth.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.pemda.bandwidth.BandwidthProperties;
import id.go.pemda.bandwidth.budget.BudgetService;
import id.go.pemda.bandwidth.campaign.Campaign;
import id.go.pemda.bandwidth.campaign.CampaignService;
import id.go.pemda.bandwidth.campaign.TransitionDeadline;
import id.go.pemda.bandwidth.identity.Groups;
import id.go.pemda.bandwidth.identity.PemdaOnboarding;
import id.go.pemda.bandwidth.opd.Opd;
import id.go.pemda.bandwidth.opd.OpdRegistry;
import id.go.pemda.bandwidth.process.form.FormSubmissions;
import id.go.pemda.bandwidth.process.contract.TransitionContract;
import id.go.pemda.bandwidth.process.form.JsonRows;
import id.go.pemda.bandwidth.report.ReportScope;
import id.go.pemda.bandwidth.report.TransitionReportService;
import id.go.pemda.bandwidth.shared.PemdaZone;
import id.go.pemda.bandwidth.support.FakeIconPlus;
import id.go.pemda.bandwidth.support.TestOpds;
import id.go.pemda.bandwidth.support.TimeTravel;
import id.go.pemda.bandwidth.support.TransitionDriver;
import id.go.pemda.bandwidth.tenant.Tenants;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntSupplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

/**
 * The benchmark of docs/benchmark.md, run by {@code ./mvnw -Pbenchmark verify} only.
 * It prints, it asserts no time. In one run, on one PostgreSQL server:
 * <ol>
 *   <li>the national scale, opened on the application and on the bare engine alike
 *       ({@link NationalScale}): every Pemda's transitions started as a deployment starts them and
 *       walked by their users to a stage of their own;
 *   <li>with the country open on both, complete transitions walked alternately on the application
 *       and on the bare engine, each started from a program planned beforehand on both sides
 *       (planning is a program's, not a transition's): steps per second and their ratio, and per
 *       step kind the time, SQL statements and the database's time;
 *   <li>the dashboard's queries;
 *   <li>the packaged application jar in a JVM of its own ({@link ApplicationJar}) on the same
 *       database: Tasklist's task list requested over HTTP as Tasklist requests it
 *       ({@link TasklistPage}) by an OPD operator and by Diskominfo, alone and by concurrent
 *       sessions, and the jar's peak resident memory under that load. The statements of one page
 *       are counted on the in-process application, which serves the same requests.
 * </ol>
 * The last line: {@code ratio=<app/bare time per step> p95_ms=<OPD operator's Tasklist page over
 * HTTP> rss_mb=<the jar's VmHWM> steps_per_s=<application>}.
 * Sizes: {@code -Dbenchmark.transitions} (50), {@code -Dbenchmark.tenants} (500),
 * {@code -Dbenchmark.opds} (40 per tenant), {@code -Dbenchmark.queries} (200),
 * {@code -Dbenchmark.threads} (4, opening the country), {@code -Dbenchmark.sessions} (8, concurrent
 * Tasklist users), {@code -Dbenchmark.warmup} (500 pages per user before the jar is measured); the jar: {@code -Dbenchmark.jar}, {@code -Dbenchmark.app.jvm},
 * {@code -Dbenchmark.port} (8383).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
@Import(BenchmarkConfig.class)
@ContextConfiguration(initializers = {TimeTravel.class, FakeIconPlus.class})
@TestPropertySource(properties = "bandwidth.demo.program=false")
class TransitionBenchmark {

  private static final int WARM_UP_TRANSITIONS = 3;
  private static final int WARM_UP_QUERIES = 20;
  private static final int PAGES_PER_SESSION = 25;
  private static final int PAGES_COUNTED = 20;
  /** The first pages after the jar's start, timed on a row of their own: what a user meets after a restart. */
  private static final int COLD_PAGES = 50;
  private static final String MEASURED_TENANT = NationalScale.tenant(0);
  private static final String WALKED_OPD_PREFIX = "BENCH-";

  @Autowired ProcessEngine engine;
  @Autowired FormSubmissions submissions;
  @Autowired TransitionDriver driver;
  @Autowired TestOpds opds;
  @Autowired OpdRegistry registry;
  @Autowired BudgetService budgets;
  @Autowired CampaignService campaigns;
  @Autowired PemdaOnboarding onboarding;
  @Autowired BandwidthProperties properties;
  @Autowired BenchmarkDatabase database;
  @Autowired SqlStats applicationSql;
  @Autowired TransitionReportService reports;
  @Autowired TestRestTemplate inProcess;
  private final SqlStats bareSql = new SqlStats();
  private final List<String> rows = new ArrayList<>();

  @Test
  void measure() throws Exception {
    int transitions = Integer.getInteger("benchmark.transitions", 50);
    int tenants = Integer.getInteger("benchmark.tenants", 500);
    int opdsPerTenant = Integer.getInteger("benchmark.opds", 40);
    int queries = Integer.getInteger("benchmark.queries", 200);
    int threads = Integer.getInteger("benchmark.threads", 4);
    int sessions = Integer.getInteger("benchmark.sessions", 8);
    int warmUpPages = Integer.getInteger("benchmark.warmup", 500);

    // the measured Pemda's registry, which every other Pemda gets too, and the OPDs of its program
    // (its central office takes the spending over, it has no transition)
    List<Opd> measuredRegistry = registry.active(MEASURED_TENANT).stream()
        .filter(opd -> !opd.code().startsWith(WALKED_OPD_PREFIX)).toList();
    List<Opd> measuredOpds = measuredRegistry.stream()
        .filter(opd -> !opd.code().equals(properties.centralOfficeCode())).limit(opdsPerTenant).toList();
    List<String> localCodes = measuredOpds.stream().map(opd -> Tenants.localCode(opd.code())).toList();

    ProcessEngineConfigurationImpl appConfiguration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    String bareUrl = database.freshBareDatabase();
    CpuTime cpu = new CpuTime(database.url());
    double[] rates;
    try (BareEngine bare = BareEngine.start(bareUrl, database.user(), database.password(), appConfiguration, bareSql)) {
      // 1. the country, on both engines
      NationalPrograms programs = new NationalPrograms(engine, submissions, onboarding, budgets, measuredRegistry, measuredOpds);
      long started = System.nanoTime();
      programs.onboard(tenants);
      Duration onboarded = Duration.ofNanos(System.nanoTime() - started);
      NationalScale.Result app = new NationalScale(TransitionWalk.untimed(engine, submissions::completeTask, this::agreement), threads, cpu)
          .open("application", tenants, programs);
      Date deadline = Date.from(TransitionDeadline.defaultFor(TransitionWalk.FISCAL_YEAR, PemdaZone.WITA));
      NationalScale.Result plain = new NationalScale(TransitionWalk.untimed(bare.engine(), bare.engine().getTaskService()::complete, TransitionBenchmark::bareAgreement), threads, cpu)
          .open("bare engine", tenants, tenant -> bare.open(tenant, localCodes, deadline));
      database.analyze(database.url());
      database.analyze(bareUrl);
      rows.add(row("tenants x OPDs open (each engine)", tenants + " x " + localCodes.size() + " = " + app.transitions()));
      rows.add(row("onboarding " + (tenants - 1) + " Pemda (application)", onboarded.toSeconds() + " s"));
      rows.add(row("opening and walking them, application (" + threads + " threads)", opening(app)));
      rows.add(row("opening and walking them, bare engine (" + threads + " threads)", opening(plain)));
      rows.add(row("open tasks, application / bare", engine.getTaskService().createTaskQuery().count() + " / "
          + bare.engine().getTaskService().createTaskQuery().count()));

      // 2. complete transitions, application against bare engine, walked alternately
      rates = walkBoth(bare, transitions);
    }
    double ratio = rates[1] / rates[0];
    rows.add(row("transitions walked (each engine)", String.valueOf(transitions)));
    rows.add(row("steps per transition", String.valueOf((int) rates[2])));
    rows.add(row("bare engine, steps/s", format(rates[1])));
    rows.add(row("application, steps/s", format(rates[0])));
    rows.add(row("ratio app/bare (time per step)", format(ratio)));

    // 3. the dashboard's queries (the Cockpit plugin's report and its program list) for the Sekda of
    // the measured Pemda, whose report holds its national transitions and the walked ones
    ReportScope sekda = ReportScope.everyOpd(MEASURED_TENANT);
    double[] report = timed(queries, () -> reports.report(TransitionWalk.FISCAL_YEAR, null, sekda).rows().size());
    double[] programList = timed(queries, () -> reports.programs(sekda).size());
    rows.add(row("dashboard report " + TransitionWalk.FISCAL_YEAR + ", p50 / p95 ms",
        percentiles(report) + "  (" + (int) report[2] + " OPDs)"));
    rows.add(row("dashboard programs, p50 / p95 ms", percentiles(programList) + "  (" + (int) programList[2] + " programs)"));

    // 4. Tasklist over HTTP and the application's memory, on the packaged jar
    String operator = TransitionWalk.userOf(Groups.opd(measuredOpds.get(0).code()));
    System.out.println(statementsPerPage(operator));
    System.out.println(statementsPerPage(Groups.DISKOMINFO));
    Path jar = Path.of(System.getProperty("benchmark.jar", "target/bandwidth-transition-0.1.0-SNAPSHOT.jar"));
    String jvm = System.getProperty("benchmark.app.jvm", "");
    Paged opd;
    Paged diskominfo;
    double[] concurrent;
    long rssMb;
    long rssAfterMb;
    try (ApplicationJar application = ApplicationJar.start(
        jar, jvm, Integer.getInteger("benchmark.port", 8383), database, Path.of("target", "benchmark", "application.log"))) {
      rows.add(row("application jar: port open / ready (start-up runners done)",
          application.portOpenAfter().toSeconds() + " s / " + application.readyAfter().toSeconds() + " s"));
      TestRestTemplate http = new TestRestTemplate(new RestTemplateBuilder().rootUri(application.url()));
      // A deployment's server has been running for days: its JIT has compiled the request path.
      // The jar has just started, so each user first opens the page as often as a busy morning
      // would; the first of those pages are what a user meets right after a restart.
      double[] coldOpd = warmUp(http, operator, warmUpPages);
      double[] coldDiskominfo = warmUp(http, Groups.DISKOMINFO, warmUpPages);
      rows.add(row("first " + COLD_PAGES + " pages after the jar's start, p50 / p95 ms",
          "OPD " + percentiles(coldOpd) + ", Diskominfo " + percentiles(coldDiskominfo) + "  (then " + warmUpPages + " pages each)"));
      opd = pages(http, operator, queries);
      diskominfo = pages(http, Groups.DISKOMINFO, queries);
      concurrent = concurrentPages(http, List.of(operator, Groups.DISKOMINFO), sessions);
      rssMb = application.memoryMb("VmHWM");
      rssAfterMb = application.memoryMb("VmRSS");
    }
    rows.add(row("OPD operator " + operator + ": Tasklist page, p50 / p95 ms", percentiles(opd.opened()) + "  " + opd.shown()));
    rows.add(row("  its refresh (the list again), p50 / p95 ms", percentiles(opd.refreshed())));
    rows.add(row("Diskominfo: Tasklist page, p50 / p95 ms", percentiles(diskominfo.opened()) + "  " + diskominfo.shown()));
    rows.add(row("  its refresh (the list again), p50 / p95 ms", percentiles(diskominfo.refreshed())));
    rows.add(row(sessions + " sessions at once: page p50 / p95 ms, pages/s",
        percentiles(concurrent) + ", " + format(concurrent[2])));
    rows.add(row("application jar peak RSS (VmHWM) / RSS after, MB", rssMb + " / " + rssAfterMb));
    rows.add(row("application jar JVM options", jvm));
    rows.add(row("benchmark JVM peak RSS (app + bare + harness), MB", String.valueOf(ApplicationJar.memoryMb("self", "VmHWM"))));
    rows.add(row("JVM", System.getProperty("java.vm.name") + " " + System.getProperty("java.version") + ", "
        + Runtime.getRuntime().availableProcessors() + " CPUs"));
    rows.add(row("database", database.describe()));

    StringBuilder table = new StringBuilder("\n==== Benchmark ====\n");
    rows.forEach(line -> table.append(line).append('\n'));
    table.append(String.format("ratio=%.2f p95_ms=%.1f rss_mb=%d steps_per_s=%.1f", ratio, opd.opened()[1], rssMb, rates[0]));
    System.out.println(table);

    assertThat(opd.shown().tasks()).as("the operator sees the tasks of the OPD in the tenant").isPositive();
    assertThat(opd.shown().variables()).as("the OPD's list carries the filter's columns").isPositive();
    assertThat(diskominfo.shown().tasks()).as("Diskominfo sees the tasks of its tenant").isPositive();
    assertThat(report[2]).as("the Sekda's report lists the Pemda's national and walked transitions")
        .isEqualTo(localCodes.size() + transitions + WARM_UP_TRANSITIONS);
  }

  /** Answers {app steps/s, bare steps/s, steps per transition}. */
  private double[] walkBoth(BareEngine bare, int transitions) {
    TransitionWalk app = TransitionWalk.timed(engine, submissions::completeTask, this::agreement, applicationSql);
    TransitionWalk plain = TransitionWalk.timed(bare.engine(), bare.engine().getTaskService()::complete, TransitionBenchmark::bareAgreement, bareSql);
    // the walked OPDs' program, planned before anything is timed: the bare engine has none
    List<String> codes = new ArrayList<>();
    for (int i = 0; i < WARM_UP_TRANSITIONS + transitions; i++) {
      String code = opds.register(String.format(WALKED_OPD_PREFIX + "%04d", i));
      budgets.record(code, TransitionWalk.FISCAL_YEAR, new BigDecimal("72000000"), BigDecimal.ZERO);
      codes.add(code);
    }
    TimeTravel.to(TransitionWalk.START);
    Campaign program = campaigns.plan(MEASURED_TENANT, "Program benchmark", TransitionWalk.FISCAL_YEAR,
        TransitionWalk.QUIET_PERIOD_DAYS, TransitionDeadline.defaultFor(TransitionWalk.FISCAL_YEAR, PemdaZone.WITA), "benchmark", codes);
    Date deadline = Date.from(TransitionDeadline.defaultFor(TransitionWalk.FISCAL_YEAR, PemdaZone.WITA));

    long appNanos = 0;
    long bareNanos = 0;
    long appSteps = 0;
    long bareSteps = 0;
    for (int i = -WARM_UP_TRANSITIONS; i < transitions; i++) {
      String code = codes.get(i + WARM_UP_TRANSITIONS);
      TimeTravel.to(TransitionWalk.START);
      long started = System.nanoTime();
      // what the program's call activity hands a transition it starts
      String instance = engine.getRuntimeService().startProcessInstanceByKey(TransitionContract.KEY, code, Map.of(
          TransitionContract.OPD_CODE.name(), code, TransitionContract.CAMPAIGN_ID.name(), program.id())).getId();
      int steps = app.walk(instance, code);
      long appTook = System.nanoTime() - started;

      TimeTravel.to(TransitionWalk.START);
      started = System.nanoTime();
      String bareInstance = bare.engine().getRuntimeService()
          .startProcessInstanceByKey(TransitionContract.KEY, code, BareEngine.startVariables(code, deadline)).getId();
      int bareStepCount = plain.walk(bareInstance, code);
      long bareTook = System.nanoTime() - started;
      if (bareStepCount != steps) {
        throw new IllegalStateException("The walks differ: " + steps + " steps on the application, " + bareStepCount + " bare");
      }
      if (i == -1) {
        app.clearTimings();
        plain.clearTimings();
        applicationSql.recordBySql(true);
        bareSql.recordBySql(true);
      }
      if (i >= 0) {
        appNanos += appTook;
        bareNanos += bareTook;
        appSteps += steps;
        bareSteps += bareStepCount;
      }
    }
    TimeTravel.to(TransitionWalk.START);
    StringBuilder perStep = new StringBuilder("\n==== Per step kind and transition: ms, SQL statements, ms in the database"
        + " (application / bare) ====\n");
    app.nanosByStep().forEach((step, nanos) -> perStep.append(String.format("| %-36s | %7.1f / %6.1f | %5.1f / %5.1f | %6.1f / %5.1f |%n",
        step, nanos / 1e6 / transitions, plain.nanosByStep().getOrDefault(step, 0L) / 1e6 / transitions,
        app.statementsByStep().get(step) / (double) transitions,
        plain.statementsByStep().getOrDefault(step, 0L) / (double) transitions,
        app.sqlNanosByStep().get(step) / 1e6 / transitions,
        plain.sqlNanosByStep().getOrDefault(step, 0L) / 1e6 / transitions)));
    perStep.append(String.format("| %-36s | %8.1f | %8.1f |%n", "whole walk incl. start and task lookups",
        appNanos / 1e6 / transitions, bareNanos / 1e6 / transitions));
    System.out.println(perStep);
    System.out.println(statementsAppAdds(transitions));
    applicationSql.recordBySql(false);
    bareSql.recordBySql(false);
    return new double[] {appSteps / (appNanos / 1e9), bareSteps / (bareNanos / 1e9), (double) appSteps / transitions};
  }

  /**
   * The statements the application sends beyond the bare engine's, per transition, grouped by
   * step and text (cut after the table name and first columns), most database time first: what
   * its steps cost beyond the engine's. Unlabelled ones are sent between steps (starts, task
   * lookups, the walk's own reads).
   */
  private String statementsAppAdds(int transitions) {
    Map<String, long[]> app = applicationSql.recorded();
    Map<String, long[]> plain = bareSql.recorded();
    record Extra(String sql, double count, double millis) {}
    List<Extra> extra = new ArrayList<>();
    app.forEach((sql, totals) -> {
      long[] bare = plain.getOrDefault(sql, new long[2]);
      extra.add(new Extra(sql, (totals[0] - bare[0]) / (double) transitions, (totals[1] - bare[1]) / 1e6 / transitions));
    });
    extra.sort(Comparator.comparingDouble(Extra::millis).reversed());
    StringBuilder out = new StringBuilder("\n==== Statements the application sends beyond the bare engine, per transition"
        + " (count, ms in the database) ====\n");
    extra.stream().limit(30).forEach(row -> out.append(String.format("| %6.1f | %6.2f ms | %s%n", row.count(), row.millis(), row.sql())));
    return out.toString();
  }

  /** The coordination form's values on the application: the rows it opened with, agreed at a central cost. */
  private Map<String, Object> agreement(Task task) {
    return driver.agreement(task, 1_500_000L);
  }

  /** The coordination form's values on the bare engine: both sites agreed, as on the application. */
  private static Map<String, Object> bareAgreement(Task task) {
    List<Map<String, Object>> rows = BareEngine.SITES.stream()
        .map(site -> Map.<String, Object>of(
            "siteId", site, "recommendedMbps", 50, "agreedMbps", 50, "solution", "ICONPLUS_FIBER",
            "centralMonthlyCostRupiah", 1_500_000L, "technicalNotes", "Titik koneksi di ruang server"))
        .toList();
    return Map.of("coordinationDecision", "AGREED", "sites", JsonRows.of(rows));
  }

  /** A user's Tasklist page over HTTP: the opened page, its refresh, and what it showed. */
  private record Paged(TasklistPage.Shown shown, double[] opened, double[] refreshed) {}

  private static Paged pages(TestRestTemplate http, String user, int queries) {
    TasklistPage page = TasklistPage.login(http, user);
    TasklistPage.Shown shown = page.open();
    double[] opened = timed(queries, () -> page.open().tasks());
    double[] refreshed = timed(queries, () -> page.refresh().tasks());
    return new Paged(shown, opened, refreshed);
  }

  /**
   * Opens the user's page {@code pages} times (at least {@value #COLD_PAGES}); answers the p50 and
   * p95 of the first {@value #COLD_PAGES}.
   */
  private static double[] warmUp(TestRestTemplate http, String user, int pages) {
    TasklistPage page = TasklistPage.login(http, user);
    double[] cold = new double[COLD_PAGES];
    for (int i = 0; i < Math.max(pages, COLD_PAGES); i++) {
      long started = System.nanoTime();
      page.open();
      if (i < COLD_PAGES) {
        cold[i] = (System.nanoTime() - started) / 1e6;
      }
    }
    Arrays.sort(cold);
    return new double[] {percentile(cold, 50), percentile(cold, 95)};
  }

  /**
   * Tasklist users at once, each in a session of their own opening the page again and again
   * ({@value #PAGES_PER_SESSION} times after one warm-up); answers {p50, p95, pages/s}.
   */
  private static double[] concurrentPages(TestRestTemplate http, List<String> users, int sessions) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(sessions);
    try {
      List<TasklistPage> pages = new ArrayList<>();
      for (int s = 0; s < sessions; s++) {
        TasklistPage page = TasklistPage.login(http, users.get(s % users.size()));
        page.open();
        pages.add(page);
      }
      long started = System.nanoTime();
      List<Future<double[]>> running = new ArrayList<>();
      for (TasklistPage page : pages) {
        running.add(pool.submit(() -> {
          double[] millis = new double[PAGES_PER_SESSION];
          for (int i = 0; i < PAGES_PER_SESSION; i++) {
            long pageStarted = System.nanoTime();
            page.open();
            millis[i] = (System.nanoTime() - pageStarted) / 1e6;
          }
          return millis;
        }));
      }
      double[] all = new double[sessions * PAGES_PER_SESSION];
      for (int s = 0; s < sessions; s++) {
        System.arraycopy(running.get(s).get(), 0, all, s * PAGES_PER_SESSION, PAGES_PER_SESSION);
      }
      double seconds = (System.nanoTime() - started) / 1e9;
      Arrays.sort(all);
      return new double[] {percentile(all, 50), percentile(all, 95), all.length / seconds};
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * Where a Tasklist page's time goes: its requests served by the in-process application (the
   * same code and database as the jar), their statements and the database's time for each.
   */
  private String statementsPerPage(String user) {
    TasklistPage page = TasklistPage.login(inProcess, user);
    for (int i = 0; i < WARM_UP_QUERIES; i++) {
      page.open();
    }
    applicationSql.recordBySql(true);
    long statements = applicationSql.statements();
    long sqlNanos = applicationSql.nanos();
    for (int i = 0; i < PAGES_COUNTED; i++) {
      page.open();
    }
    StringBuilder breakdown = new StringBuilder(String.format(
        "%n==== Tasklist page of %s: %.1f statements and %.2f ms in the database per page ====%n", user,
        (applicationSql.statements() - statements) / (double) PAGES_COUNTED, (applicationSql.nanos() - sqlNanos) / 1e6 / PAGES_COUNTED));
    applicationSql.topBySql(10).forEach(row -> breakdown.append(String.format(
        "| %6.2f ms | %5.2f x | %s%n", (double) row[2] / PAGES_COUNTED, (long) row[1] / (double) PAGES_COUNTED, row[0])));
    applicationSql.recordBySql(false);
    return breakdown.toString();
  }

  /** Runs {@code query} {@value #WARM_UP_QUERIES} times to warm up, then {@code queries} times timed; answers {p50, p95, its last answer}. */
  private static double[] timed(int queries, IntSupplier query) {
    double[] millis = new double[queries];
    int answer = 0;
    for (int i = -WARM_UP_QUERIES; i < queries; i++) {
      long started = System.nanoTime();
      answer = query.getAsInt();
      if (i >= 0) {
        millis[i] = (System.nanoTime() - started) / 1e6;
      }
    }
    Arrays.sort(millis);
    return new double[] {percentile(millis, 50), percentile(millis, 95), answer};
  }

  private static double percentile(double[] sorted, int percent) {
    int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(index, sorted.length - 1))];
  }

  private static String opening(NationalScale.Result result) {
    double seconds = result.took().toMillis() / 1000.0;
    String database = Double.isNaN(result.databaseCpuSeconds()) ? "?" : String.format("%.0f", result.databaseCpuSeconds());
    return String.format("%d s, %.1f transitions/s, %.1f steps/s; CPU %.0f s JVM + %s s PostgreSQL",
        result.took().toSeconds(), result.transitions() / seconds, result.steps() / seconds, result.jvmCpuSeconds(), database);
  }

  private static String percentiles(double[] measured) {
    return format(measured[0]) + " / " + format(measured[1]);
  }

  private static String row(String label, String value) {
    return String.format("| %-58s | %-48s |", label, value);
  }

  private static String format(double value) {
    return String.format("%.2f", value);
  }
}
