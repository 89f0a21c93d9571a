package id.go.pemda.bandwidth.shared.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a CSV file the way Indonesian offices write them, for every import of the application.
 *
 * <ul>
 *   <li>UTF-8, with or without a byte-order mark (Excel's "CSV UTF-8" writes one); other
 *       encodings are refused naming the line of the first bad byte.
 *   <li>The separator is {@code ;} or {@code ,}, whichever the header line holds more of outside
 *       quotes: Excel with Indonesian regional settings writes {@code ;}, most tools {@code ,}.
 *   <li>Quoted fields may hold the separator, line breaks and doubled quotes
 *       ({@code "Jl. Basuki Rahmat No. 1, Bugis"}); values are stripped of surrounding blanks;
 *       blank lines are skipped.
 *   <li>The first line is a header; it must name every expected column (exactly, in any order;
 *       other columns are ignored, as BPKAD's exports carry many). Each record is read by its
 *       column names ({@link CsvRow}) and must have as many fields as the header.
 * </ul>
 *
 * <p>Policy: a file is read whole and every problem is collected with its line number; if any
 * row has one, the file is refused whole ({@link CsvResult#rows()} then throws), so an import
 * writes all of a file or nothing of it.
 */
public final class CsvImport {

  /** More problems than this are summed up in one last line: the first ones show what is wrong. */
  static final int MAX_PROBLEMS = 100;
  static final String HEADER = "header";
  static final String ROW = "row";
  private static final char BOM = '\uFEFF';

  private CsvImport() {}

  /**
   * Reads {@code in} and gives each record to {@code rowReader}, which reads its fields through
   * the {@link CsvRow}'s typed helpers (each notes what is wrong with its field) and may add its
   * own problems with {@link CsvRow#reject}. A row with any problem is left out.
   *
   * @param columns the columns the header must name, in the file's language (e.g.
   *     {@code code,name,type,frontline_public_service})
   */
  public static <T> CsvResult<T> read(InputStream in, List<String> columns, Function<CsvRow, T> rowReader) {
    byte[] bytes;
    try {
      bytes = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return read(bytes, columns, rowReader);
  }

  static <T> CsvResult<T> read(byte[] bytes, List<String> columns, Function<CsvRow, T> rowReader) {
    String text;
    try {
      text = decode(bytes);
    } catch (NotUtf8 e) {
      return CsvResult.refused(new CsvProblem(e.line, ROW,
          "berkas bukan UTF-8; simpan sebagai \"CSV UTF-8\"", ""));
    }
    if (!text.isEmpty() && text.charAt(0) == BOM) {
      text = text.substring(1);
    }
    Lines lines = new Lines(text);
    String firstLine = lines.text(1);
    CSVFormat format =
        CSVFormat.DEFAULT.builder().setDelimiter(delimiterOf(firstLine)).setIgnoreEmptyLines(true).get();
    try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
      Iterator<CSVRecord> records = parser.iterator();
      CSVRecord headerRecord;
      try {
        headerRecord = next(records);
      } catch (Unsplittable e) {
        headerRecord = null;
      }
      Map<String, Integer> header = headerRecord == null ? null : header(headerRecord, columns);
      if (header == null) {
        return CsvResult.refused(new CsvProblem(1, HEADER,
            "baris pertama harus berupa header " + String.join(",", columns), firstLine));
      }
      return records(parser, records, headerRecord, header, lines, rowReader);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static <T> CsvResult<T> records(
      CSVParser parser, Iterator<CSVRecord> records, CSVRecord headerRecord, Map<String, Integer> header,
      Lines lines, Function<CsvRow, T> rowReader) {
    List<T> rows = new ArrayList<>();
    Problems problems = new Problems();
    long linesPassed = parser.getCurrentLineNumber();
    while (true) {
      CSVRecord record;
      try {
        record = next(records);
      } catch (Unsplittable e) {
        // a quote left open: nothing after it can be split reliably
        problems.add(new CsvProblem(lines.firstFilledAfter((int) linesPassed), ROW,
            "tanda kutip (\") tidak ditutup atau tidak diikuti pemisah", ""));
        break;
      }
      if (record == null) {
        break;
      }
      linesPassed = parser.getCurrentLineNumber();
      // the parser's position of a record lies before the blank lines it skipped
      int line = lines.firstFilledAfter(lines.lineAt((int) record.getCharacterPosition()) - 1);
      String raw = lines.text(line);
      if (record.size() != headerRecord.size()) {
        problems.add(new CsvProblem(line, ROW,
            "harus " + headerRecord.size() + " kolom " + String.join(",", headerRecord.values())
                + ", ada " + record.size(), raw));
        continue;
      }
      CsvRow row = new CsvRow(line, raw, values(header, record));
      T value = rowReader.apply(row);
      if (row.problems().isEmpty()) {
        rows.add(value);
      } else {
        row.problems().forEach(problems::add);
      }
    }
    return new CsvResult<>(rows, problems.list());
  }

  /** The next record, null at the end of the file. */
  private static CSVRecord next(Iterator<CSVRecord> records) {
    try {
      return records.hasNext() ? records.next() : null;
    } catch (UncheckedIOException e) {
      throw new Unsplittable();
    }
  }

  /** Column name to index, or null when an expected column is missing or named twice. */
  private static Map<String, Integer> header(CSVRecord record, List<String> columns) {
    Map<String, Integer> found = new HashMap<>();
    for (int i = 0; i < record.size(); i++) {
      String name = record.get(i).strip();
      if (columns.contains(name) && found.put(name, i) != null) {
        return null;
      }
    }
    return found.keySet().containsAll(columns) ? found : null;
  }

  private static Map<String, String> values(Map<String, Integer> header, CSVRecord record) {
    Map<String, String> values = new HashMap<>();
    header.forEach((name, index) -> values.put(name, record.get(index).strip()));
    return values;
  }

  /** The separator the header line uses most outside quotes; a comma when it has neither. */
  static char delimiterOf(String headerLine) {
    int commas = 0;
    int semicolons = 0;
    boolean quoted = false;
    for (char c : headerLine.toCharArray()) {
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && c == ',') {
        commas++;
      } else if (!quoted && c == ';') {
        semicolons++;
      }
    }
    return semicolons > commas ? ';' : ',';
  }

  private static String decode(byte[] bytes) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    try {
      CharBuffer chars = decoder.decode(in);
      return chars.toString();
    } catch (CharacterCodingException e) {
      // the decoder stops at the first bad byte: its line is one more than the line breaks before it
      int line = 1;
      for (int i = 0; i < Math.min(in.position(), bytes.length); i++) {
        if (bytes[i] == '\n') {
          line++;
        }
      }
      throw new NotUtf8(line);
    }
  }

  /** The parser cannot split what follows (a quote left open, text after a closing quote). */
  private static final class Unsplittable extends RuntimeException {
    Unsplittable() {
      super(null, null, false, false);
    }
  }

  private static final class NotUtf8 extends RuntimeException {
    private final int line;

    NotUtf8(int line) {
      super(null, null, false, false);
      this.line = line;
    }
  }

  /** Where each line of the text starts, to name a record's line from its character position. */
  private static final class Lines {
    private final String text;
    private final int[] starts;

    Lines(String text) {
      this.text = text;
      int[] found = new int[16];
      int count = 0;
      found[count++] = 0;
      for (int i = 0; i < text.length(); i++) {
        if (text.charAt(i) == '\n') {
          if (count == found.length) {
            found = Arrays.copyOf(found, count * 2);
          }
          found[count++] = i + 1;
        }
      }
      this.starts = Arrays.copyOf(found, count);
    }

    /** The 1-based line holding the character at {@code position}. */
    int lineAt(int position) {
      int index = Arrays.binarySearch(starts, position);
      return index >= 0 ? index + 1 : -index - 1;
    }

    /** The first line after {@code line} that is not blank (the parser skips blank lines). */
    int firstFilledAfter(int line) {
      int next = line + 1;
      while (next < starts.length && text(next).isBlank()) {
        next++;
      }
      return next;
    }

    /** The line's text without its line break. */
    String text(int line) {
      if (line > starts.length) {
        return "";
      }
      int start = starts[line - 1];
      int end = line < starts.length ? starts[line] : text.length();
      String content = text.substring(start, end);
      return content.replaceAll("[\r\n]+$", "");
    }
  }

  /** At most {@link #MAX_PROBLEMS}, then one line saying how many more. */
  private static final class Problems {
    private final List<CsvProblem> list = new ArrayList<>();
    private int more;
    private int lastLine;

    void add(CsvProblem problem) {
      if (list.size() < MAX_PROBLEMS) {
        list.add(problem);
      } else {
        more++;
        lastLine = problem.line();
      }
    }

    List<CsvProblem> list() {
      if (more == 0) {
        return list;
      }
      List<CsvProblem> all = new ArrayList<>(list);
      all.add(new CsvProblem(lastLine, ROW,
          String.format(Locale.ROOT, "dan %d masalah lain sampai baris ini; perbaiki yang di atas dulu", more), ""));
      return all;
    }
  }
}
