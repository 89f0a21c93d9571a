package id.go.pemda.bandwidth.identity;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.pemda.bandwidth.opd.OpdRegistry;
import id.go.pemda.bandwidth.support.ApplicationTest;
import id.go.pemda.bandwidth.support.TestOpds;
import id.go.pemda.bandwidth.support.TransitionDriver;
import id.go.pemda.bandwidth.tenant.PemdaRegistry;
import id.go.pemda.bandwidth.tenant.Tenants;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every authorization in the engine is accounted for by {@code docs/access-model.md}: the
 * documented group grants (each exists, and nothing else of its kind), Camunda's per-identity
 * defaults, and the grants made while processes run (a task's candidate group on that task, an
 * OPD on its own transition). A stray grant, a revoke or a global authorization fails the test.
 */
@ApplicationTest
class AuthorizationModelTest {

  @Autowired AuthorizationService authorizations;
  @Autowired FilterService filters;
  @Autowired TaskService tasks;
  @Autowired HistoryService history;
  @Autowired OpdRegistry registry;
  @Autowired PemdaRegistry pemdas;
  @Autowired ProcessEngineConfiguration configuration;
  @Autowired TransitionDriver driver;
  @Autowired TestOpds opds;

  @Test
  void every_authorization_of_the_engine_is_one_the_access_model_documents() throws IOException {
    // a running transition, so the grants made at run time are among those checked
    driver.start(opds.register("TEST-AUTHZ"), 2032);
    Set<String> documented = documentedGrants();
    Map<String, String> filterNames = new HashMap<>();
    filters.createFilterQuery().list().forEach(f -> filterNames.put(f.getId(), f.getName()));

    Set<String> granted = new TreeSet<>();
    List<String> stray = new ArrayList<>();
    for (Authorization authorization : authorizations.createAuthorizationQuery().list()) {
      Resources resource = resourceOf(authorization.getResourceType());
      String who = authorization.getGroupId() != null ? authorization.getGroupId() : authorization.getUserId();
      Set<String> permissions = permissionsOf(authorization, resource);
      String id = authorization.getResourceId();
      if (authorization.getAuthorizationType() != Authorization.AUTH_TYPE_GRANT) {
        stray.add("not a grant: " + describe(authorization, resource, permissions));
      } else if (authorization.getGroupId() != null && resource == Resources.GROUP && id.equals(who)) {
        expect(stray, permissions, Set.of("READ"), authorization, resource);
      } else if (authorization.getGroupId() != null && resource == Resources.TENANT && id.equals(Tenants.of(who))) {
        // Camunda's default: a group reads the tenant it is a member of
        expect(stray, permissions, Set.of("READ"), authorization, resource);
      } else if (authorization.getUserId() != null && resource == Resources.USER && id.equals(who)) {
        expect(stray, permissions, Set.of("ALL"), authorization, resource);
      } else if (resource == Resources.TASK && !Authorization.ANY.equals(id)) {
        if (!isCandidateGroupOfTask(authorization.getGroupId(), id)) {
          stray.add("task grant to a non-candidate: " + describe(authorization, resource, permissions));
        }
        expect(stray, permissions, Set.of("READ", "TASK_WORK"), authorization, resource);
      } else if (resource == Resources.PROCESS_INSTANCE && !Authorization.ANY.equals(id)) {
        if (!isOwnTransition(authorization.getGroupId(), id)) {
          stray.add("instance grant to another than its OPD: " + describe(authorization, resource, permissions));
        }
        expect(stray, permissions, Set.of("READ"), authorization, resource);
      } else if (authorization.getGroupId() == null) {
        stray.add("user grant: " + describe(authorization, resource, permissions));
      } else {
        String resourceId = resource == Resources.FILTER && !Authorization.ANY.equals(id) ? filterNames.get(id) : id;
        for (String permission : permissions) {
          String grant = grant(who, resource.name(), resourceId, permission);
          granted.add(grant);
          if (!documented.contains(grant)) {
            stray.add("undocumented: " + grant);
          }
        }
      }
    }

    assertThat(stray).isEmpty();
    assertThat(granted).containsAll(documented);
    assertThat(authorizations.createAuthorizationQuery().groupIdIn("opd-test-authz").list())
        .extracting(Authorization::getResourceType)
        .contains(Resources.TASK.resourceType(), Resources.PROCESS_INSTANCE.resourceType());
  }

  /**
   * Because every authorization is a grant, the engine is told not to look for REVOKEs: a
   * generic property to that effect was silently overridden by the starter's own default
   * ({@code camunda.bpm.authorization.authorization-check-revokes: auto}).
   */
  @Test
  void the_engine_does_not_look_for_revoke_authorizations() {
    assertThat(((ProcessEngineConfigurationImpl) configuration).getAuthorizationCheckRevokes())
        .isEqualTo(ProcessEngineConfiguration.AUTHORIZATION_CHECK_REVOKE_NEVER);
  }

  private void expect(List<String> stray, Set<String> actual, Set<String> expected, Authorization authorization,
      Resources resource) {
    if (!actual.equals(expected)) {
      stray.add("expected " + expected + ": " + describe(authorization, resource, actual));
    }
  }

  private boolean isCandidateGroupOfTask(String group, String taskId) {
    return group != null
        && tasks.getIdentityLinksForTask(taskId).stream()
            .anyMatch(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && group.equals(link.getGroupId()));
  }

  private boolean isOwnTransition(String group, String processInstanceId) {
    HistoricProcessInstance instance =
        history.createHistoricProcessInstanceQuery().processInstanceId(processInstanceId).singleResult();
    return group != null && instance != null && instance.getBusinessKey() != null
        && group.equals(Groups.opd(instance.getBusinessKey()));
  }

  private Set<String> documentedGrants() throws IOException {
    String doc = Files.readString(Path.of("docs", "access-model.md"));
    String table = doc.substring(doc.indexOf("## Camunda authorizations"), doc.indexOf("## Grants every identity"));
    Set<String> documented = new TreeSet<>();
    table.lines()
        .filter(line -> line.startsWith("| ") && !line.startsWith("| group") && !line.startsWith("| ---"))
        .map(line -> Arrays.stream(line.substring(1, line.length() - 1).split("\\|")).map(String::strip)
            .toArray(String[]::new))
        .forEach(row -> {
          for (String group : groupsOf(row[0])) {
            for (String resource : row[1].split(",\\s*")) {
              for (String permission : row[3].split(",\\s*")) {
                documented.add(grant(group, resource, row[2], permission));
              }
            }
          }
        });
    return documented;
  }

  /** The documented group in every Pemda: Samarinda's name, and each other Pemda's prefixed one. */
  private List<String> groupsOf(String group) {
    if (group.equals("opd-*")) {
      return registry.active().stream().map(opd -> Groups.opd(opd.code())).toList();
    }
    return Groups.ROLES.contains(group)
        ? pemdas.all().stream().map(pemda -> Groups.of(pemda.id(), group)).toList()
        : List.of(group);
  }

  private Set<String> permissionsOf(Authorization authorization, Resources resource) {
    if (authorization.isEveryPermissionGranted()) {
      return Set.of("ALL");
    }
    Permission[] possible =
        ((ProcessEngineConfigurationImpl) configuration).getPermissionProvider()
            .getPermissionsForResource(resource.resourceType());
    return Arrays.stream(authorization.getPermissions(possible))
        .map(Permission::getName)
        .filter(name -> !name.equals("NONE"))
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static Resources resourceOf(int type) {
    return Arrays.stream(Resources.values()).filter(r -> r.resourceType() == type).findFirst().orElseThrow();
  }

  private static String describe(Authorization authorization, Resources resource, Set<String> permissions) {
    String who = authorization.getGroupId() != null ? "group " + authorization.getGroupId() : "user " + authorization.getUserId();
    return who + " | " + resource + " | " + authorization.getResourceId() + " | " + permissions;
  }

  private static String grant(String group, String resource, String resourceId, String permission) {
    return group + " | " + resource + " | " + resourceId + " | " + permission;
  }
}
