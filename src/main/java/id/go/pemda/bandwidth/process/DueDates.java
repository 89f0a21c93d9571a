package id.go.pemda.bandwidth.process;

import id.go.pemda.bandwidth.shared.DueDate;
import id.go.pemda.bandwidth.tenant.PemdaSettingsService;
import java.time.Clock;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The models' due dates of user tasks, shown in Tasklist:
 * {@code camunda:dueDate="${dueDates.inDays(execution, 3)}"} is the end of the third day from
 * today in the time of the instance's Pemda, by the engine's clock ({@link DueDate}).
 */
@Component("dueDates")
public class DueDates {

  private final Clock clock;
  private final PemdaSettingsService settings;

  public DueDates(Clock clock, PemdaSettingsService settings) {
    this.clock = clock;
    this.settings = settings;
  }

  public Date inDays(DelegateExecution execution, int days) {
    String tenantId = execution.getTenantId();
    // an instance from before tenancy has no tenant: it is the first Pemda's, in the deployment's zone
    return Date.from(DueDate.endOfDayIn(clock,
        tenantId == null ? settings.deploymentZone() : settings.zone(tenantId), days));
  }
}
