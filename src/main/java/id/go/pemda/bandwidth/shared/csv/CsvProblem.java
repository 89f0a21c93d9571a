package id.go.pemda.bandwidth.shared.csv;

/**
 * One problem of one line of a CSV file: {@code line 3: frontline_public_service: harus true atau
 * false, bukan 'ya'}. The line number and the column stay as the file names them (its header is
 * the file's own language); the problem is in the language of the screens.
 *
 * @param line the 1-based line of the file where the record starts (the header is line 1)
 * @param column the column's header name, or {@code header} / {@code row} for the line as a whole
 * @param text the line as it stands in the file, for logs; empty where there is none
 */
public record CsvProblem(int line, String column, String problem, String text) {

  @Override
  public String toString() {
    return "line " + line + ": " + column + ": " + problem;
  }

  /** With the line's text, for a log or a start-up failure an operator reads beside the file. */
  public String withText() {
    return text.isEmpty() ? toString() : this + " (" + text + ")";
  }
}
