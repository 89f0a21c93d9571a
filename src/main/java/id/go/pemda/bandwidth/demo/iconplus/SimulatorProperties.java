package id.go.pemda.bandwidth.demo.iconplus;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Profile;

/**
 * The demo's Icon+ simulator ({@code iconplus.simulator.*}); {@code enabled} switches it on (the
 * demo profile's default; the tests switch it off).
 *
 * @param callbackDelay how long after an order or ticket the simulator reports it done
 * @param callbackUrl where the simulator sends its signed callbacks
 */
@Profile("demo")
@ConfigurationProperties(prefix = "iconplus.simulator")
public record SimulatorProperties(@DefaultValue("PT30S") Duration callbackDelay, URI callbackUrl) {}
