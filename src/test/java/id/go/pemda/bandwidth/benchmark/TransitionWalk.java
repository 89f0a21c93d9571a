package id.go.pemda.bandwidth.benchmark;

import static id.go.pemda.bandwidth.support.TransitionDriver.ownIspSite;
import static id.go.pemda.bandwidth.support.TransitionDriver.siteWithoutInternet;
import static id.go.pemda.bandwidth.support.TransitionDriver.survey;

import id.go.pemda.bandwidth.process.contract.TransitionContract;
import id.go.pemda.bandwidth.shared.Wita;
import id.go.pemda.bandwidth.support.TimeTravel;
import id.go.pemda.bandwidth.support.TransitionDriver;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;

/**
 * Walks one OPD transition from its survey to its end on one engine, as the role users do in
 * Tasklist: every user task completed through TaskService by a member of its candidate group,
 * authenticated with that group and the transition's tenant (authorization and tenant checks
 * on); every asynchronous step and due timer run as the job executor would, after moving the
 * engine clock. The same walk, step for step, on the application and on the bare engine.
 * A step is a completed user task or an executed job.
 */
final class TransitionWalk {

  /** Tuesday 1 December 2026, 09:00 WITA: after the APBD 2027 was adopted, so the line moves by pergeseran. */
  static final java.time.Instant START = java.time.Instant.parse("2026-12-01T01:00:00Z");
  static final int FISCAL_YEAR = 2027;

  private final ProcessEngine engine;
  private final String tenantId;
  private final Function<Task, Map<String, Object>> coordination;
  private final SqlStats sql;
  /** Nanoseconds spent per step kind (a task's or a job's element id), in walk order. */
  private final Map<String, Long> nanosByStep = new LinkedHashMap<>();
  /** SQL statements sent per step kind, and the database's time answering them. */
  private final Map<String, Long> statementsByStep = new LinkedHashMap<>();
  private final Map<String, Long> sqlNanosByStep = new LinkedHashMap<>();

  TransitionWalk(ProcessEngine engine, String tenantId, Function<Task, Map<String, Object>> coordination, SqlStats sql) {
    this.engine = engine;
    this.tenantId = tenantId;
    this.coordination = coordination;
    this.sql = sql;
  }

  /** Walks the started instance to its end; answers the number of steps. */
  int walk(ProcessInstance instance, String opdCode) {
    int steps = 0;
    steps += complete(one(instance, TransitionContract.TASK_FILL_SURVEY), survey(
        ownIspSite("Kantor " + opdCode, 2_500_000L, "2027-03-31"), siteWithoutInternet("Puskesmas " + opdCode)));
    Task coordinate = one(instance, TransitionContract.TASK_COORDINATE_TECHNICALLY);
    steps += complete(coordinate, coordination.apply(coordinate));
    steps += complete(one(instance, TransitionContract.TASK_APPROVE_PLAN), Map.of("planDecision", "APPROVE"));
    steps += runJobs(instance, TransitionContract.TASK_SEND_CONNECTION_ORDER);
    for (Task task : all(instance, TransitionContract.TASK_CONFIRM_INSTALLATION)) {
      steps += complete(task, TransitionDriver.installed());
    }
    for (Task task : all(instance, TransitionContract.TASK_ACCEPT_LINK)) {
      steps += complete(task, TransitionDriver.accepted());
    }
    TimeTravel.advance(Duration.ofDays(TransitionDriver.QUIET_PERIOD_DAYS).plusMinutes(1));
    steps += runJobs(instance, TransitionContract.EVENT_QUIET_PERIOD_ELAPSED);
    steps += complete(one(instance, TransitionContract.TASK_APPROVE_BUDGET_REVOCATION), Map.of("revocationDecision", "APPROVE"));
    steps += complete(one(instance, TransitionContract.TASK_RECORD_BUDGET_REVOCATION), Map.of(
        "instrument", "PERGESERAN", "documentNumber", "Perwali 12/2027",
        "documentDate", TimeTravel.now().atZone(Wita.ZONE).toLocalDate().toString()));
    for (Task task : all(instance, TransitionContract.TASK_CONFIRM_ISP_TERMINATION)) {
      steps += complete(task, Map.of(
          "ispTerminatedOn", "2027-03-31", "ispTerminationReference", "005/ISP/III/2027", "signerName", "Dr. Andi",
          "signedByHead", true));
    }
    if (engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance.getId()).count() != 0) {
      throw new IllegalStateException("Transition of " + opdCode + " did not end after " + steps + " steps");
    }
    return steps;
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

  private Task one(ProcessInstance instance, String taskKey) {
    List<Task> tasks = all(instance, taskKey);
    if (tasks.size() != 1) {
      throw new IllegalStateException("Expected one task " + taskKey + " but found " + tasks.size());
    }
    return tasks.get(0);
  }

  private List<Task> all(ProcessInstance instance, String taskKey) {
    return engine.getTaskService().createTaskQuery()
        .processInstanceId(instance.getId()).taskDefinitionKey(taskKey).orderByTaskCreateTime().asc().list();
  }

  /** Completes the task as a member of its candidate group, in the transition's tenant. */
  private int complete(Task task, Map<String, Object> variables) {
    String group = engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
        .map(IdentityLink::getGroupId)
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("No candidate group on " + task.getTaskDefinitionKey()));
    IdentityService identity = engine.getIdentityService();
    identity.setAuthentication(userOf(group), List.of(group), List.of(tenantId));
    try {
      timed(task.getTaskDefinitionKey(), () -> engine.getTaskService().complete(task.getId(), variables));
    } finally {
      identity.clearAuthentication();
    }
    return 1;
  }

  /** The demo's user of a group: opd-dinkes -> opd.dinkes, kadis-diskominfo -> kadis, sekda -> sekda. */
  static String userOf(String group) {
    if (group.startsWith("opd-")) {
      return "opd." + group.substring("opd-".length());
    }
    return group.equals("kadis-diskominfo") ? "kadis" : group;
  }

  /** Runs the instance's jobs waiting at an element that are due, as the job executor would. */
  private int runJobs(ProcessInstance instance, String activityId) {
    List<Job> jobs = engine.getManagementService().createJobQuery()
        .processInstanceId(instance.getId()).activityId(activityId).executable().list();
    jobs.forEach(job -> timed(activityId, () -> engine.getManagementService().executeJob(job.getId())));
    return jobs.size();
  }
}
