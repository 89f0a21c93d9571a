package id.go.pemda.bandwidth.iconplus;

/**
 * Icon+ did not do what was asked (unreachable, timed out, refused, answered nonsense). The job
 * that called it fails; once its retries are spent the message is the incident Cockpit shows.
 */
public class IconPlusException extends RuntimeException {

  public IconPlusException(String message, Throwable cause) {
    super(message, cause);
  }

  public IconPlusException(String message) {
    super(message);
  }
}
