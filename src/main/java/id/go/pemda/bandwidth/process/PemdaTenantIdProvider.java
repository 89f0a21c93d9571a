package id.go.pemda.bandwidth.process;

import id.go.pemda.bandwidth.process.contract.TransitionContract;
import id.go.pemda.bandwidth.tenant.Tenants;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.context.BpmnExecutionContext;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderCaseInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderHistoricDecisionInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderProcessInstanceContext;
import org.camunda.bpm.engine.variable.VariableMap;

/**
 * Gives every new instance of the shared (tenant-less) definitions the tenant of its Pemda,
 * from, in this order: the calling instance (a call activity, or a delegate starting a
 * process); the OPD it is about (the {@code opdCode} variable every model's start carries, whose
 * prefix names the Pemda); the single tenant of the user starting it. Without any of them the
 * instance is Samarinda's. A user starting an instance about another Pemda's OPD is refused.
 */
public class PemdaTenantIdProvider implements TenantIdProvider {

  @Override
  public String provideTenantIdForProcessInstance(TenantIdProviderProcessInstanceContext ctx) {
    if (ctx.getSuperExecution() != null) {
      return ctx.getSuperExecution().getTenantId();
    }
    BpmnExecutionContext caller = Context.getBpmnExecutionContext();
    if (caller != null && caller.getExecution() != null && caller.getExecution().getTenantId() != null) {
      return caller.getExecution().getTenantId();
    }
    String ofOpd = ofOpd(ctx.getVariables());
    String ofUser = ofUser();
    if (ofOpd != null && ofUser != null && !ofOpd.equals(ofUser)) {
      throw new ProcessEngineException(
          "OPD " + ctx.getVariables().get(TransitionContract.OPD_CODE.name()) + " belongs to Pemda " + ofOpd + ", not to the user's " + ofUser);
    }
    return ofOpd != null ? ofOpd : ofUser != null ? ofUser : Tenants.DEFAULT;
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

  private static String ofUser() {
    CommandContext command = Context.getCommandContext();
    Authentication authentication = command == null ? null : command.getAuthentication();
    List<String> tenants = authentication == null ? null : authentication.getTenantIds();
    return tenants != null && tenants.size() == 1 ? tenants.get(0) : null;
  }
}
