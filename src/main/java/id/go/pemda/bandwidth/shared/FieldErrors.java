package id.go.pemda.bandwidth.shared;

import java.util.ArrayList;
import java.util.List;

/**
 * The rules one request breaks, collected so that a single answer names every field to fix. A
 * feature's command checks itself into one ({@code answers.check(...)}) and the service refuses
 * the request with {@link #throwIfAny()} before it writes anything; a new rule is one more line
 * of the check.
 */
public final class FieldErrors {

  private final List<FieldError> errors;
  private final String prefix;

  public FieldErrors() {
    this(new ArrayList<>(), "");
  }

  private FieldErrors(List<FieldError> errors, String prefix) {
    this.errors = errors;
    this.prefix = prefix;
  }

  public FieldErrors reject(String field, String message) {
    errors.add(new FieldError(prefix + field, message));
    return this;
  }

  public FieldErrors rejectIf(boolean broken, String field, String message) {
    return broken ? reject(field, message) : this;
  }

  /** The errors of one row of a list, each named {@code list[index].field}. */
  public FieldErrors row(String list, int index) {
    return new FieldErrors(errors, prefix + list + "[" + index + "].");
  }

  public boolean isEmpty() {
    return errors.isEmpty();
  }

  public List<FieldError> list() {
    return List.copyOf(errors);
  }

  /** @throws Refusal naming every broken rule, when there is one */
  public void throwIfAny() {
    if (!errors.isEmpty()) {
      throw new Refusal(errors);
    }
  }
}
