package id.go.pemda.bandwidth.shared.csv;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One record of a CSV file, read by column name. Each typed helper returns the field's value,
 * or notes what is wrong with it (in Bahasa Indonesia, naming the value) and returns
 * {@code null}; a reader builds its row only when {@link #ok()}:
 *
 * <pre>{@code
 * String code = row.text("opd_code", 30);
 * BigDecimal pagu = row.rupiah("pagu");
 * return row.ok() ? new Line(code, pagu) : null;
 * }</pre>
 */
public final class CsvRow {

  /**
   * Rupiah as Indonesian exports write it: digits, grouped in thousands by dots or not at all,
   * optionally a decimal comma with one or two digits, optionally after {@code Rp}.
   */
  private static final Pattern RUPIAH =
      Pattern.compile("(?:Rp\\.?\\s*)?(\\d{1,3}(?:\\.\\d{3})+|\\d+)(?:,(\\d{1,2}))?", Pattern.CASE_INSENSITIVE);
  private static final Pattern INTEGER = Pattern.compile("-?\\d{1,9}");
  private static final String RUPIAH_FORMATS = "tulis 1250000, 1.250.000 atau 1.250.000,00";

  private final int line;
  private final String text;
  private final Map<String, String> values;
  private final List<CsvProblem> problems = new ArrayList<>();

  CsvRow(int line, String text, Map<String, String> values) {
    this.line = line;
    this.text = text;
    this.values = Map.copyOf(values);
  }

  /** The line of the file where the record starts (the header is line 1). */
  public int line() {
    return line;
  }

  /** The field as written, stripped of surrounding blanks; empty when blank. */
  public String value(String column) {
    String value = values.get(column);
    if (value == null) {
      throw new IllegalArgumentException("Column '" + column + "' is not one the import expects");
    }
    return value;
  }

  public boolean isBlank(String column) {
    return value(column).isEmpty();
  }

  /** Required text of at most {@code maxLength} characters. */
  public String text(String column, int maxLength) {
    String value = value(column);
    if (value.isEmpty()) {
      return reject(column, "wajib diisi");
    }
    if (value.length() > maxLength) {
      return reject(column, "maksimal " + maxLength + " karakter, ada " + value.length());
    }
    return value;
  }

  /** Text that may be blank ({@code ""}), of at most {@code maxLength} characters. */
  public String optionalText(String column, int maxLength) {
    return isBlank(column) ? "" : text(column, maxLength);
  }

  /** A required whole number, e.g. a fiscal year. */
  public Integer integer(String column) {
    String value = value(column);
    if (value.isEmpty()) {
      return reject(column, "wajib diisi");
    }
    if (!INTEGER.matcher(value).matches()) {
      return reject(column, "harus bilangan bulat, bukan '" + value + "'");
    }
    return Integer.valueOf(value);
  }

  /**
   * A required amount in rupiah, not negative: {@code 1250000}, {@code 1.250.000},
   * {@code 1.250.000,00} and {@code Rp 1.250.000} are the same amount; sen after a decimal comma
   * are kept. Refused as ambiguous: a comma or a space as thousands separator
   * ({@code 1,250,000}), a decimal point ({@code 1250000.00}).
   */
  public BigDecimal rupiah(String column) {
    String value = value(column);
    if (value.isEmpty()) {
      return reject(column, "wajib diisi");
    }
    BigDecimal amount = parseRupiah(value);
    if (amount == null) {
      return reject(column, "'" + value + "' bukan jumlah rupiah; " + RUPIAH_FORMATS);
    }
    return amount;
  }

  /** {@code true} or {@code false}, in any case; Excel in Indonesian writes {@code BENAR} and {@code SALAH}. */
  public Boolean bool(String column) {
    String value = value(column);
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "true", "benar" -> Boolean.TRUE;
      case "false", "salah" -> Boolean.FALSE;
      default -> reject(column, "harus true atau false, bukan '" + value + "'");
    };
  }

  /** One of the enum's constants, by name in any case. */
  public <E extends Enum<E>> E oneOf(String column, Class<E> type) {
    String value = value(column);
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equalsIgnoreCase(value)) {
        return constant;
      }
    }
    return reject(column, (value.isEmpty() ? "wajib diisi" : "'" + value + "' tidak dikenal")
        + "; pilih salah satu dari "
        + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
  }

  /** Notes a problem of the field that the import's own rules found; returns null for convenience. */
  public <T> T reject(String column, String problem) {
    problems.add(new CsvProblem(line, column, problem, text));
    return null;
  }

  /** Whether no field of this record had a problem so far. */
  public boolean ok() {
    return problems.isEmpty();
  }

  List<CsvProblem> problems() {
    return problems;
  }

  /** The amount of an Indonesian rupiah text, or null when it is not one. */
  static BigDecimal parseRupiah(String text) {
    Matcher matcher = RUPIAH.matcher(text.strip());
    if (!matcher.matches()) {
      return null;
    }
    BigDecimal whole = new BigDecimal(matcher.group(1).replace(".", ""));
    String sen = matcher.group(2);
    if (sen == null || Integer.parseInt(sen) == 0) {
      return whole;
    }
    return new BigDecimal(whole.toPlainString() + "." + sen);
  }
}
