package id.go.pemda.bandwidth.iconplus;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How to reach Icon+ and how long to wait for it.
 *
 * @param baseUrl the Icon+ order API (the built-in simulator in the demo profile)
 * @param apiKey sent as a bearer token with every request
 * @param callbackSecret the shared secret that signs Icon+'s callbacks (HMAC-SHA256)
 * @param retryCycle how calls to Icon+ are retried before they become an incident
 * @param installationSla how long Icon+ may take to report an installation
 * @param maxClockSkew how old (or early) a signed callback may be
 * @param simulator the built-in stand-in for Icon+ (demo profile only)
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
    @DefaultValue("PT5M") Duration maxClockSkew,
    @DefaultValue Simulator simulator) {

  /**
   * @param enabled whether {@code /simulator/iconplus} answers and calls back
   * @param callbackDelay how long after an order the simulator reports it installed
   * @param callbackUrl where the simulator sends its signed callbacks
   */
  public record Simulator(
      @DefaultValue("false") boolean enabled,
      @DefaultValue("PT30S") Duration callbackDelay,
      URI callbackUrl) {}
}
