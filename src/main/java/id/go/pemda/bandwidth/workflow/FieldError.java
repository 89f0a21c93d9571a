package id.go.pemda.bandwidth.workflow;

/** One rejected form value: which field and why, in the language of the screens. */
public record FieldError(String field, String message) {

  @Override
  public String toString() {
    return field + ": " + message;
  }
}
