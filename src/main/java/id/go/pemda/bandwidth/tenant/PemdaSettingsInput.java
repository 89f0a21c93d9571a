package id.go.pemda.bandwidth.tenant;

import id.go.pemda.bandwidth.shared.FieldErrors;
import id.go.pemda.bandwidth.shared.PemdaZone;
import java.time.MonthDay;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A Pemda's own settings as its onboarding gives them. The zone is required (a Pemda in WIB
 * must not silently run on WITA); every other value left out is the deployment's
 * ({@code bandwidth.*}), and follows it when the deployment changes.
 *
 * @param groupNames display names by role ({@code diskominfo}, {@code kadis-diskominfo},
 *     {@code sekda}, {@code bpkad}); a role left out keeps the deployment's name
 */
public record PemdaSettingsInput(
    PemdaZone zone,
    String centralOfficeCode,
    MonthDay apbdAdoptedBy,
    MonthDay latestExtension,
    Integer escalateToKadisAfter,
    Integer escalateToSekdaAfter,
    Map<String, String> groupNames) {

  private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9_-]{0,39}");

  /** Only the zone, everything else as the deployment's. */
  public static PemdaSettingsInput of(PemdaZone zone) {
    return new PemdaSettingsInput(zone, null, null, null, null, null, Map.of());
  }

  public PemdaSettingsInput {
    groupNames = groupNames == null ? Map.of() : Map.copyOf(groupNames);
  }

  /**
   * Every broken rule, each under the onboarding request's field; {@code roles} are the roles a
   * group name may be given for.
   */
  public FieldErrors check(FieldErrors errors, Set<String> roles) {
    errors.rejectIf(zone == null, "zone", "wajib diisi; WIB, WITA atau WIT");
    errors.rejectIf(centralOfficeCode != null && !CODE.matcher(centralOfficeCode).matches(), "centralOfficeCode",
        "kode OPD tanpa awalan Pemda: huruf besar, angka, '-' atau '_', maksimal 40");
    errors.rejectIf(escalateToKadisAfter != null && (escalateToKadisAfter < 1 || escalateToKadisAfter > 20),
        "escalateToKadisAfter", "antara 1 dan 20");
    errors.rejectIf(escalateToSekdaAfter != null && (escalateToSekdaAfter < 1 || escalateToSekdaAfter > 20),
        "escalateToSekdaAfter", "antara 1 dan 20");
    errors.rejectIf(escalateToKadisAfter != null && escalateToSekdaAfter != null
        && escalateToSekdaAfter <= escalateToKadisAfter, "escalateToSekdaAfter",
        "harus lebih besar dari escalateToKadisAfter (Sekda setelah Kepala Diskominfo)");
    errors.rejectIf(latestExtension != null && latestExtension.getMonthValue() > 6, "latestExtension",
        "paling lambat 30 Juni tahun anggaran");
    errors.rejectIf(apbdAdoptedBy != null && apbdAdoptedBy.getMonthValue() < 9, "apbdAdoptedBy",
        "antara 1 September dan 31 Desember tahun sebelumnya");
    groupNames.forEach((role, name) -> {
      errors.rejectIf(!roles.contains(role), "groupNames." + role, "bukan peran; salah satu dari " + roles);
      errors.rejectIf(name == null || name.isBlank() || name.length() > 100, "groupNames." + role,
          "wajib diisi, maksimal 100 karakter");
    });
    return errors;
  }
}
