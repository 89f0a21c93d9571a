package id.go.pemda.bandwidth;

import java.time.MonthDay;
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
    @DefaultValue("5.1.02.02.01.0063") String centralAccount) {}
