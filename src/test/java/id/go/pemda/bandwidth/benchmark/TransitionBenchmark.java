package id.go.pemda.bandwidth.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import id.go.pemda.bandwidth.budget.BudgetService;
import id.go.pemda.bandwidth.campaign.TransitionDeadline;
import id.go.pemda.bandwidth.identity.Groups;
import id.go.pemda.bandwidth.opd.Opd;
import id.go.pemda.bandwidth.opd.OpdRegistry;
import id.go.pemda.bandwidth.process.contract.TransitionContract;
import id.go.pemda.bandwidth.process.form.JsonRows;
import id.go.pemda.bandwidth.report.ReportScope;
import id.go.pemda.bandwidth.report.TransitionReportService;
import id.go.pemda.bandwidth.support.FakeIconPlus;
import id.go.pemda.bandwidth.support.TestOpds;
import id.go.pemda.bandwidth.support.TimeTravel;
import id.go.pemda.bandwidth.support.TransitionDriver;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.IntSupplier;
import javax.sql.DataSource;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The benchmark of README's "Benchmark" section, run by {@code ./mvnw -Pbenchmark verify} only.
 * It prints, it asserts no time: (1) steps per second of complete transitions on the
 * application against the same models on the bare engine, (2) the Tasklist query of an OPD
 * operator and of a Diskominfo user, and the dashboard's queries, at national scale, (3) the
 * JVM's peak resident memory.
 * The application runs as the tests run it (demo users, authorization on, web server, Icon+
 * faked in-process), without the demo program, on {@link BenchmarkDatabase}.
 * Sizes: {@code -Dbenchmark.transitions} (default 50), {@code -Dbenchmark.tenants} (500),
 * {@code -Dbenchmark.opds} (40 per tenant), {@code -Dbenchmark.queries} (200).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
@Import(BenchmarkConfig.class)
@ContextConfiguration(initializers = {TimeTravel.class, FakeIconPlus.class})
@TestPropertySource(properties = "bandwidth.demo.program=false")
class TransitionBenchmark {

  private static final int WARM_UP_TRANSITIONS = 3;
  private static final int WARM_UP_QUERIES = 20;
  private static final int PAGE = 15;
  private static final String MEASURED_TENANT = NationalScale.tenant(0);
  private static final String WALKED_OPD_PREFIX = "BENCH-";

  @Autowired ProcessEngine engine;
  @Autowired TransitionDriver driver;
  @Autowired TestOpds opds;
  @Autowired OpdRegistry registry;
  @Autowired BudgetService budgets;
  @Autowired BenchmarkDatabase database;
  @Autowired DataSource dataSource;
  @Autowired PlatformTransactionManager transactionManager;
  @Autowired SqlStats applicationSql;
  @Autowired TransitionReportService reports;
  @Autowired NamedParameterJdbcTemplate jdbc;
  private final SqlStats bareSql = new SqlStats();

  @Test
  void measure() throws Exception {
    int transitions = Integer.getInteger("benchmark.transitions", 50);
    int tenants = Integer.getInteger("benchmark.tenants", 500);
    int opdsPerTenant = Integer.getInteger("benchmark.opds", 40);
    int queries = Integer.getInteger("benchmark.queries", 200);
    List<String> rows = new ArrayList<>();

    // 1. complete transitions, application against bare engine, walked alternately
    ProcessEngineConfigurationImpl appConfiguration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    double[] rates;
    try (BareEngine bare = BareEngine.start(
        database.freshBareDatabase(), database.user(), database.password(), appConfiguration, bareSql)) {
      rates = walkBoth(bare, transitions);
    }
    double ratio = rates[1] / rates[0];
    rows.add(row("transitions walked (each engine)", String.valueOf(transitions)));
    rows.add(row("steps per transition", String.valueOf((int) rates[2])));
    rows.add(row("bare engine, steps/s", format(rates[1])));
    rows.add(row("application, steps/s", format(rates[0])));
    rows.add(row("ratio app/bare (time per step)", format(ratio)));

    // 2. national scale: transitions open at mixed stages, Tasklist queries
    // the Pemda's registry, without the OPDs the walk above registered
    List<String> opdCodes = registry.active(MEASURED_TENANT).stream().map(Opd::code)
        .filter(code -> !code.startsWith(WALKED_OPD_PREFIX)).limit(opdsPerTenant).toList();
    int threads = dataSource.isWrapperFor(HikariDataSource.class) ? dataSource.unwrap(HikariDataSource.class).getMaximumPoolSize() : 4;
    NationalScale.Result opened = new NationalScale(engine, transactionManager, threads).open(tenants, opdCodes);
    long openTasks = engine.getTaskService().createTaskQuery().count();
    rows.add(row("tenants x OPDs open", tenants + " x " + opdCodes.size() + " = " + opened.transitions()));
    rows.add(row("opening them (" + threads + " threads)", opened.took().toSeconds() + " s, "
        + format(opened.transitions() / (opened.took().toMillis() / 1000.0)) + " transitions/s"));
    rows.add(row("open tasks (all tenants)", String.valueOf(openTasks)));

    String operatorCode = opdCodes.get(0);
    String operator = TransitionWalk.userOf(Groups.opd(operatorCode));
    joinTenant(operator);
    joinTenant(Groups.DISKOMINFO);
    double[] opd = measureTaskList(operator, "Tugas OPD saya", queries);
    double[] diskominfo = measureTaskList(Groups.DISKOMINFO, "Tugas Diskominfo", queries);
    rows.add(row("OPD operator " + operator + " task list, p50 / p95 ms",
        format(opd[0]) + " / " + format(opd[1]) + "  (" + (int) opd[2] + " tasks on page 1)"));
    rows.add(row("Diskominfo task list, p50 / p95 ms",
        format(diskominfo[0]) + " / " + format(diskominfo[1]) + "  (" + (int) diskominfo[2] + " tasks on page 1)"));

    // the dashboard's queries (the Cockpit plugin's report and its program list) for the Sekda of
    // the measured Pemda, whose report holds the walked transitions, among every Pemda's rows
    long transitionRows = new NationalRows(jdbc).fill(tenants, opdCodes, TransitionWalk.FISCAL_YEAR);
    ReportScope sekda = ReportScope.everyOpd(MEASURED_TENANT);
    double[] report = timed(queries, () -> reports.report(TransitionWalk.FISCAL_YEAR, null, sekda).rows().size());
    double[] programs = timed(queries, () -> reports.programs(sekda).size());
    rows.add(row("dashboard report " + TransitionWalk.FISCAL_YEAR + ", p50 / p95 ms", format(report[0]) + " / "
        + format(report[1]) + "  (" + (int) report[2] + " OPDs of " + transitionRows + " rows)"));
    rows.add(row("dashboard programs, p50 / p95 ms",
        format(programs[0]) + " / " + format(programs[1]) + "  (" + (int) programs[2] + " programs)"));

    // 3. memory
    long peakMb = procStatusKb("VmHWM") / 1024;
    rows.add(row("JVM peak RSS (VmHWM), MB", String.valueOf(peakMb)));
    rows.add(row("JVM", System.getProperty("java.vm.name") + " " + System.getProperty("java.version") + ", max heap "
        + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB, " + Runtime.getRuntime().availableProcessors() + " CPUs"));
    rows.add(row("database", database.describe()));

    StringBuilder table = new StringBuilder("\n==== Benchmark ====\n");
    rows.forEach(line -> table.append(line).append('\n'));
    table.append(String.format("ratio=%.2f p95_ms=%.1f rss_mb=%d", ratio, opd[1], peakMb));
    System.out.println(table);

    assertThat(opd[2]).as("the operator sees the tasks of the OPD in the tenant").isPositive();
    assertThat(diskominfo[2]).as("Diskominfo sees the tasks of its tenant").isPositive();
    assertThat(report[2]).as("the Sekda's report lists the walked transitions only").isEqualTo(transitions + WARM_UP_TRANSITIONS);
  }

  /** Answers {app steps/s, bare steps/s, steps per transition}. */
  private double[] walkBoth(BareEngine bare, int transitions) {
    TransitionWalk app = new TransitionWalk(engine, MEASURED_TENANT, task -> driver.agreement(task, 1_500_000L), applicationSql);
    TransitionWalk plain = new TransitionWalk(bare.engine(), MEASURED_TENANT, TransitionBenchmark::bareAgreement, bareSql);
    long appNanos = 0;
    long bareNanos = 0;
    long appSteps = 0;
    long bareSteps = 0;
    for (int i = -WARM_UP_TRANSITIONS; i < transitions; i++) {
      String code = String.format(WALKED_OPD_PREFIX + "%04d", i + WARM_UP_TRANSITIONS);
      opds.register(code);
      budgets.record(code, TransitionWalk.FISCAL_YEAR, new BigDecimal("72000000"), BigDecimal.ZERO);

      TimeTravel.to(TransitionWalk.START);
      long started = System.nanoTime();
      ProcessInstance instance = driver.start(code, TransitionWalk.FISCAL_YEAR);
      int steps = app.walk(instance, code);
      long appTook = System.nanoTime() - started;

      TimeTravel.to(TransitionWalk.START);
      started = System.nanoTime();
      ProcessInstance bareInstance = bare.engine().getRuntimeService()
          .startProcessInstanceByKey(TransitionContract.KEY, code, BareEngine.startVariables(
              code, Date.from(TransitionDeadline.defaultFor(TransitionWalk.FISCAL_YEAR))));
      int bareStepCount = plain.walk(bareInstance, code);
      long bareTook = System.nanoTime() - started;
      if (bareStepCount != steps) {
        throw new IllegalStateException("The walks differ: " + steps + " steps on the application, " + bareStepCount + " bare");
      }
      if (i == 0) {
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

  /** The coordination form's values on the bare engine: both sites agreed, as on the application. */
  private static Map<String, Object> bareAgreement(Task task) {
    List<Map<String, Object>> rows = BareEngine.SITES.stream()
        .map(site -> Map.<String, Object>of(
            "siteId", site, "recommendedMbps", 50, "agreedMbps", 50, "solution", "ICONPLUS_FIBER",
            "centralMonthlyCostRupiah", 1_500_000L, "technicalNotes", "Titik koneksi di ruang server"))
        .toList();
    return Map.of("coordinationDecision", "AGREED", "sites", JsonRows.of(rows));
  }

  private void joinTenant(String userId) {
    IdentityService identity = engine.getIdentityService();
    if (identity.createTenantQuery().userMember(userId).tenantId(MEASURED_TENANT).count() == 0) {
      identity.createTenantUserMembership(MEASURED_TENANT, userId);
    }
  }

  /**
   * The user's saved filter as Tasklist lists it (first page, authorization and tenant check
   * on, the user's groups and tenants as the webapp's login resolves them). Answers {p50, p95, page size}.
   */
  private double[] measureTaskList(String userId, String filterName, int queries) {
    IdentityService identity = engine.getIdentityService();
    FilterService filters = engine.getFilterService();
    Filter filter = filters.createFilterQuery().filterName(filterName).singleResult();
    List<String> groups = identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
    List<String> tenants = identity.createTenantQuery().userMember(userId).includingGroupsOfUser(true).list().stream()
        .map(Tenant::getId).toList();
    // where a listing's time goes: the statements it sends and the database's time for each,
    // counted over every call (a listing sends the same statements warm or cold)
    applicationSql.recordBySql(true);
    long statements = applicationSql.statements();
    long sqlNanos = applicationSql.nanos();
    double[] measured;
    identity.setAuthentication(userId, groups, tenants);
    try {
      measured = timed(queries, () -> filters.listPage(filter.getId(), 0, PAGE).size());
    } finally {
      identity.clearAuthentication();
    }
    int calls = WARM_UP_QUERIES + queries;
    StringBuilder breakdown = new StringBuilder(String.format(
        "%n==== %s (%s, %d groups, %d tenants): %.1f statements and %.2f ms in the database per listing ====%n",
        filterName, userId, groups.size(), tenants.size(), (applicationSql.statements() - statements) / (double) calls,
        (applicationSql.nanos() - sqlNanos) / 1e6 / calls));
    applicationSql.topBySql(8).forEach(row -> breakdown.append(String.format(
        "| %6.2f ms | %5.2f x | %s%n", (double) row[2] / calls, (long) row[1] / (double) calls, row[0])));
    applicationSql.recordBySql(false);
    System.out.println(breakdown);
    return measured;
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

  private static long procStatusKb(String field) throws IOException {
    return Files.readAllLines(Path.of("/proc/self/status")).stream()
        .filter(line -> line.startsWith(field + ":"))
        .map(line -> Long.parseLong(line.replaceAll("[^0-9]", "")))
        .findFirst()
        .orElse(-1L);
  }

  private static String row(String label, String value) {
    return String.format("| %-52s | %-48s |", label, value);
  }

  private static String format(double value) {
    return String.format("%.2f", value);
  }
}
