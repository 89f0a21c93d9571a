package id.go.pemda.bandwidth.iconplus;

import org.springframework.stereotype.Component;

/**
 * The retry cycle of the service tasks that call Icon+, for
 * {@code camunda:failedJobRetryTimeCycle="${iconPlusRetry.cycle}"}.
 */
@Component("iconPlusRetry")
public class IconPlusRetry {

  private final String cycle;

  public IconPlusRetry(IconPlusProperties properties) {
    this.cycle = properties.retryCycle();
  }

  public String getCycle() {
    return cycle;
  }
}
