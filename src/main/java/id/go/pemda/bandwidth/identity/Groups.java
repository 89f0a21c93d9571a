package id.go.pemda.bandwidth.identity;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The Camunda groups of the roles; each OPD has its own group {@code opd-<code>}. */
public final class Groups {

  public static final String DISKOMINFO = "diskominfo";
  public static final String KADIS_DISKOMINFO = "kadis-diskominfo";
  public static final String SEKDA = "sekda";
  public static final String BPKAD = "bpkad";

  public static final List<String> ROLES = List.of(DISKOMINFO, KADIS_DISKOMINFO, SEKDA, BPKAD);

  private static final String OPD_PREFIX = "opd-";

  private Groups() {}

  public static String opd(String opdCode) {
    return OPD_PREFIX + opdCode.toLowerCase(Locale.ROOT);
  }

  /** The OPD code (lower case) of an OPD's group, empty for any other group. */
  public static Optional<String> opdCodeOf(String groupId) {
    return groupId.startsWith(OPD_PREFIX) ? Optional.of(groupId.substring(OPD_PREFIX.length())) : Optional.empty();
  }
}
