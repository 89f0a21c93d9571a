package id.go.pemda.bandwidth.workflow;

import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * Thrown when submitted form values break a rule. It extends Camunda's form validation
 * exception so the REST API answers 400 and Tasklist shows the message; the transaction rolls
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

  public static FormInputException of(FormField field, String message) {
    return new FormInputException(List.of(new FieldError(field.describe(), message)));
  }

  public List<FieldError> errors() {
    return errors;
  }
}
