package id.go.pemda.bandwidth.web;

import id.go.pemda.bandwidth.shared.FieldError;
import java.util.List;

/** Input of the application's API that breaks a rule: answered 400 naming each field. */
public class ApiInputException extends RuntimeException {

  private final transient List<FieldError> errors;

  public ApiInputException(List<FieldError> errors) {
    super(errors.toString());
    this.errors = List.copyOf(errors);
  }

  public static ApiInputException of(String field, String message) {
    return new ApiInputException(List.of(new FieldError(field, message)));
  }

  public List<FieldError> errors() {
    return errors;
  }
}
