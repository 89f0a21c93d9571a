package id.go.pemda.bandwidth.support;

import id.go.pemda.bandwidth.iconplus.IconPlusException;
import id.go.pemda.bandwidth.iconplus.IconPlusPort;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The JVM's first call to {@link FakeIconPlus} (the application's HTTP client and the fake's
 * server both cold) may outlast the test profile's one-second timeout on a busy machine; the
 * first test to send an order would then fail on something it does not test. Once the context is
 * ready, the status of an unknown order is asked until it comes back (404) in time.
 */
@Component
public class IconPlusWarmUp {

  private static final int ATTEMPTS = 5;

  private final IconPlusPort iconPlus;

  public IconPlusWarmUp(IconPlusPort iconPlus) {
    this.iconPlus = iconPlus;
  }

  @EventListener(ApplicationReadyEvent.class)
  public void warmUp() {
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      try {
        iconPlus.orderStatus("PEMANASAN");
        return;
      } catch (IconPlusException e) {
        if (e.getMessage().contains("HTTP 404")) {
          return;
        }
      }
    }
  }
}
