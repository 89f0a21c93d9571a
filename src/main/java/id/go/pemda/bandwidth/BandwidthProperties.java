package id.go.pemda.bandwidth;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;

/**
 * Settings that differ between regional governments.
 *
 * @param registry where the OPD registry CSV lives (code,name,type,frontline_public_service)
 * @param centralOfficeCode the OPD that takes over all bandwidth spending; it is not itself
 *     transitioned
 * @param defaultQuietPeriod how long an evaluation period must stay free of complaints
 */
@ConfigurationProperties(prefix = "bandwidth")
public record BandwidthProperties(
    @DefaultValue("classpath:registry/opd-samarinda.csv") Resource registry,
    @DefaultValue("DISKOMINFO") String centralOfficeCode,
    @DefaultValue("P30D") Duration defaultQuietPeriod) {}
