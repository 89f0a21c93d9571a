package id.go.pemda.bandwidth.shared;

/** One rejected form value: which field and why, in the language of the screens. */
public record FieldError(String field, String message) {

  @Override
  public String toString() {
    return field + ": " + message;
  }
}
