package id.go.pemda.bandwidth.ops;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Component;

/**
 * Health component {@code jobExecutor}: UP while the job executor runs (or is switched off on
 * purpose with {@code camunda.bpm.job-execution.enabled=false}, e.g. a node that only serves
 * the webapps), DOWN when it should run and does not. Details: whether it is active, its lock
 * owner and settings, how many jobs are due now and how many have no retries left (each of
 * those is an incident). Both counts are count queries over all nodes' jobs.
 *
 * <p>Replaces Camunda's own indicators ({@code management.health.camunda.enabled=false}), which
 * report a switched-off job executor as DOWN.
 */
@Component("jobExecutorHealthIndicator")
public class JobExecutorHealthIndicator extends AbstractHealthIndicator {

  private final ProcessEngine engine;
  private final boolean enabled;

  public JobExecutorHealthIndicator(
      ProcessEngine engine, @Value("${camunda.bpm.job-execution.enabled:true}") boolean enabled) {
    super("Camunda job executor health check failed");
    this.engine = engine;
    this.enabled = enabled;
  }

  @Override
  protected void doHealthCheck(Health.Builder health) {
    ManagementService management = engine.getManagementService();
    long due = management.createJobQuery().executable().count();
    long withoutRetries = management.createJobQuery().noRetriesLeft().count();
    JobExecutor executor = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor();
    boolean active = executor != null && executor.isActive();
    (active || !enabled ? health.up() : health.down())
        .withDetail("enabled", enabled)
        .withDetail("active", active)
        .withDetail("dueJobs", due)
        .withDetail("jobsWithoutRetries", withoutRetries);
    if (executor != null) {
      health
          .withDetail("lockOwner", executor.getLockOwner())
          .withDetail("lockTimeInMillis", executor.getLockTimeInMillis())
          .withDetail("maxJobsPerAcquisition", executor.getMaxJobsPerAcquisition());
    }
  }
}
