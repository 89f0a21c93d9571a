package id.go.pemda.bandwidth.process.form;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What the server side of one form reads and shows: the input keys a listener or start delegate
 * reads when the form is submitted, and the keys it fills in for the user to see. The model test
 * holds every contract against its form file, in both directions; {@link FormInput} refuses to
 * read a key the contract does not name.
 *
 * @param formId the id of the form ({@code camunda:formRef})
 */
public record FormContract(String formId, Set<String> inputs, Set<String> views) {

  public static FormContract of(String formId, List<String> inputs, List<String> views) {
    return new FormContract(formId, new LinkedHashSet<>(inputs), new LinkedHashSet<>(views));
  }

  /** A form that only shows what the server filled in, such as a receipt. */
  public static FormContract viewOnly(String formId, List<String> views) {
    return of(formId, List.of(), views);
  }

  /** Whether the server may put {@code key} into the task: a shown value or an input's default. */
  boolean mayFill(String key) {
    return views.contains(key) || inputs.contains(key);
  }
}
