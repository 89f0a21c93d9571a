package id.go.pemda.bandwidth.shared.csv;

import java.util.List;
import java.util.stream.Collectors;

/**
 * What a CSV file held: its rows when every row was good, else every problem by line. The file
 * is taken whole or not at all: {@link #rows()} refuses to hand out the good rows of a file that
 * also has bad ones.
 */
public record CsvResult<T>(List<T> goodRows, List<CsvProblem> problems) {

  public CsvResult {
    goodRows = List.copyOf(goodRows);
    problems = List.copyOf(problems);
  }

  static <T> CsvResult<T> refused(CsvProblem problem) {
    return new CsvResult<>(List.of(), List.of(problem));
  }

  public boolean accepted() {
    return problems.isEmpty();
  }

  /** Every row of the file; only for a file without problems. */
  public List<T> rows() {
    if (!accepted()) {
      throw new IllegalStateException("A CSV file with problems is refused whole: " + problems);
    }
    return goodRows;
  }

  /**
   * The rows, or an {@link IllegalStateException} naming {@code source} and every problem with
   * its line's text: for files the configuration names, where a bad row must stop the start-up.
   */
  public List<T> rowsOrThrow(String source) {
    if (!accepted()) {
      throw new IllegalStateException(source + " has errors: "
          + problems.stream().map(CsvProblem::withText).collect(Collectors.joining("; ")));
    }
    return goodRows;
  }
}
