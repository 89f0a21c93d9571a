package id.go.pemda.bandwidth.benchmark;

import com.zaxxer.hikari.HikariDataSource;
import id.go.pemda.bandwidth.identity.Groups;
import id.go.pemda.bandwidth.process.AuthorizationByUserIndex;
import id.go.pemda.bandwidth.process.OwnGroupsAuthorizationPlugin;
import id.go.pemda.bandwidth.process.contract.TransitionContract;
import id.go.pemda.bandwidth.process.tenant.PemdaTenantIdProvider;
import id.go.pemda.bandwidth.process.tenant.TenantGroups;
import id.go.pemda.bandwidth.shared.DueDate;
import id.go.pemda.bandwidth.shared.PemdaZone;
import id.go.pemda.bandwidth.tenant.Tenants;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.spin.plugin.impl.SpinProcessEnginePlugin;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The bare engine: a second, plain process engine on a database of its own, with the
 * application's engine settings (history, authorization, task permission, serialization, its
 * authorization index and manager) and
 * the same deployed models and forms, but no application: every delegate and listener the
 * models name resolves to a bean that does nothing. A few of them set the routing and timer
 * variables the models read (a timer date, "network ready"), because the same models must take
 * the same path; the application's delegates compute those from its tables.
 */
final class BareEngine implements AutoCloseable {

  /** Sites of every bare transition: the same two as the application walk's survey. */
  static final List<Long> SITES = List.of(1L, 2L);
  static final List<Long> SITES_WITH_OWN_ISP = List.of(1L);

  private final ProcessEngine engine;
  private final HikariDataSource dataSource;

  private BareEngine(ProcessEngine engine, HikariDataSource dataSource) {
    this.engine = engine;
    this.dataSource = dataSource;
  }

  /** Builds the engine on {@code jdbcUrl} with the settings of {@code app} and deploys the models; {@code sql} counts its statements. */
  static BareEngine start(String jdbcUrl, String user, String password, ProcessEngineConfigurationImpl app, SqlStats sql) {
    HikariDataSource dataSource = new HikariDataSource();
    dataSource.setJdbcUrl(jdbcUrl);
    dataSource.setUsername(user);
    dataSource.setPassword(password);
    dataSource.setMaximumPoolSize(10);

    StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
    configuration.setProcessEngineName("bare");
    configuration.setDataSource(sql.wrap(dataSource));
    configuration.setDatabaseSchemaUpdate("true");
    configuration.setJobExecutorActivate(false);
    // the application's level is full history but for its forms' task-local views, which a bare
    // engine has none of: full history is the same for it
    configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
    configuration.setAuthorizationEnabled(app.isAuthorizationEnabled());
    configuration.setTenantCheckEnabled(app.isTenantCheckEnabled());
    configuration.setAuthorizationCheckRevokes(app.getAuthorizationCheckRevokes());
    configuration.setDefaultUserPermissionNameForTask(app.getDefaultUserPermissionNameForTask());
    configuration.setGeneralResourceWhitelistPattern(app.getGeneralResourceWhitelistPattern());
    configuration.setDefaultSerializationFormat(app.getDefaultSerializationFormat());
    configuration.setEnforceHistoryTimeToLive(app.isEnforceHistoryTimeToLive());
    configuration.setCmmnEnabled(app.isCmmnEnabled());
    configuration.setStandaloneTasksEnabled(app.isStandaloneTasksEnabled());
    configuration.setJdbcBatchProcessing(app.isJdbcBatchProcessing());
    configuration.setIdGenerator(new StrongUuidGenerator());
    configuration.setTenantIdProvider(new PemdaTenantIdProvider(configuration.getIdentityService()));
    configuration.setBeans(beans());
    configuration.getProcessEnginePlugins().add(new SpinProcessEnginePlugin());
    // The application's two engine tunings, on both sides: its index on the authorization table
    // (ADR 0012) and its authorization manager that checks the user's own groups instead of
    // reading every authorized group id of the country at each command (ADR 0006). Without
    // them the vendor's engine slows with the number of open tasks, and at 20,000 open the
    // ratio (0.99) compared engine tunings rather than what the application's own work costs.
    configuration.getProcessEnginePlugins().add(new AuthorizationByUserIndex());
    configuration.getProcessEnginePlugins().add(new OwnGroupsAuthorizationPlugin());
    ProcessEngine engine = configuration.buildProcessEngine();
    deployModels(engine);
    return new BareEngine(engine, dataSource);
  }

  ProcessEngine engine() {
    return engine;
  }

  /** What the application's RegisterTransitionDelegate would have set, handed in at the start. */
  static Map<String, Object> startVariables(String opdCode, Date deadline) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(TransitionContract.OPD_CODE.name(), opdCode);
    variables.put(TransitionContract.TRANSITION_ID.name(), 1L);
    variables.put(TransitionContract.OPD_GROUP.name(), Groups.opd(opdCode));
    variables.put(TransitionContract.TASK_PRIORITY.name(), 50);
    variables.put(TransitionContract.TRANSITION_DEADLINE.name(), deadline);
    variables.put(TransitionContract.NETWORK_READY.name(), false);
    variables.put(TransitionContract.CUT_REQUESTED.name(), false);
    return variables;
  }

  /**
   * Starts the transitions of one Pemda of the national scale, one per OPD of {@code localCodes}:
   * without an application there is no program, so each starts as the walk's do, its tenant
   * given by the OPD code's prefix.
   */
  List<NationalScale.Opened> open(int tenantIndex, List<String> localCodes, Date deadline) {
    String tenantId = NationalScale.tenant(tenantIndex);
    // the tenant id provider starts an OPD's transition only in a registered Pemda, as onboarding registers it
    if (engine.getIdentityService().createTenantQuery().tenantId(tenantId).count() == 0) {
      engine.getIdentityService().saveTenant(engine.getIdentityService().newTenant(tenantId));
    }
    List<NationalScale.Opened> opened = new ArrayList<>();
    for (int o = 0; o < localCodes.size(); o++) {
      String opdCode = Tenants.opdCode(tenantId, localCodes.get(o));
      String instance = engine.getRuntimeService()
          .startProcessInstanceByKey(TransitionContract.KEY, opdCode, startVariables(opdCode, deadline)).getId();
      opened.add(new NationalScale.Opened(instance, opdCode, o));
    }
    return opened;
  }

  private static void deployModels(ProcessEngine engine) {
    DeploymentBuilder deployment = engine.getRepositoryService().createDeployment().name("bare");
    PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
    try {
      for (String pattern : List.of("classpath*:bpmn/**/*.bpmn", "classpath*:bpmn/**/*.dmn", "classpath*:forms/**/*.form")) {
        for (Resource resource : resolver.getResources(pattern)) {
          deployment.addInputStream(resource.getFilename(), resource.getInputStream());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    deployment.deploy();
  }

  private static Map<Object, Object> beans() {
    Map<Object, Object> beans = new HashMap<>();
    NoOp noOp = new NoOp();
    for (String name : List.of(
        "registerTransition", "sizeBandwidth", "prepareSiteConnections", "adoptCircuit", "recordConnectionOrder",
        "cancelConnectionOrder", "completeTransition", "requestCut", "forceCut",
        "fillSurveyTask", "coordinateTechnicallyTask", "approvePlanTask", "confirmInstallationTask",
        "chaseIconPlusTask", "reviewOverdueInstallationTask", "handleFailedOrderTask", "decideExemptionTask",
        "acceptLinkTask", "confirmMonitoringEndTask", "approveBudgetRevocationTask", "recordBudgetRevocationTask", "closingReminderTask",
        "decideOverdueTransitionTask", "confirmIspTerminationTask", "remindBudgetRevocationTask",
        "remindIspTerminationTask", "decideBudgetHoldTask", "decideExemptionEndTask", "connectExemptedSiteTask",
        "holdBudgetRecord")) {
      beans.put(name, noOp);
    }
    beans.put("chooseSiteRoute", (JavaDelegate) execution -> execution.setVariable("siteRoute", "ORDER"));
    beans.put("sendConnectionOrder", (JavaDelegate) execution -> {
      execution.setVariable(TransitionContract.INSTALLATION_DUE_AT.name(), inDays(14));
      execution.setVariable(TransitionContract.INSTALLATION_HEAD_ESCALATION_AT.name(), inDays(21));
      execution.setVariable(TransitionContract.INSTALLATION_SEKDA_ESCALATION_AT.name(), inDays(28));
    });
    beans.put("recordNetworkReady",
        (JavaDelegate) execution -> execution.setVariable(TransitionContract.NETWORK_READY.name(), true));
    beans.put("startMonitoring", noOp);
    beans.put("checkQuietPeriod", (JavaDelegate) BareEngine::checkQuietPeriod);
    beans.put("startBudgetRevocation",
        (JavaDelegate) execution -> execution.setVariable(TransitionContract.BUDGET_REVOCATION_DUE_AT.name(), inDays(14)));
    beans.put("scheduleIspTermination",
        (JavaDelegate) execution -> execution.setVariable(TransitionContract.ISP_TERMINATION_DUE_AT.name(), inDays(60)));
    // the candidate groups of the tenant: the same pure lookup as the application's
    beans.put("tenantGroups", new TenantGroups());
    beans.put("dueDates", new DueDates());
    beans.put("countLoop", new Loops());
    beans.put("loopEscalationCorrelator", new Loops());
    beans.put("transitionSites", new Sites());
    beans.put("iconPlusRetry", new Retry());
    return beans;
  }

  /** The quiet period of the bare walk: 30 days from the first check. */
  private static void checkQuietPeriod(DelegateExecution execution) {
    Date endsAt = (Date) execution.getVariable(TransitionContract.QUIET_PERIOD_ENDS_AT.name());
    if (endsAt == null) {
      execution.setVariable(TransitionContract.QUIET_PERIOD_ENDS_AT.name(), inDays(30));
      execution.setVariable(TransitionContract.EVALUATION_PERIOD_OVER.name(), false);
    } else {
      execution.setVariable(TransitionContract.EVALUATION_PERIOD_OVER.name(), !ClockUtil.getCurrentTime().before(endsAt));
    }
  }

  private static Date inDays(int days) {
    return Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofDays(days)));
  }

  /** Does nothing, as a delegate or as a task listener. */
  /** The models' due dates: end of the n-th day in Samarinda's time by the engine's clock, the bare walk's only zone. */
  public static final class DueDates {
    public Date inDays(DelegateExecution execution, int days) {
      return Date.from(DueDate.endOfDayIn(Clock.fixed(ClockUtil.getCurrentTime().toInstant(), ZoneOffset.UTC), PemdaZone.WITA, days));
    }
  }

  /** Counted loops and their escalations are the application's: the bare engine counts nothing. */
  public static final class Loops {
    public void round(DelegateExecution execution, String loop) {
      // nothing to count without the application
    }

    public void transitionEnded(DelegateExecution execution) {
      // no escalation to withdraw
    }

    public void complaintCaseEnded(DelegateExecution execution) {
      // no escalation to withdraw
    }
  }

  static final class NoOp implements JavaDelegate, TaskListener {
    @Override
    public void execute(DelegateExecution execution) {}

    @Override
    public void notify(DelegateTask task) {}
  }

  /** The multi-instance collections the models ask the application for. */
  public static final class Sites {
    public List<Long> ids(Object transitionId) {
      return SITES;
    }

    public List<Long> withOwnIsp(Object transitionId) {
      return SITES_WITH_OWN_ISP;
    }

    /** The walk exempts no site. */
    public List<Long> exempted(Object transitionId) {
      return List.of();
    }
  }

  /** The retry cycle of the Icon+ jobs, as the test profile sets it (iconplus.retry-cycle). */
  public static final class Retry {
    public String getCycle() {
      return "R3/PT1M";
    }
  }

  @Override
  public void close() {
    engine.close();
    dataSource.close();
  }
}
