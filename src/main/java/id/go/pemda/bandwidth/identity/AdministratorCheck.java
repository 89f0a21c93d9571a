package id.go.pemda.bandwidth.identity;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Refuses to run without a Camunda administrator. With none, the webapps offer a first-admin
 * setup page to whoever opens it first; a city system must never be in that state. The
 * administrator comes from configuration ({@code ADMIN_USER}, {@code ADMIN_PASSWORD} in profile
 * {@code postgres}, the demo admin in profile {@code demo}) or from an external, read-only
 * identity provider, which this check leaves alone.
 */
@Component
@Order(0)
public class AdministratorCheck implements ApplicationRunner {

  private final IdentityService identity;

  public AdministratorCheck(IdentityService identity) {
    this.identity = identity;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (identity.isReadOnly()) {
      return;
    }
    if (identity.createUserQuery().memberOfGroup(Groups.CAMUNDA_ADMIN).count() == 0) {
      throw new IllegalStateException(
          "No Camunda administrator is configured, so anyone could create one on the setup page. "
              + "Start with profile 'postgres' and set ADMIN_USER and ADMIN_PASSWORD, "
              + "or use profile 'demo' on a development machine.");
    }
  }
}
