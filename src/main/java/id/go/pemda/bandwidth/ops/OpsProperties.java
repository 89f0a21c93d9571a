package id.go.pemda.bandwidth.ops;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the operations endpoints.
 *
 * @param scrapeAddresses remote addresses (an IP address or a CIDR range such as
 *     {@code 10.0.8.0/24}) that may read {@code /actuator/prometheus} without a login, e.g. the
 *     Prometheus server; empty by default, so only a Camunda administrator may read it
 */
@ConfigurationProperties(prefix = "bandwidth.ops")
public record OpsProperties(@DefaultValue List<String> scrapeAddresses) {}
