package id.go.pemda.bandwidth.tenant;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How a Pemda's names are spelled on a shared deployment. Samarinda, the first customer, keeps
 * its names as they were ({@code DINKES}, {@code diskominfo}); every other Pemda's OPD codes,
 * groups and users carry its id as a prefix ({@code PPU.DINKES}, {@code ppu.diskominfo}), so
 * a name alone tells whose it is and no two Pemda ever share one.
 */
public final class Tenants {

  public static final String DEFAULT = "samarinda";
  public static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]{1,29}");
  private static final char SEPARATOR = '.';

  private Tenants() {}

  /** The deployment-wide code of an OPD whose registry code is {@code localCode}. */
  public static String opdCode(String tenantId, String localCode) {
    String code = localCode.strip().toUpperCase(Locale.ROOT);
    return DEFAULT.equals(tenantId) ? code : tenantId.toUpperCase(Locale.ROOT) + SEPARATOR + code;
  }

  /** The Pemda of an OPD code or a group id. */
  public static String of(String name) {
    int separator = name.indexOf(SEPARATOR);
    if (separator <= 0) {
      return DEFAULT;
    }
    return name.substring(0, separator).toLowerCase(Locale.ROOT);
  }

  /** The code as the Pemda's own registry writes it, without the prefix. */
  public static String localCode(String opdCode) {
    return DEFAULT.equals(of(opdCode)) ? opdCode : opdCode.substring(opdCode.indexOf(SEPARATOR) + 1);
  }

  /** A group or user id of the Pemda, from the name Samarinda uses for it. */
  public static String qualify(String tenantId, String name) {
    return tenantId == null || DEFAULT.equals(tenantId) ? name : tenantId + SEPARATOR + name;
  }
}
