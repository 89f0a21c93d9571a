package id.go.pemda.bandwidth.identity;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.pemda.bandwidth.opd.OpdRegistry;
import id.go.pemda.bandwidth.support.ApplicationTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The engine's group authorizations are exactly the table in {@code docs/access-model.md}. */
@ApplicationTest
class AuthorizationModelTest {

  private static final Set<Resources> MODELLED =
      Set.of(Resources.APPLICATION, Resources.PROCESS_DEFINITION, Resources.PROCESS_INSTANCE,
          Resources.DECISION_DEFINITION, Resources.FILTER);

  @Autowired AuthorizationService authorizations;
  @Autowired FilterService filters;
  @Autowired OpdRegistry registry;
  @Autowired ProcessEngineConfiguration configuration;

  @Test
  void the_engine_grants_exactly_what_the_access_model_documents() throws IOException {
    Set<String> documented = new TreeSet<>();
    for (String[] row : tableRows()) {
      for (String group : groupsOf(row[0])) {
        for (String permission : row[3].split(",\\s*")) {
          documented.add(grant(group, row[1], row[2], permission));
        }
      }
    }

    Set<String> actual = new TreeSet<>();
    Map<String, String> filterNames = new HashMap<>();
    filters.createFilterQuery().list().forEach(f -> filterNames.put(f.getId(), f.getName()));
    Set<String> groups = new TreeSet<>(Groups.ROLES);
    registry.active().forEach(opd -> groups.add(Groups.opd(opd.code())));
    for (Authorization authorization :
        authorizations.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GRANT).list()) {
      Resources resource = resourceOf(authorization.getResourceType());
      String group = authorization.getGroupId();
      if (group == null || !groups.contains(group) || resource == null || !MODELLED.contains(resource)) {
        continue;
      }
      String resourceId = authorization.getResourceId();
      if (resource == Resources.PROCESS_INSTANCE && !Authorization.ANY.equals(resourceId)) {
        continue; // an OPD's read grant on its own transition, made at run time
      }
      if (resource == Resources.FILTER) {
        resourceId = filterNames.get(resourceId);
      }
      for (Permission permission : authorization.getPermissions(permissionsOf(resource))) {
        if (!permission.getName().equals("NONE") && !permission.getName().equals("ALL")) {
          actual.add(grant(group, resource.name(), resourceId, permission.getName()));
        }
      }
    }

    assertThat(actual).containsExactlyElementsOf(documented);
  }

  private List<String[]> tableRows() throws IOException {
    String doc = Files.readString(Path.of("docs", "access-model.md"));
    String table = doc.substring(doc.indexOf("## Camunda authorizations"), doc.indexOf("## Grants made"));
    return table.lines()
        .filter(line -> line.startsWith("| ") && !line.startsWith("| group") && !line.startsWith("| ---"))
        .map(line -> Arrays.stream(line.substring(1, line.length() - 1).split("\\|")).map(String::strip)
            .toArray(String[]::new))
        .toList();
  }

  private List<String> groupsOf(String group) {
    return group.equals("opd-*")
        ? registry.active().stream().map(opd -> Groups.opd(opd.code())).toList()
        : List.of(group);
  }

  private Permission[] permissionsOf(Resources resource) {
    return ((ProcessEngineConfigurationImpl) configuration).getPermissionProvider().getPermissionsForResource(resource.resourceType());
  }

  private static Resources resourceOf(int type) {
    return Arrays.stream(Resources.values()).filter(r -> r.resourceType() == type).findFirst().orElse(null);
  }

  private static String grant(String group, String resource, String resourceId, String permission) {
    return group + " | " + resource + " | " + resourceId + " | " + permission;
  }
}
