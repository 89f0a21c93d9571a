package id.go.pemda.bandwidth.complaint;

import id.go.pemda.bandwidth.workflow.FormField;
import id.go.pemda.bandwidth.workflow.FormInput;

/** The two fields every complaint form asks: what kind of problem, and what happened. */
public record ComplaintForm(ComplaintCategory category, String description) {

  public static final FormField CATEGORY = FormField.of("complaintCategory", "Jenis gangguan");
  public static final FormField DESCRIPTION = FormField.of("complaintDescription", "Uraian gangguan");
  static final int MAX_DESCRIPTION = 4000;

  /** Reads both fields; the caller decides when to throw, after its own fields are read. */
  public static ComplaintForm read(FormInput input) {
    return new ComplaintForm(
        input.requiredChoice(CATEGORY, ComplaintCategory.class),
        input.requiredText(DESCRIPTION, MAX_DESCRIPTION));
  }
}
