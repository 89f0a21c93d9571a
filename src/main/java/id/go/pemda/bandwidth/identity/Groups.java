package id.go.pemda.bandwidth.identity;

import id.go.pemda.bandwidth.tenant.Tenants;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The Camunda groups of the roles; each OPD has its own group {@code opd-<code>}. Samarinda's
 * groups carry these names; another Pemda's carry its id as prefix ({@code ppu.diskominfo},
 * {@code ppu.opd-dinkes}), see {@link Tenants}.
 */
public final class Groups {

  public static final String DISKOMINFO = "diskominfo";
  public static final String KADIS_DISKOMINFO = "kadis-diskominfo";
  public static final String SEKDA = "sekda";
  public static final String BPKAD = "bpkad";

  public static final List<String> ROLES = List.of(DISKOMINFO, KADIS_DISKOMINFO, SEKDA, BPKAD);

  private static final String OPD_PREFIX = "opd-";

  private Groups() {}

  /** The group of an OPD, in the OPD's own Pemda. */
  public static String opd(String opdCode) {
    return Tenants.qualify(Tenants.of(opdCode), OPD_PREFIX + Tenants.localCode(opdCode).toLowerCase(Locale.ROOT));
  }

  /** The group of a role ({@link #ROLES}) in a Pemda. */
  public static String of(String tenantId, String role) {
    return Tenants.qualify(tenantId, role);
  }

  /** The role a group stands for in its Pemda, if it is one of {@link #ROLES}. */
  public static String roleOf(String groupId) {
    String local = groupId.substring(groupId.indexOf('.') + 1);
    return ROLES.contains(local) && of(Tenants.of(groupId), local).equals(groupId) ? local : null;
  }

  /**
   * The OPD code (lower case) of an OPD's group, in its Pemda ({@code ppu.opd-dinkes} is
   * {@code ppu.dinkes}), empty for any other group.
   */
  public static Optional<String> opdCodeOf(String groupId) {
    String tenant = Tenants.of(groupId);
    String local = Tenants.DEFAULT.equals(tenant) ? groupId : groupId.substring(groupId.indexOf('.') + 1);
    return local.startsWith(OPD_PREFIX)
        ? Optional.of(Tenants.opdCode(tenant, local.substring(OPD_PREFIX.length())).toLowerCase(Locale.ROOT))
        : Optional.empty();
  }
}
