package id.go.pemda.bandwidth.process.tenant;

import id.go.pemda.bandwidth.identity.Groups;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The candidate group of a role in the instance's own Pemda, for the models' user tasks:
 * {@code camunda:candidateGroups="${tenantGroups.role(execution, 'diskominfo')}"} gives
 * {@code diskominfo} in Samarinda and {@code ppu.diskominfo} in Penajam Paser Utara.
 */
@Component("tenantGroups")
public class TenantGroups {

  public String role(DelegateExecution execution, String role) {
    if (!Groups.ROLES.contains(role)) {
      throw new IllegalArgumentException("'" + role + "' is not one of the roles " + Groups.ROLES);
    }
    return Groups.of(TenantIds.of(execution), role);
  }
}
