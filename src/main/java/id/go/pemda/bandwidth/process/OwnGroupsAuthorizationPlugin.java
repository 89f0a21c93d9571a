package id.go.pemda.bandwidth.process;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.springframework.stereotype.Component;

/**
 * Keeps the cost of an authorization check independent of how many Pemda share the deployment.
 * In every command that checks authorizations, Camunda first narrows the user's groups to those
 * holding any authorization, by reading every distinct group id in {@code ACT_RU_AUTHORIZATION}.
 * The engine grants each open task's candidate group on that task itself, so with every Pemda's
 * OPDs on one deployment that read grows with the country: at 20,000 open transitions it was 6
 * of the 19 ms of a Tasklist page (docs/benchmark.md, ADR 0006). A group without authorizations matches
 * no row of the checks anyway, so the user's own few groups are checked as they are: same
 * answers, no full read.
 */
@Component
public class OwnGroupsAuthorizationPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<SessionFactory> factories = new ArrayList<>();
    if (configuration.getCustomSessionFactories() != null) {
      factories.addAll(configuration.getCustomSessionFactories());
    }
    factories.add(new SessionFactory() {
      @Override
      public Class<?> getSessionType() {
        return AuthorizationManager.class;
      }

      @Override
      public Session openSession() {
        return new OwnGroupsAuthorizationManager();
      }
    });
    configuration.setCustomSessionFactories(factories);
  }

  /** Camunda's manager, checking the user's own groups without reading all authorized ones. */
  static class OwnGroupsAuthorizationManager extends AuthorizationManager {

    @Override
    public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
      if (authenticatedGroupIds == null || authenticatedGroupIds.isEmpty()) {
        return super.filterAuthenticatedGroupIds(authenticatedGroupIds);
      }
      return new ArrayList<>(new LinkedHashSet<>(authenticatedGroupIds));
    }
  }
}
