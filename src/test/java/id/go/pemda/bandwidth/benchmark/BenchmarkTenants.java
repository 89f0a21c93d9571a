package id.go.pemda.bandwidth.benchmark;

import java.util.function.Supplier;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderCaseInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderHistoricDecisionInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderProcessInstanceContext;

/**
 * Gives an instance of a shared definition the tenant the benchmark starts it for (Camunda's
 * way to separate tenants' instances when definitions are shared); a called instance inherits
 * its caller's tenant.
 */
final class BenchmarkTenants implements TenantIdProvider {

  private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

  static <T> T as(String tenantId, Supplier<T> start) {
    CURRENT.set(tenantId);
    try {
      return start.get();
    } finally {
      CURRENT.remove();
    }
  }

  @Override
  public String provideTenantIdForProcessInstance(TenantIdProviderProcessInstanceContext context) {
    return context.getSuperExecution() != null ? context.getSuperExecution().getTenantId() : CURRENT.get();
  }

  @Override
  public String provideTenantIdForCaseInstance(TenantIdProviderCaseInstanceContext context) {
    return null;
  }

  @Override
  public String provideTenantIdForHistoricDecisionInstance(TenantIdProviderHistoricDecisionInstanceContext context) {
    return context.getExecution() != null ? context.getExecution().getTenantId() : null;
  }
}
