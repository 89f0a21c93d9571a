package id.go.pemda.bandwidth.web;

import id.go.pemda.bandwidth.identity.Groups;
import java.util.List;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * Who the caller of the application's API is beyond its groups: its Pemda (a tenant authority
 * from its Camunda tenants) and the roles it holds in that Pemda. Every API filters what it
 * answers by {@link #require}; a role check uses {@link #role}, which is the same authority in
 * every Pemda ({@code ppu.bpkad} and {@code bpkad} both hold {@code role:bpkad}).
 */
public final class CallerTenant {

  static final String TENANT_PREFIX = "tenant:";
  static final String ROLE_PREFIX = "role:";

  private CallerTenant() {}

  /** The caller's Pemda, if it belongs to exactly one (an administrator belongs to none). */
  public static Optional<String> of(Authentication caller) {
    List<String> tenants = authorities(caller, TENANT_PREFIX);
    return tenants.size() == 1 ? Optional.of(tenants.get(0)) : Optional.empty();
  }

  /** The caller's Pemda; a caller of no single Pemda sees no Pemda's data. */
  public static String require(Authentication caller) {
    return of(caller).orElseThrow(
        () -> new ApiForbiddenException("Akun ini bukan milik satu Pemda, jadi tidak melihat data Pemda mana pun."));
  }

  /** The authority of a role ({@link Groups#ROLES}) in whichever Pemda. */
  public static String role(String role) {
    return ROLE_PREFIX + role;
  }

  static String tenant(String tenantId) {
    return TENANT_PREFIX + tenantId;
  }

  private static List<String> authorities(Authentication caller, String prefix) {
    return caller.getAuthorities().stream()
        .map(GrantedAuthority::getAuthority)
        .filter(authority -> authority.startsWith(prefix))
        .map(authority -> authority.substring(prefix.length()))
        .toList();
  }
}
