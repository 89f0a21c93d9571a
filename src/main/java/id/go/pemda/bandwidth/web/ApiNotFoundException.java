package id.go.pemda.bandwidth.web;

/** A resource of the application's API that does not exist (or that the caller may not see). */
public class ApiNotFoundException extends RuntimeException {

  public ApiNotFoundException(String message) {
    super(message);
  }
}
