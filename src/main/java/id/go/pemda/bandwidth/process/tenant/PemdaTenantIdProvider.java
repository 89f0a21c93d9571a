package id.go.pemda.bandwidth.process.tenant;

import id.go.pemda.bandwidth.process.contract.TransitionContract;
import id.go.pemda.bandwidth.tenant.Tenants;
import java.util.List;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderCaseInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderHistoricDecisionInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderProcessInstanceContext;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.variable.VariableMap;

/**
 * Gives every new instance of the shared (tenant-less) definitions the tenant of its Pemda,
 * from, in this order: the calling instance (a call activity); the single tenant of the user
 * starting it (Tasklist, the engine REST API, a delegate running in that user's command); the
 * OPD it is about when the application starts it without a user (the {@code opdCode} start
 * variable, whose prefix names the Pemda). An instance of no Pemda is refused: without any of
 * them (the administrator starting a program), or when the OPD code names a Pemda that is not on
 * this deployment, nothing starts, rather than running as Samarinda's.
 */
public class PemdaTenantIdProvider implements TenantIdProvider {

  private final IdentityService identity;

  public PemdaTenantIdProvider(IdentityService identity) {
    this.identity = identity;
  }

  @Override
  public String provideTenantIdForProcessInstance(TenantIdProviderProcessInstanceContext ctx) {
    if (ctx.getSuperExecution() != null) {
      return ctx.getSuperExecution().getTenantId();
    }
    // what a user types into a start form is checked by the model within the user's Pemda
    String ofUser = ofUser();
    if (ofUser != null) {
      return ofUser;
    }
    String ofOpd = ofOpd(ctx.getVariables());
    if (ofOpd == null) {
      throw new BadUserRequestException("Proses ini tidak dapat dimulai tanpa Pemda: akun Anda tidak terdaftar pada"
          + " tepat satu Pemda. Mulai proses dengan akun pengguna Pemda (mis. diskominfo Pemda tersebut).");
    }
    if (identity.createTenantQuery().tenantId(ofOpd).count() == 0) {
      throw new BadUserRequestException("Kode OPD '" + ctx.getVariables().get(TransitionContract.OPD_CODE.name())
          + "' tidak termasuk Pemda mana pun di aplikasi ini (Pemda '" + ofOpd + "' belum didaftarkan).");
    }
    return ofOpd;
  }

  @Override
  public String provideTenantIdForHistoricDecisionInstance(TenantIdProviderHistoricDecisionInstanceContext ctx) {
    // a decision evaluated inside an instance belongs to the instance's Pemda
    return ctx.getExecution() != null ? ctx.getExecution().getTenantId() : null;
  }

  @Override
  public String provideTenantIdForCaseInstance(TenantIdProviderCaseInstanceContext ctx) {
    return null;
  }

  private static String ofOpd(VariableMap variables) {
    Object code = variables == null ? null : variables.get(TransitionContract.OPD_CODE.name());
    return code instanceof String opdCode && !opdCode.isBlank() ? Tenants.of(opdCode) : null;
  }

  private String ofUser() {
    Authentication authentication = identity.getCurrentAuthentication();
    List<String> tenants = authentication == null ? null : authentication.getTenantIds();
    return tenants != null && tenants.size() == 1 ? tenants.get(0) : null;
  }
}
