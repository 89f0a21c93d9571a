package id.go.pemda.bandwidth.engineapi;

import id.go.pemda.bandwidth.identity.Groups;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The roles whose screens use the engine API; a user holds them through its groups, in its Pemda. */
enum Role {
  OPD,
  DISKOMINFO,
  KADIS_DISKOMINFO,
  SEKDA,
  BPKAD;

  /** Everyone who works in Tasklist. */
  static final Set<Role> TASKLIST = EnumSet.allOf(Role.class);
  /** The roles that monitor in Cockpit (docs/security.md). */
  static final Set<Role> COCKPIT = EnumSet.of(DISKOMINFO, KADIS_DISKOMINFO, SEKDA);

  static Set<Role> of(List<String> groupIds) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (String group : groupIds) {
      if (Groups.opdCodeOf(group).isPresent()) {
        roles.add(OPD);
      }
      String role = Groups.roleOf(group);
      if (role != null) {
        roles.add(switch (role) {
          case Groups.DISKOMINFO -> DISKOMINFO;
          case Groups.KADIS_DISKOMINFO -> KADIS_DISKOMINFO;
          case Groups.SEKDA -> SEKDA;
          case Groups.BPKAD -> BPKAD;
          default -> throw new IllegalStateException("Role group " + group + " has no engine API role");
        });
      }
    }
    return roles;
  }
}
