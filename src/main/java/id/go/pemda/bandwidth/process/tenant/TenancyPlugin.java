package id.go.pemda.bandwidth.process.tenant;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * One deployment of the models serves every Pemda: the definitions carry no tenant, each
 * instance gets its Pemda's from {@link PemdaTenantIdProvider}, and the engine's tenant check
 * (on by default) keeps a user to the instances, tasks and history of the Pemda of its groups.
 */
@Component
public class TenancyPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setTenantIdProvider(new PemdaTenantIdProvider(configuration.getIdentityService()));
    configuration.setTenantCheckEnabled(true);
  }
}
