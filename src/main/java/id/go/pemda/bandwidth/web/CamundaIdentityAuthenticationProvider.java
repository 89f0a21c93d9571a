package id.go.pemda.bandwidth.web;

import id.go.pemda.bandwidth.identity.Groups;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Checks HTTP Basic credentials of the application's own API against the Camunda identity, so
 * one user and password serve Tasklist, the engine REST API and {@code /api/**}. The user's
 * Camunda groups become its authorities, with its Pemda and its role there ({@link CallerTenant}).
 */
@Component
public class CamundaIdentityAuthenticationProvider implements AuthenticationProvider {

  private final IdentityService identity;

  public CamundaIdentityAuthenticationProvider(IdentityService identity) {
    this.identity = identity;
  }

  @Override
  public Authentication authenticate(Authentication authentication) {
    String user = authentication.getName();
    Object password = authentication.getCredentials();
    if (user == null || password == null || !identity.checkPassword(user, password.toString())) {
      throw new BadCredentialsException("Bad credentials");
    }
    List<SimpleGrantedAuthority> authorities = new ArrayList<>();
    for (Group group : identity.createGroupQuery().groupMember(user).list()) {
      authorities.add(new SimpleGrantedAuthority(group.getId()));
      String role = Groups.roleOf(group.getId());
      if (role != null) {
        authorities.add(new SimpleGrantedAuthority(CallerTenant.role(role)));
      }
    }
    identity.createTenantQuery().userMember(user).includingGroupsOfUser(true).list()
        .forEach(tenant -> authorities.add(new SimpleGrantedAuthority(CallerTenant.tenant(tenant.getId()))));
    return UsernamePasswordAuthenticationToken.authenticated(user, null, authorities);
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
