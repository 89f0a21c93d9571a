package id.go.pemda.bandwidth.tenant;

import id.go.pemda.bandwidth.shared.PemdaZone;
import java.time.MonthDay;
import java.util.Map;

/**
 * What differs between Pemda beyond their names: read from table {@code pemda_settings}, each
 * value not set there taken from the deployment's {@code bandwidth.*} settings
 * ({@link PemdaSettingsService}).
 *
 * @param kind a kota's villages are kelurahan, a kabupaten's are desa (the survey asks for one)
 * @param zone the time zone of its deadlines, timers, forms and reports
 * @param centralOfficeCode the OPD, as its registry writes it (without prefix), that takes over
 *     the bandwidth spending; it is not itself transitioned
 * @param apbdAdoptedBy the day of the year before the fiscal year by which its Perda APBD is
 *     adopted; before it an OPD's line is simply not proposed in its RKA-SKPD
 * @param latestExtension the latest day of the fiscal year the Sekda may extend a deadline to
 * @param escalateToKadisAfter how many rounds of a repeating wait (promised dates, reschedules,
 *     send-backs, ...) before the Kepala Diskominfo is asked
 * @param escalateToSekdaAfter how many rounds before the Sekda is asked
 * @param groupNames the display name of each role's group ({@code identity.Groups.ROLES})
 */
public record PemdaSettings(
    String tenantId,
    Pemda.Kind kind,
    PemdaZone zone,
    String centralOfficeCode,
    MonthDay apbdAdoptedBy,
    MonthDay latestExtension,
    int escalateToKadisAfter,
    int escalateToSekdaAfter,
    Map<String, String> groupNames) {

  public PemdaSettings {
    groupNames = Map.copyOf(groupNames);
  }

  /** What the survey calls the smallest unit of a site's address: Kelurahan or Desa. */
  public String villageLabel() {
    return kind == Pemda.Kind.KABUPATEN ? "Desa" : "Kelurahan";
  }

  /** The village as an address writes it before its name: "Kel. Sidodadi", "Desa Babulu Darat". */
  public String villagePrefix() {
    return kind == Pemda.Kind.KABUPATEN ? "Desa " : "Kel. ";
  }

  /** The display name of a role's group, the role itself when none is set. */
  public String groupName(String role) {
    return groupNames.getOrDefault(role, role);
  }
}
