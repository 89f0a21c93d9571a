package id.go.pemda.bandwidth.process.tenant;

import id.go.pemda.bandwidth.tenant.Tenants;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/** The Pemda a running instance belongs to. */
public final class TenantIds {

  private TenantIds() {}

  /** The instance's tenant; an instance started before tenants existed is Samarinda's. */
  public static String of(DelegateExecution execution) {
    String tenantId = execution.getTenantId();
    return tenantId != null ? tenantId : Tenants.DEFAULT;
  }
}
