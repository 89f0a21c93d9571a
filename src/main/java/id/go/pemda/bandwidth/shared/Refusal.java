package id.go.pemda.bandwidth.shared;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A request a feature's rules refuse, with every broken rule in the feature's own words: the
 * field of its command ({@code acceptedOn}; a cell of a list as {@code sites[2].contractEnd}) and
 * why, in the language of the screens. Thrown before anything is written. A form shows each under
 * its field's label ({@code FormInput}); the API answers 400 naming each field.
 */
public class Refusal extends RuntimeException {

  private final transient List<FieldError> errors;

  public Refusal(List<FieldError> errors) {
    super(errors.stream().map(FieldError::toString).collect(Collectors.joining("; ")));
    this.errors = List.copyOf(errors);
  }

  public List<FieldError> errors() {
    return errors;
  }
}
