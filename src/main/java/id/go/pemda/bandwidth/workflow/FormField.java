package id.go.pemda.bandwidth.workflow;

/** A field of a Camunda Form: the variable key it submits and the label the user sees. */
public record FormField(String key, String label) {

  public static FormField of(String key, String label) {
    return new FormField(key, label);
  }

  String describe() {
    return label + " (" + key + ")";
  }
}
