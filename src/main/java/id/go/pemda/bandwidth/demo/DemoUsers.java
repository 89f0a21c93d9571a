package id.go.pemda.bandwidth.demo;

import id.go.pemda.bandwidth.identity.Groups;
import id.go.pemda.bandwidth.opd.Opd;
import id.go.pemda.bandwidth.opd.OpdRegistry;
import id.go.pemda.bandwidth.tenant.Pemda;
import id.go.pemda.bandwidth.tenant.PemdaRegistry;
import id.go.pemda.bandwidth.tenant.Tenants;
import java.util.Locale;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo profile only: one user per role and one operator per OPD of every Pemda (another Pemda's
 * user ids carry its prefix, {@code ppu.diskominfo}, {@code ppu.opd.dinkes}), all with the password
 * {@value #PASSWORD}. No other profile creates a user from code.
 */
@Component
@Profile("demo")
@Order(20)
public class DemoUsers implements DemoStep {

  private static final Logger log = LoggerFactory.getLogger(DemoUsers.class);
  static final String PASSWORD = "demo";

  private final IdentityService identity;
  private final OpdRegistry registry;
  private final PemdaRegistry pemdas;

  public DemoUsers(IdentityService identity, OpdRegistry registry, PemdaRegistry pemdas) {
    this.identity = identity;
    this.registry = registry;
    this.pemdas = pemdas;
  }

  @Override
  public void prepare() {
    for (Pemda pemda : pemdas.all()) {
      String tenant = pemda.id();
      ensureUser(Tenants.qualify(tenant, "diskominfo"), "Tim Jaringan", "Diskominfo", Groups.of(tenant, Groups.DISKOMINFO));
      ensureUser(Tenants.qualify(tenant, "kadis"), "Kepala", "Diskominfo", Groups.of(tenant, Groups.KADIS_DISKOMINFO));
      ensureUser(Tenants.qualify(tenant, "sekda"), "Sekretaris", "Daerah", Groups.of(tenant, Groups.SEKDA));
      ensureUser(Tenants.qualify(tenant, "bpkad"), "Staf", "BPKAD", Groups.of(tenant, Groups.BPKAD));
      for (Opd opd : registry.active(tenant)) {
        ensureUser(operatorOf(opd.code()), "Operator", Tenants.localCode(opd.code()), Groups.opd(opd.code()));
      }
    }
    log.warn("Demo users are present with the password '{}': never use the demo profile in production", PASSWORD);
  }

  public static String operatorOf(String opdCode) {
    return Tenants.qualify(Tenants.of(opdCode), "opd." + Tenants.localCode(opdCode).toLowerCase(Locale.ROOT));
  }

  private void ensureUser(String id, String firstName, String lastName, String group) {
    if (identity.createUserQuery().userId(id).count() == 0) {
      User user = identity.newUser(id);
      user.setFirstName(firstName);
      user.setLastName(lastName);
      user.setEmail(id + "@demo.invalid");
      user.setPassword(PASSWORD);
      identity.saveUser(user);
    }
    if (identity.createUserQuery().userId(id).memberOfGroup(group).count() == 0) {
      identity.createMembership(id, group);
    }
  }
}
