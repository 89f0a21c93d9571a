package id.go.pemda.bandwidth.benchmark;

import id.go.pemda.bandwidth.process.contract.TransitionContract;
import id.go.pemda.bandwidth.tenant.Tenants;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Many regional governments on one engine: {@code tenants} tenants, each with the same OPDs,
 * every OPD's transition open at a stage of its own. Instances are created where they stand
 * (process instance modification: start before the stage's element, the application's
 * listeners and input mappings skipped, the variables its delegates would have set handed in),
 * in transactions of {@value #BATCH} starts, on as many threads as the connection pool has
 * connections. The shape the task list queries meet is the real one: a task per open stage
 * with its candidate group and the group's task authorization, the instance's tenant, timers.
 */
final class NationalScale {

  static final int BATCH = 50;

  /**
   * Where an OPD's transition stands, in the demo program's proportions over 40 OPDs: a third at
   * the survey, the rest spread over coordination, connection, monitoring and the budget's end.
   */
  static final List<String> STAGES = stages();

  private final ProcessEngine engine;
  private final TransactionTemplate transactions;
  private final int threads;

  NationalScale(ProcessEngine engine, PlatformTransactionManager transactionManager, int threads) {
    this.engine = engine;
    this.transactions = new TransactionTemplate(transactionManager);
    this.threads = threads;
  }

  private static List<String> stages() {
    List<String> stages = new ArrayList<>();
    add(stages, TransitionContract.TASK_FILL_SURVEY, 12);
    add(stages, TransitionContract.TASK_COORDINATE_TECHNICALLY, 3);
    add(stages, TransitionContract.TASK_APPROVE_PLAN, 2);
    add(stages, TransitionContract.TASK_CONFIRM_INSTALLATION, 5);
    add(stages, TransitionContract.TASK_ACCEPT_LINK, 4);
    add(stages, TransitionContract.EVENT_QUIET_PERIOD_ELAPSED, 5);
    add(stages, TransitionContract.TASK_APPROVE_BUDGET_REVOCATION, 3);
    add(stages, TransitionContract.TASK_RECORD_BUDGET_REVOCATION, 2);
    add(stages, TransitionContract.TASK_CONFIRM_ISP_TERMINATION, 4);
    return List.copyOf(stages);
  }

  private static void add(List<String> stages, String stage, int count) {
    for (int i = 0; i < count; i++) {
      stages.add(stage);
    }
  }

  /**
   * The first tenant is Samarinda, whose demo users are measured (as the application names its
   * groups: unprefixed there, prefixed with the tenant id in every other Pemda).
   */
  static String tenant(int index) {
    return index == 0 ? Tenants.DEFAULT : String.format("pemda-%03d", index + 1);
  }

  /** The stage of the OPD at {@code opdIndex} in the tenant at {@code tenantIndex}: it rotates, so each OPD stands at every stage somewhere. */
  static String stageOf(int tenantIndex, int opdIndex) {
    return STAGES.get((tenantIndex + opdIndex) % STAGES.size());
  }

  /** Creates the tenants; answers how many transitions were opened and took how long. */
  Result open(int tenants, List<String> opdCodes) throws Exception {
    IdentityService identity = engine.getIdentityService();
    for (int t = 0; t < tenants; t++) {
      if (identity.createTenantQuery().tenantId(tenant(t)).count() == 0) {
        Tenant tenant = identity.newTenant(tenant(t));
        tenant.setName("Pemda " + (t + 1));
        identity.saveTenant(tenant);
      }
    }
    List<int[]> work = new ArrayList<>();
    for (int t = 0; t < tenants; t++) {
      for (int o = 0; o < opdCodes.size(); o++) {
        work.add(new int[] {t, o});
      }
    }
    AtomicInteger next = new AtomicInteger();
    long started = System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> running = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        running.add(pool.submit(() -> {
          for (int from = next.getAndAdd(BATCH); from < work.size(); from = next.getAndAdd(BATCH)) {
            List<int[]> batch = work.subList(from, Math.min(from + BATCH, work.size()));
            transactions.executeWithoutResult(status -> batch.forEach(item -> openOne(item[0], item[1], opdCodes.get(item[1]))));
          }
          return null;
        }));
      }
      for (Future<?> future : running) {
        future.get();
      }
    } finally {
      pool.shutdown();
    }
    return new Result(work.size(), Duration.ofNanos(System.nanoTime() - started));
  }

  /**
   * Opens it as the application opens a transition without a user: the OPD's code carries its
   * Pemda's prefix, from which the application's {@code PemdaTenantIdProvider} gives the tenant.
   */
  private void openOne(int tenantIndex, int opdIndex, String localCode) {
    String opdCode = Tenants.opdCode(tenant(tenantIndex), localCode);
    engine.getRuntimeService()
        .createProcessInstanceByKey(TransitionContract.KEY)
        .businessKey(opdCode)
        .setVariables(variables(tenant(tenantIndex), opdCode, localCode, opdIndex))
        .startBeforeActivity(stageOf(tenantIndex, opdIndex))
        .execute(true, true);
  }

  /** What the application's delegates would have set by then (ids, group, priority, dates). */
  private static Map<String, Object> variables(String tenantId, String opdCode, String localCode, int opdIndex) {
    Instant now = ClockUtil.getCurrentTime().toInstant();
    Map<String, Object> variables = new HashMap<>();
    variables.put(TransitionContract.OPD_CODE.name(), opdCode);
    variables.put(TransitionContract.TRANSITION_ID.name(), -1L - opdIndex);
    variables.put(TransitionContract.OPD_GROUP.name(), Tenants.qualify(tenantId, "opd-" + localCode.toLowerCase()));
    // the four priority classes of the campaign, frontline first
    variables.put(TransitionContract.TASK_PRIORITY.name(), 80 - 20 * (opdIndex % 4));
    variables.put(TransitionContract.TRANSITION_DEADLINE.name(), date(now, 120));
    variables.put(TransitionContract.NETWORK_READY.name(), false);
    variables.put(TransitionContract.CUT_REQUESTED.name(), false);
    variables.put(TransitionContract.INSTALLATION_DUE_AT.name(), date(now, 14 + opdIndex % 7));
    variables.put(TransitionContract.INSTALLATION_HEAD_ESCALATION_AT.name(), date(now, 21 + opdIndex % 7));
    variables.put(TransitionContract.INSTALLATION_SEKDA_ESCALATION_AT.name(), date(now, 28 + opdIndex % 7));
    variables.put(TransitionContract.QUIET_PERIOD_ENDS_AT.name(), date(now, 30));
    variables.put(TransitionContract.BUDGET_REVOCATION_DUE_AT.name(), date(now, 14 - opdIndex % 20));
    variables.put(TransitionContract.ISP_TERMINATION_DUE_AT.name(), date(now, 45 - opdIndex));
    return variables;
  }

  private static Date date(Instant from, int days) {
    return Date.from(from.plus(Duration.ofDays(days)));
  }

  record Result(int transitions, Duration took) {}
}
