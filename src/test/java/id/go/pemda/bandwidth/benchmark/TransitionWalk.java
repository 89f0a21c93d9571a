package id.go.pemda.bandwidth.benchmark;

import static id.go.pemda.bandwidth.support.TransitionDriver.ownIspSite;
import static id.go.pemda.bandwidth.support.TransitionDriver.siteWithoutInternet;
import static id.go.pemda.bandwidth.support.TransitionDriver.survey;

import id.go.pemda.bandwidth.process.contract.TransitionContract;
import id.go.pemda.bandwidth.shared.PemdaZone;
import id.go.pemda.bandwidth.support.TimeTravel;
import id.go.pemda.bandwidth.support.TransitionDriver;
import id.go.pemda.bandwidth.tenant.Tenants;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;

/**
 * Walks OPD transitions on one engine, as the role users do in Tasklist: every user task
 * completed through TaskService by a member of its candidate group, authenticated with that
 * group and the transition's tenant (authorization and tenant checks on); every asynchronous
 * step and due timer run as the job executor would. The same walk, step for step, on the
 * application and on the bare engine; the benchmark times it, and the national scale uses it
 * to bring each of its transitions to the stage where it stands.
 * A step is a completed user task or an executed job.
 */
final class TransitionWalk {

  /** Tuesday 1 December 2026, 09:00 WITA: after the APBD 2027 was adopted, so the line moves by pergeseran. */
  static final Instant START = Instant.parse("2026-12-01T01:00:00Z");
  static final int FISCAL_YEAR = 2027;
  /** How long the monitoring waits without complaints: the walk's programs are planned with it. */
  static final int QUIET_PERIOD_DAYS = TransitionDriver.QUIET_PERIOD_DAYS;
  /**
   * Where the walk goes, in order: the elements a transition waits at (a user task, the Icon+
   * orders, the quiet period's timer), each a stage a transition may be left standing at.
   */
  static final List<String> STAGES = List.of(
      TransitionContract.TASK_FILL_SURVEY, TransitionContract.TASK_COORDINATE_TECHNICALLY, TransitionContract.TASK_APPROVE_PLAN,
      TransitionContract.TASK_SEND_CONNECTION_ORDER, TransitionContract.TASK_CONFIRM_INSTALLATION, TransitionContract.TASK_ACCEPT_LINK,
      TransitionContract.EVENT_QUIET_PERIOD_ELAPSED, TransitionContract.TASK_CONFIRM_MONITORING_END,
      TransitionContract.TASK_APPROVE_BUDGET_REVOCATION, TransitionContract.TASK_RECORD_BUDGET_REVOCATION,
      TransitionContract.TASK_CONFIRM_ISP_TERMINATION);

  private final ProcessEngine engine;
  private final Function<Task, Map<String, Object>> coordination;
  /** Counts the statements of each step when the walk is timed; null when it is not. */
  private final SqlStats sql;
  /** Nanoseconds spent per step kind (a task's or a job's element id), in walk order. */
  private final Map<String, Long> nanosByStep = new LinkedHashMap<>();
  /** SQL statements sent per step kind, and the database's time answering them. */
  private final Map<String, Long> statementsByStep = new LinkedHashMap<>();
  private final Map<String, Long> sqlNanosByStep = new LinkedHashMap<>();

  /** How a task is completed: the application through its forms, the bare engine by the plain API. */
  interface Completion {
    void complete(String taskId, Map<String, Object> variables);
  }

  private final Completion completion;

  private TransitionWalk(ProcessEngine engine, Completion completion, Function<Task, Map<String, Object>> coordination,
      SqlStats sql) {
    this.engine = engine;
    this.completion = completion;
    this.coordination = coordination;
    this.sql = sql;
  }

  /** A walk whose steps are timed and their statements counted by {@code sql}, one thread at a time. */
  static TransitionWalk timed(ProcessEngine engine, Completion completion, Function<Task, Map<String, Object>> coordination,
      SqlStats sql) {
    return new TransitionWalk(engine, completion, coordination, sql);
  }

  /** A walk that only moves transitions on, from any number of threads. */
  static TransitionWalk untimed(ProcessEngine engine, Completion completion,
      Function<Task, Map<String, Object>> coordination) {
    return new TransitionWalk(engine, completion, coordination, null);
  }

  /**
   * The whole walk of a started transition, from its survey to its end, the clock moved past the
   * quiet period on the way; answers the number of steps.
   */
  int walk(String processInstanceId, String opdCode) {
    int steps = walk(processInstanceId, opdCode, TransitionContract.EVENT_QUIET_PERIOD_ELAPSED);
    TimeTravel.advance(Duration.ofDays(QUIET_PERIOD_DAYS).plusMinutes(1));
    steps += walk(processInstanceId, opdCode, null);
    if (engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(processInstanceId).count() != 0) {
      throw new IllegalStateException("Transition of " + opdCode + " did not end after " + steps + " steps");
    }
    return steps;
  }

  /**
   * Moves the transition on from where it waits until it waits at {@code stage} (to its end when
   * null); steps it has passed find nothing to do. Answers the number of steps.
   */
  int walk(String processInstanceId, String opdCode, String stage) {
    int done = 0;
    for (String element : STAGES) {
      if (element.equals(stage)) {
        return done;
      }
      done += step(element, processInstanceId, opdCode);
    }
    return done;
  }

  /** How the users move a transition on from the element where it waits; answers the steps taken. */
  private int step(String element, String processInstanceId, String opdCode) {
    return switch (element) {
      case TransitionContract.TASK_FILL_SURVEY -> completeAll(processInstanceId, element,
          task -> survey(ownIspSite("Kantor " + opdCode, 2_500_000L, "2027-03-31"), siteWithoutInternet("Puskesmas " + opdCode)));
      case TransitionContract.TASK_COORDINATE_TECHNICALLY -> completeAll(processInstanceId, element, coordination);
      case TransitionContract.TASK_APPROVE_PLAN -> completeAll(processInstanceId, element, task -> Map.of("planDecision", "APPROVE"));
      case TransitionContract.TASK_CONFIRM_INSTALLATION -> completeAll(processInstanceId, element, task -> TransitionDriver.installed());
      case TransitionContract.TASK_ACCEPT_LINK -> completeAll(processInstanceId, element, task -> TransitionDriver.accepted());
      case TransitionContract.TASK_CONFIRM_MONITORING_END ->
          completeAll(processInstanceId, element, task -> TransitionDriver.monitoringEndConfirmed());
      case TransitionContract.TASK_APPROVE_BUDGET_REVOCATION ->
          completeAll(processInstanceId, element, task -> Map.of("revocationDecision", "APPROVE"));
      // a pergeseran changes the adopted APBD within its fiscal year: the walk goes there (a clock set)
      case TransitionContract.TASK_RECORD_BUDGET_REVOCATION -> completeAll(processInstanceId, element, task -> {
        TimeTravel.intoFiscalYear(FISCAL_YEAR);
        return Map.of(
          "instrument", "PERGESERAN", "tapdDecisionNumber", "BA TAPD 1/2027", "documentNumber", "Perwali 12/2027",
          "documentDate", TimeTravel.now().atZone(PemdaZone.WITA.zone()).toLocalDate().toString());
      });
      case TransitionContract.TASK_CONFIRM_ISP_TERMINATION -> completeAll(processInstanceId, element, task -> Map.of(
          "ispTerminatedOn", "2027-03-31", "ispTerminationReference", "005/ISP/III/2027", "signerName", "Dr. Andi",
          "signedByHead", true));
      // the orders, and the quiet period's timer once the clock has passed it (the caller moves the clock)
      case TransitionContract.TASK_SEND_CONNECTION_ORDER, TransitionContract.EVENT_QUIET_PERIOD_ELAPSED ->
          runDueJobs(processInstanceId, element);
      default -> throw new IllegalArgumentException("The walk has no step at " + element);
    };
  }

  Map<String, Long> nanosByStep() {
    return nanosByStep;
  }

  Map<String, Long> statementsByStep() {
    return statementsByStep;
  }

  Map<String, Long> sqlNanosByStep() {
    return sqlNanosByStep;
  }

  void clearTimings() {
    nanosByStep.clear();
    statementsByStep.clear();
    sqlNanosByStep.clear();
  }

  private void timed(String step, Runnable work) {
    if (sql == null) {
      work.run();
      return;
    }
    long statements = sql.statements();
    long sqlNanos = sql.nanos();
    long started = System.nanoTime();
    sql.label(step);
    work.run();
    sql.label("");
    nanosByStep.merge(step, System.nanoTime() - started, Long::sum);
    statementsByStep.merge(step, sql.statements() - statements, Long::sum);
    sqlNanosByStep.merge(step, sql.nanos() - sqlNanos, Long::sum);
  }

  /** Completes every task of the instance waiting at the element, oldest first. */
  private int completeAll(String processInstanceId, String taskKey, Function<Task, Map<String, Object>> values) {
    List<Task> tasks = engine.getTaskService().createTaskQuery()
        .processInstanceId(processInstanceId).taskDefinitionKey(taskKey).orderByTaskCreateTime().asc().list();
    tasks.forEach(task -> complete(task, values.apply(task)));
    return tasks.size();
  }

  /** Completes the task as a member of its candidate group, in the transition's tenant. */
  private void complete(Task task, Map<String, Object> variables) {
    String group = engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
        .map(IdentityLink::getGroupId)
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("No candidate group on " + task.getTaskDefinitionKey()));
    IdentityService identity = engine.getIdentityService();
    identity.setAuthentication(userOf(group), List.of(group), List.of(task.getTenantId()));
    try {
      timed(task.getTaskDefinitionKey(), () -> completion.complete(task.getId(), variables));
    } finally {
      identity.clearAuthentication();
    }
  }

  /**
   * The demo's user of a group, in the group's Pemda: opd-dinkes -> opd.dinkes, kadis-diskominfo
   * -> kadis, sekda -> sekda; pemda-002.opd-dinkes -> pemda-002.opd.dinkes.
   */
  static String userOf(String group) {
    String tenant = Tenants.of(group);
    String local = group.substring(group.indexOf('.') + 1);
    String user = local.startsWith("opd-") ? "opd." + local.substring("opd-".length())
        : local.equals("kadis-diskominfo") ? "kadis" : local;
    return Tenants.qualify(tenant, user);
  }

  /** Runs the instance's jobs waiting at an element that are due, as the job executor would. */
  private int runDueJobs(String processInstanceId, String activityId) {
    List<Job> jobs = engine.getManagementService().createJobQuery()
        .processInstanceId(processInstanceId).activityId(activityId).executable().list();
    jobs.forEach(job -> timed(activityId, () -> engine.getManagementService().executeJob(job.getId())));
    return jobs.size();
  }
}
