package id.go.pemda.bandwidth.identity;

import static org.camunda.bpm.engine.authorization.Permissions.ACCESS;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Permissions.READ_HISTORY;
import static org.camunda.bpm.engine.authorization.Permissions.READ_INSTANCE;

import id.go.pemda.bandwidth.opd.Opd;
import id.go.pemda.bandwidth.opd.OpdRegistry;
import id.go.pemda.bandwidth.process.contract.CampaignContract;
import id.go.pemda.bandwidth.process.contract.ComplaintIntakeContract;
import id.go.pemda.bandwidth.process.contract.BudgetLoadContract;
import id.go.pemda.bandwidth.process.contract.ForceCutContract;
import id.go.pemda.bandwidth.tenant.Pemda;
import id.go.pemda.bandwidth.tenant.PemdaRegistry;
import id.go.pemda.bandwidth.tenant.PemdaSettings;
import id.go.pemda.bandwidth.tenant.PemdaSettingsService;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates every Pemda's Camunda tenant, groups and their authorizations at every start-up, in
 * every profile, idempotently: a missing tenant, group, membership or permission is added,
 * nothing is removed. It creates no user and no password. Onboarding a Pemda calls
 * {@link #ensure} for it alone.
 *
 * <p>Task access needs no grant here: the engine gives a task's candidate group read and work
 * rights on that task alone, so an OPD group sees only its own OPD's tasks.
 */
@Component
@Order(20)
public class IdentityBootstrap implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(IdentityBootstrap.class);
  static final String TASKLIST = "tasklist";
  static final String COCKPIT = "cockpit";
  static final List<String> MONITORS = List.of(Groups.DISKOMINFO, Groups.KADIS_DISKOMINFO, Groups.SEKDA);

  private final IdentityService identity;
  private final AuthorizationService authorizations;
  private final OpdRegistry registry;
  private final PemdaRegistry pemdas;
  private final TasklistFilters filters;
  private final PemdaSettingsService settings;

  public IdentityBootstrap(
      IdentityService identity,
      AuthorizationService authorizations,
      OpdRegistry registry,
      PemdaRegistry pemdas,
      TasklistFilters filters,
      PemdaSettingsService settings) {
    this.settings = settings;
    this.identity = identity;
    this.authorizations = authorizations;
    this.registry = registry;
    this.pemdas = pemdas;
    this.filters = filters;
  }

  @Override
  public void run(ApplicationArguments args) {
    for (Pemda pemda : pemdas.all()) {
      ensure(pemda, registry.active(pemda.id()));
    }
  }

  /**
   * The Camunda tenant of a Pemda, its role groups and one group per OPD, each a member of the
   * tenant (so its users see the Pemda's instances and tasks only), and the groups' grants.
   */
  public void ensure(Pemda pemda, List<Opd> opds) {
    String tenant = pemda.id();
    ensureTenant(pemda);
    String diskominfo = Groups.of(tenant, Groups.DISKOMINFO);
    String sekda = Groups.of(tenant, Groups.SEKDA);
    PemdaSettings own = settings.of(tenant);
    for (String role : Groups.ROLES) {
      // the Pemda's display name; a group that exists keeps the name an administrator gave it
      ensureGroup(tenant, Groups.of(tenant, role), own.groupName(role));
    }
    List<String> opdGroups = new ArrayList<>();
    for (Opd opd : opds) {
      String group = Groups.opd(opd.code());
      ensureGroup(tenant, group, "OPD " + opd.name());
      opdGroups.add(group);
    }

    List<String> roleGroups = Groups.ROLES.stream().map(role -> Groups.of(tenant, role)).toList();
    for (String group : concat(roleGroups, opdGroups)) {
      grant(group, Resources.APPLICATION, TASKLIST, ACCESS);
    }
    for (String role : MONITORS) {
      String group = Groups.of(tenant, role);
      grant(group, Resources.APPLICATION, COCKPIT, ACCESS);
      // "any" is bounded by the tenant check: a group sees its own Pemda's instances only
      grant(group, Resources.PROCESS_DEFINITION, Authorization.ANY, READ, READ_INSTANCE, READ_HISTORY);
      grant(group, Resources.PROCESS_INSTANCE, Authorization.ANY, READ);
      grant(group, Resources.DECISION_DEFINITION, Authorization.ANY, READ, READ_HISTORY);
    }
    // Diskominfo starts campaigns from Tasklist; the transitions are started by the engine.
    grant(diskominfo, Resources.PROCESS_DEFINITION, CampaignContract.KEY, CREATE_INSTANCE);
    grant(diskominfo, Resources.PROCESS_INSTANCE, Authorization.ANY, CREATE);
    // Tasklist's start menu lists only definitions the user may read.
    grant(diskominfo, Resources.PROCESS_DEFINITION, CampaignContract.KEY, READ);
    // OPD operators report complaints from Tasklist; the Sekda may cut any OPD at any time.
    for (String group : opdGroups) {
      grant(group, Resources.PROCESS_DEFINITION, ComplaintIntakeContract.KEY, READ, CREATE_INSTANCE);
      grant(group, Resources.PROCESS_INSTANCE, Authorization.ANY, CREATE);
    }
    grant(sekda, Resources.PROCESS_DEFINITION, ForceCutContract.KEY, READ, CREATE_INSTANCE);
    grant(sekda, Resources.PROCESS_INSTANCE, Authorization.ANY, CREATE);
    // BPKAD loads the OPDs' internet lines of a fiscal year from Tasklist (or POST /api/budget/lines)
    String bpkad = Groups.of(tenant, Groups.BPKAD);
    grant(bpkad, Resources.PROCESS_DEFINITION, BudgetLoadContract.KEY, READ, CREATE_INSTANCE);
    grant(bpkad, Resources.PROCESS_INSTANCE, Authorization.ANY, CREATE);

    filters.ensure(tenant, opdGroups)
        .forEach(grantee -> grant(grantee.groupId(), Resources.FILTER, grantee.filterId(), READ));
    log.info("Identity of {} ready: {} role groups, {} OPD groups", tenant, Groups.ROLES.size(), opdGroups.size());
  }

  private void ensureTenant(Pemda pemda) {
    if (identity.createTenantQuery().tenantId(pemda.id()).count() == 0) {
      Tenant tenant = identity.newTenant(pemda.id());
      tenant.setName(pemda.name());
      identity.saveTenant(tenant);
    }
  }

  private void ensureGroup(String tenantId, String id, String name) {
    if (identity.createGroupQuery().groupId(id).count() == 0) {
      Group group = identity.newGroup(id);
      group.setName(name);
      group.setType("WORKFLOW");
      identity.saveGroup(group);
    }
    if (identity.createTenantQuery().tenantId(tenantId).groupMember(id).count() == 0) {
      identity.createTenantGroupMembership(tenantId, id);
    }
  }

  private void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
    Authorization authorization =
        authorizations
            .createAuthorizationQuery()
            .groupIdIn(groupId)
            .resourceType(resource)
            .resourceId(resourceId)
            .authorizationType(Authorization.AUTH_TYPE_GRANT)
            .list()
            .stream()
            .findFirst()
            .orElseGet(
                () -> {
                  Authorization created = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
                  created.setGroupId(groupId);
                  created.setResource(resource);
                  created.setResourceId(resourceId);
                  return created;
                });
    boolean missing = false;
    for (Permission permission : permissions) {
      if (!authorization.isPermissionGranted(permission)) {
        authorization.addPermission(permission);
        missing = true;
      }
    }
    if (missing) {
      authorizations.saveAuthorization(authorization);
    }
  }

  private static List<String> concat(List<String> first, List<String> second) {
    List<String> all = new ArrayList<>(first);
    all.addAll(second);
    return all;
  }
}
