package id.go.pemda.bandwidth.web;

/** The caller is known but may not do this. */
public class ApiForbiddenException extends RuntimeException {

  public ApiForbiddenException(String message) {
    super(message);
  }
}
