package id.go.pemda.bandwidth.process.form;

import id.go.pemda.bandwidth.process.ProcessVariable;
import id.go.pemda.bandwidth.shared.FieldError;
import id.go.pemda.bandwidth.shared.Refusal;
import id.go.pemda.bandwidth.shared.PemdaZone;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The values of one submitted form, already checked by {@link FormSubmissions} against the
 * form's own rules (type, required, limits, options), read as the types the application uses.
 * The rules a form cannot express ("not after today", "an OPD in transition") are the features':
 * what they refuse ({@link Refusal}) {@link #apply} rejects under the form's own labels and
 * refuses the whole submission.
 *
 * <p>A task's submission reaches its listener beside the engine call and is never a variable. A
 * start form's values are process variables until {@link #consume()} removes them once the
 * application stored them.
 */
public final class FormInput {

  /** A feature's name for a cell of a list: {@code sites[2].contractEnd}. */
  private static final Pattern ROW_CELL = Pattern.compile("(\\w+)\\[(\\d+)]\\.(\\w+)");

  private final Map<String, Object> values;
  private final VariableScope startScope;
  private final FormSchema form;
  private final FormContract contract;
  private final List<FieldError> errors = new ArrayList<>();

  private FormInput(Map<String, Object> values, VariableScope startScope, FormSchema form, FormContract contract) {
    this.values = values;
    this.startScope = startScope;
    this.form = form;
    this.contract = contract;
    if (!form.id().equals(contract.formId())) {
      throw new IllegalStateException("Listener expects form " + contract.formId() + " but the task has " + form.id());
    }
  }

  /** What a user submitted to complete this task through {@link FormSubmissions}. */
  public static FormInput of(DelegateTask task, FormContract contract) {
    PendingSubmission.Checked submission =
        PendingSubmission.take(PendingSubmission.ofTask(task.getId())).orElseThrow(() -> notThroughItsForm(contract));
    return new FormInput(submission.values(), null, submission.form(), contract);
  }

  /** What a user submitted with the start form of this process instance through {@link FormSubmissions}. */
  public static FormInput ofStart(DelegateExecution execution, FormContract contract) {
    PendingSubmission.Checked submission =
        PendingSubmission.take(PendingSubmission.ofStart(execution.getProcessDefinitionId()))
            .orElseThrow(() -> notThroughItsForm(contract));
    return new FormInput(submission.values(), execution.getProcessInstance(), submission.form(), contract);
  }

  /** A completion or start by the bare engine API would bypass the form's checks. */
  private static FormInputException notThroughItsForm(FormContract contract) {
    return new FormInputException(List.of(new FieldError("Formulir (" + contract.formId() + ")",
        "harus dikirim melalui formulirnya (Tasklist: Selesaikan; REST: submit-form)")));
  }

  /** Text, stripped; null when left empty. */
  public String text(String key) {
    return asText(read(key));
  }

  /** A number the form allows no decimals for. */
  public Long wholeNumber(String key) {
    return asWholeNumber(read(key));
  }

  /** An amount in rupiah (the form allows no decimals). */
  public BigDecimal rupiah(String key) {
    return asRupiah(read(key));
  }

  /** A date picked in the form (yyyy-MM-dd). */
  public LocalDate date(String key) {
    String value = text(key);
    return value == null ? null : LocalDate.parse(value);
  }

  /** A moment picked in the form; without an offset it is meant in the Pemda's zone. */
  public Instant instant(String key, PemdaZone zone) {
    String value = text(key);
    if (value == null) {
      return null;
    }
    try {
      return OffsetDateTime.parse(value).toInstant();
    } catch (DateTimeParseException withoutOffset) {
      return LocalDateTime.parse(value).atZone(zone.zone()).toInstant();
    }
  }

  /** The option picked in a radio or select whose values are the names of {@code choices}. */
  public <E extends Enum<E>> E choice(String key, Class<E> choices) {
    String value = text(key);
    return value == null ? null : Enum.valueOf(choices, value);
  }

  /** The decision the form submits under the name of the process variable its gateway reads. */
  public <E extends Enum<E>> E decision(ProcessVariable<E> variable) {
    return choice(variable.name(), variable.type());
  }

  /** A checkbox: true, false, or null when the form hid it. */
  public Boolean bool(String key) {
    Object value = read(key);
    return value == null ? null : (Boolean) value;
  }

  /** The rows of a dynamic list, in the order the user sees them. */
  public List<Row> rows(String key) {
    FormSchema.Field list = form.input(key).filter(FormSchema.Field::isList).orElseThrow(() -> unknown(key));
    Object value = JsonRows.parse(read(key));
    if (!(value instanceof List<?> rows)) {
      return List.of();
    }
    List<Row> result = new ArrayList<>();
    for (int index = 0; index < rows.size(); index++) {
      @SuppressWarnings("unchecked")
      Map<String, Object> row = (Map<String, Object>) rows.get(index);
      result.add(new Row(list, index, row));
    }
    return result;
  }

  /** One row of a dynamic list: its cells read like the form's own fields. */
  public final class Row {

    private final FormSchema.Field list;
    private final int index;
    private final Map<String, Object> cells;

    private Row(FormSchema.Field list, int index, Map<String, Object> cells) {
      this.list = list;
      this.index = index;
      this.cells = cells;
    }

    public int index() {
      return index;
    }

    public String text(String key) {
      return asText(cell(key));
    }

    public Long wholeNumber(String key) {
      return asWholeNumber(cell(key));
    }

    public BigDecimal rupiah(String key) {
      return asRupiah(cell(key));
    }

    public LocalDate date(String key) {
      String value = text(key);
      return value == null ? null : LocalDate.parse(value);
    }

    public <E extends Enum<E>> E choice(String key, Class<E> choices) {
      String value = text(key);
      return value == null ? null : Enum.valueOf(choices, value);
    }

    /** A rule about this row's cell that the form cannot check in the browser. */
    public void reject(String key, String message) {
      FormSchema.Field item = list.item(key).orElseThrow(() -> unknown(list.key() + "." + key));
      String label = list.label() == null ? list.key() : list.label();
      errors.add(new FieldError(label + " baris " + (index + 1) + " — " + item.describe(), message));
    }

    private Object cell(String key) {
      if (list.item(key).filter(FormSchema.Field::isInput).isEmpty()) {
        throw unknown(list.key() + "." + key);
      }
      return cells.get(key);
    }
  }

  private static String asText(Object value) {
    return value == null || value.toString().isBlank() ? null : value.toString().strip();
  }

  private static Long asWholeNumber(Object value) {
    return value == null ? null : new BigDecimal(value.toString()).longValueExact();
  }

  private static BigDecimal asRupiah(Object value) {
    return value == null ? null : new BigDecimal(value.toString()).setScale(0);
  }

  /** A rule of the application that the form cannot check in the browser. */
  public void reject(String key, String message) {
    FormSchema.Field field = form.field(key).orElseThrow(() -> unknown(key));
    errors.add(new FieldError(field.describe(), message));
  }

  /** A rule about the submission as a whole, such as who may submit it. */
  public void refuse(String message) {
    errors.add(new FieldError("Formulir (" + form.id() + ")", message));
  }

  /**
   * Runs what the submission does (a feature's use case); what the feature refuses is rejected
   * under this form's labels, and the submission with it.
   */
  public void apply(Runnable useCase) {
    apply(() -> {
      useCase.run();
      return null;
    });
  }

  /** {@link #apply(Runnable)}, for a use case that answers. */
  public <T> T apply(Supplier<T> useCase) {
    T result = null;
    try {
      result = useCase.get();
    } catch (Refusal refusal) {
      reject(refusal);
    }
    throwIfInvalid();
    return result;
  }

  /**
   * What a feature refused, each under its field's label in this form: a field by its key, a
   * cell of a list ({@code sites[2].contractEnd}) under its row. The features name their
   * commands' fields as the forms do.
   */
  void reject(Refusal refusal) {
    for (FieldError error : refusal.errors()) {
      Matcher cell = ROW_CELL.matcher(error.field());
      if (cell.matches()) {
        rows(cell.group(1)).get(Integer.parseInt(cell.group(2))).reject(cell.group(3), error.message());
      } else {
        reject(error.field(), error.message());
      }
    }
  }

  public void throwIfInvalid() {
    if (!errors.isEmpty()) {
      throw new FormInputException(errors);
    }
  }

  /** Removes a start form's values from the process once the application stored them. */
  public void consume() {
    if (startScope != null) {
      contract.inputs().forEach(startScope::removeVariable);
    }
  }

  private Object read(String key) {
    if (!contract.inputs().contains(key) || form.input(key).isEmpty()) {
      throw unknown(key);
    }
    return values.get(key);
  }

  private IllegalStateException unknown(String key) {
    return new IllegalStateException("Form " + form.id() + " has no input '" + key + "' in its contract");
  }
}
