package id.go.pemda.bandwidth.process.form;

import id.go.pemda.bandwidth.shared.FieldError;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * A submission that breaks a rule. It extends Camunda's form validation exception so the REST
 * API answers 400 with the message and Tasklist shows it under the form; the command rolls
 * back, so the task stays open and nothing is stored.
 */
public class FormInputException extends FormFieldValidationException {

  private final transient List<FieldError> errors;

  public FormInputException(List<FieldError> errors) {
    super(
        errors,
        "Isian formulir belum benar: "
            + errors.stream().map(FieldError::toString).collect(Collectors.joining("; ")));
    this.errors = List.copyOf(errors);
  }

  public List<FieldError> errors() {
    return errors;
  }
}
