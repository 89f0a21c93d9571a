package id.go.pemda.bandwidth;

import id.go.pemda.bandwidth.shared.PemdaZone;
import java.time.MonthDay;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;

/**
 * Settings that differ between regional governments.
 *
 * @param registry where the OPD registry CSV lives (code,name,type,frontline_public_service)
 * @param centralOfficeCode the OPD that takes over all bandwidth spending; it is not itself
 *     transitioned
 * @param sites where the sites registry CSV lives (opd_code,site_code,name,kind,kelurahan,address)
 * @param defaultQuietPeriodDays how many days a monitoring period must stay free of complaints
 * @param latestExtension the latest day of the fiscal year the Sekda may extend a deadline to
 *     (double spending goes on until then)
 * @param apbdAdoptedBy the day of the year before the fiscal year by which the Perda APBD is
 *     adopted; before it an OPD's line is simply not proposed in its RKA-SKPD
 * @param centralSubActivity the sub-activity (kode sub kegiatan) of Diskominfo's belanja jaringan
 *     pusat, "Pengelolaan Jaringan Intra Pemerintah Daerah" in the Pemda's APBD: the line a
 *     revocation raises
 * @param centralAccount the account (kode rekening) of that line
 * @param zone the time zone of a Pemda whose own settings name none
 * @param escalateToKadisAfter rounds of a repeating wait before the Kepala Diskominfo is asked
 * @param escalateToSekdaAfter rounds of a repeating wait before the Sekda is asked
 * @param groupNames display names of the role groups, by role
 *
 * <p>Every value but the registries is a Pemda's default: its own row in {@code pemda_settings}
 * overrides it ({@code tenant.PemdaSettingsService}).
 */
@ConfigurationProperties(prefix = "bandwidth")
public record BandwidthProperties(
    @DefaultValue("classpath:registry/opd-samarinda.csv") Resource registry,
    @DefaultValue("DISKOMINFO") String centralOfficeCode,
    @DefaultValue("classpath:registry/sites-samarinda.csv") Resource sites,
    @DefaultValue("30") int defaultQuietPeriodDays,
    @DefaultValue("--03-31") MonthDay latestExtension,
    @DefaultValue("--11-30") MonthDay apbdAdoptedBy,
    @DefaultValue("2.16.03.1.02.0004") String centralSubActivity,
    @DefaultValue("5.1.02.02.01.0063") String centralAccount,
    @DefaultValue("WITA") PemdaZone zone,
    @DefaultValue("3") int escalateToKadisAfter,
    @DefaultValue("5") int escalateToSekdaAfter,
    Map<String, String> groupNames) {

  /** The role groups' names of the first deployment, for a role the settings name none for. */
  public static final Map<String, String> GROUP_NAMES = Map.of(
      "diskominfo", "Diskominfo - Tim Jaringan",
      "kadis-diskominfo", "Kepala Diskominfo",
      "sekda", "Sekretaris Daerah",
      "bpkad", "BPKAD - Pengelolaan Keuangan");

  public BandwidthProperties {
    Map<String, String> names = new HashMap<>(GROUP_NAMES);
    if (groupNames != null) {
      names.putAll(groupNames);
    }
    groupNames = Map.copyOf(names);
  }
}
