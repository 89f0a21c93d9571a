package id.go.pemda.bandwidth.process;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.pemda.bandwidth.identity.Groups;
import id.go.pemda.bandwidth.process.OwnGroupsAuthorizationPlugin.OwnGroupsAuthorizationManager;
import id.go.pemda.bandwidth.process.contract.TransitionContract;
import id.go.pemda.bandwidth.support.ApplicationTest;
import id.go.pemda.bandwidth.support.TestOpds;
import id.go.pemda.bandwidth.support.TransitionDriver;
import id.go.pemda.bandwidth.tenant.Tenants;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The engine checks a user's own groups without first reading every authorized group of the
 * deployment ({@link OwnGroupsAuthorizationPlugin}), and the answers stay Camunda's: a group
 * without authorizations neither adds nor takes away a task.
 */
@ApplicationTest
class OwnGroupsAuthorizationTest {

  private static final String GROUP_WITHOUT_GRANTS = "kelompok-tanpa-hak";

  @Autowired ProcessEngineConfiguration configuration;
  @Autowired IdentityService identity;
  @Autowired TaskService tasks;
  @Autowired TransitionDriver driver;
  @Autowired TestOpds opds;

  @Test
  void the_engine_checks_authorizations_with_the_users_own_groups() {
    Object manager = ((ProcessEngineConfigurationImpl) configuration).getCommandExecutorTxRequired()
        .execute(context -> context.getAuthorizationManager());

    assertThat(manager).isInstanceOf(OwnGroupsAuthorizationManager.class);
  }

  @Test
  void a_group_without_grants_beside_the_opds_group_shows_the_same_survey_and_alone_shows_none() {
    String code = opds.register("TEST-OWNGROUPS");
    ProcessInstance transition = driver.start(code, 2027);
    String opdGroup = Groups.opd(code);

    List<String> withOpdGroup = surveysSeenBy(List.of(opdGroup), transition);
    List<String> withBoth = surveysSeenBy(List.of(GROUP_WITHOUT_GRANTS, opdGroup, opdGroup), transition);
    List<String> withoutOpdGroup = surveysSeenBy(List.of(GROUP_WITHOUT_GRANTS), transition);

    assertThat(withOpdGroup).hasSize(1);
    assertThat(withBoth).isEqualTo(withOpdGroup);
    assertThat(withoutOpdGroup).isEmpty();
  }

  private List<String> surveysSeenBy(List<String> groups, ProcessInstance transition) {
    identity.setAuthentication("pengguna.uji", groups, List.of(Tenants.DEFAULT));
    try {
      return tasks.createTaskQuery()
          .processInstanceId(transition.getId())
          .taskDefinitionKey(TransitionContract.TASK_FILL_SURVEY)
          .taskCandidateGroupIn(groups)
          .list().stream().map(task -> task.getId()).toList();
    } finally {
      identity.clearAuthentication();
    }
  }
}
