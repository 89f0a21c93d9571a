package id.go.pemda.bandwidth.identity;

import static org.camunda.bpm.engine.authorization.Permissions.READ;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.stereotype.Component;

/** Lets an OPD's group read its own transition instance, and no other. */
@Component
public class InstanceAccess {

  private final AuthorizationService authorizations;

  public InstanceAccess(AuthorizationService authorizations) {
    this.authorizations = authorizations;
  }

  public void grantRead(String groupId, String processInstanceId) {
    boolean granted =
        authorizations.createAuthorizationQuery()
                .groupIdIn(groupId)
                .resourceType(Resources.PROCESS_INSTANCE)
                .resourceId(processInstanceId)
                .count()
            > 0;
    if (!granted) {
      Authorization authorization = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
      authorization.setGroupId(groupId);
      authorization.setResource(Resources.PROCESS_INSTANCE);
      authorization.setResourceId(processInstanceId);
      authorization.addPermission(READ);
      authorizations.saveAuthorization(authorization);
    }
  }
}
