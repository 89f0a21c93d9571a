package id.go.pemda.bandwidth.process.form;

import id.go.pemda.bandwidth.shared.FieldError;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.BadUserRequestException;

/**
 * A submission that breaks a rule: a user's mistake, which the engine API answers with 400 and
 * the message Tasklist shows under the form. Thrown before the engine runs or from inside the
 * command, which then rolls back, so the task stays open and nothing is stored.
 */
public class FormInputException extends BadUserRequestException {

  private final transient List<FieldError> errors;

  public FormInputException(List<FieldError> errors) {
    super("Isian formulir belum benar: "
        + errors.stream().map(FieldError::toString).collect(Collectors.joining("; ")));
    this.errors = List.copyOf(errors);
  }

  public List<FieldError> errors() {
    return errors;
  }
}
