package id.go.pemda.bandwidth.iconplus;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How to reach Icon+ and how long to wait for it.
 *
 * @param baseUrl the Icon+ order API (the demo's simulator in the demo profile)
 * @param apiKey sent as a bearer token with every request
 * @param callbackSecret the shared secret that signs Icon+'s callbacks (HMAC-SHA256)
 * @param retryCycle how calls to Icon+ are retried before they become an incident
 * @param installationSla how long Icon+ may take to report an installation
 * @param maxClockSkew how old (or early) a signed callback may be
 */
@ConfigurationProperties(prefix = "iconplus")
public record IconPlusProperties(
    URI baseUrl,
    String apiKey,
    String callbackSecret,
    @DefaultValue("PT5S") Duration connectTimeout,
    @DefaultValue("PT10S") Duration readTimeout,
    @DefaultValue("R5/PT5M") String retryCycle,
    @DefaultValue("P14D") Duration installationSla,
    @DefaultValue("PT5M") Duration maxClockSkew) {}
