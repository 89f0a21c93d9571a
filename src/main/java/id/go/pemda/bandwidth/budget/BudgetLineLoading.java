package id.go.pemda.bandwidth.budget;

import id.go.pemda.bandwidth.opd.OpdRegistry;
import id.go.pemda.bandwidth.shared.FieldError;
import id.go.pemda.bandwidth.shared.Refusal;
import id.go.pemda.bandwidth.shared.csv.CsvImport;
import id.go.pemda.bandwidth.shared.csv.CsvProblem;
import id.go.pemda.bandwidth.shared.csv.CsvResult;
import id.go.pemda.bandwidth.shared.csv.CsvRow;
import id.go.pemda.bandwidth.tenant.Tenants;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * BPKAD loads a fiscal year's internet lines of its Pemda's OPDs from the APBD: SIPD's export of
 * the anggaran or its own sheet, as CSV ({@link CsvImport}: {@code ;} or {@code ,}, a byte-order
 * mark, quoted fields; other columns ignored). Columns: {@value #COLUMNS_TEXT}.
 *
 * <p>Rows of the internet account ({@value BudgetLine#INTERNET_ACCOUNT}) become the OPDs' lines;
 * Diskominfo's row at the central sub-activity and account (settings) is its belanja jaringan
 * pusat; rows of any other account are skipped (an export carries all of an OPD's accounts).
 *
 * <p>Re-loadable as realisasi grows: a line is found again by Pemda, fiscal year, OPD and
 * account and takes the file's figures. A line already moved keeps its amounts; the file's pagu
 * must then be the one before or after the move. The central line is the file's pagu plus what
 * revocations moved into it.
 *
 * <p>The file is taken whole or not at all: any rejected row refuses the load with every
 * rejected row by line, column and reason, and nothing is written.
 */
@Service
public class BudgetLineLoading {

  public static final String OPD_CODE = "kode_opd";
  public static final String SUB_ACTIVITY = "kode_sub_kegiatan";
  public static final String ACCOUNT = "kode_rekening";
  public static final String PAGU = "pagu";
  public static final String REALIZED = "realisasi";
  public static final String DOCUMENT = "dokumen";
  public static final List<String> COLUMNS = List.of(OPD_CODE, SUB_ACTIVITY, ACCOUNT, PAGU, REALIZED, DOCUMENT);
  static final String COLUMNS_TEXT = "kode_opd, kode_sub_kegiatan, kode_rekening, pagu, realisasi, dokumen";
  /** The field of the API and the form that carries the file. */
  public static final String FILE_FIELD = "csv";
  public static final String FISCAL_YEAR_FIELD = "fiscalYear";
  /** An APBD code: groups of digits separated by dots ({@code 5.1.02.02.01.0063}). */
  private static final Pattern CODE = Pattern.compile("\\d{1,4}(\\.\\d{1,4}){1,7}");
  private static final int MAX_CODE = 40;

  private final BudgetLineRepository lines;
  private final BudgetService budgets;
  private final OpdRegistry registry;
  private final Clock clock;

  public BudgetLineLoading(BudgetLineRepository lines, BudgetService budgets, OpdRegistry registry, Clock clock) {
    this.lines = lines;
    this.budgets = budgets;
    this.registry = registry;
    this.clock = clock;
  }

  /** What became of one row of the file. */
  public enum Outcome {
    /** a line the Pemda had not loaded for the year */
    INSERTED,
    /** a known line with new figures */
    UPDATED,
    /** a known line, same figures */
    UNCHANGED,
    /** not an internet line: another account of the OPD */
    SKIPPED
  }

  /** One row of the file and what it did. */
  public record RowResult(int line, String opdCode, String accountCode, Outcome outcome) {}

  /** What a load did, row by row. */
  public record Report(int fiscalYear, int inserted, int updated, int unchanged, int skipped, List<RowResult> rows) {

    static Report of(int fiscalYear, List<RowResult> rows) {
      return new Report(
          fiscalYear, count(rows, Outcome.INSERTED), count(rows, Outcome.UPDATED), count(rows, Outcome.UNCHANGED),
          count(rows, Outcome.SKIPPED), List.copyOf(rows));
    }

    /** One line for people: {@code TA 2027: 2 baru, 1 diperbarui, 0 tetap, 3 dilewati}. */
    public String describe() {
      return "TA " + fiscalYear + ": " + inserted + " baru, " + updated + " diperbarui, " + unchanged + " tetap, "
          + skipped + " dilewati (rekening lain)";
    }

    private static int count(List<RowResult> rows, Outcome outcome) {
      return (int) rows.stream().filter(row -> row.outcome() == outcome).count();
    }
  }

  /**
   * A load refused: each rejected row by its line, column and reason ({@link #rejectedRows()}),
   * also as the form's fields ({@code csv: line 3: kode_opd: ...}).
   */
  public static class Refused extends Refusal {

    private final transient List<CsvProblem> rejectedRows;

    Refused(List<FieldError> errors, List<CsvProblem> rejectedRows) {
      super(errors);
      this.rejectedRows = List.copyOf(rejectedRows);
    }

    static Refused rows(List<CsvProblem> problems) {
      return new Refused(
          problems.stream().map(problem -> new FieldError(FILE_FIELD, problem.toString())).toList(), problems);
    }

    public List<CsvProblem> rejectedRows() {
      return rejectedRows;
    }
  }

  /** A row read from the file; {@code skipped} when not an internet line. */
  record Row(int line, String text, String opdCode, String subActivity, String account, BigDecimal pagu,
      BigDecimal realized, BudgetDocument document, boolean central, boolean skipped) {}

  /**
   * Loads the file into the Pemda's lines of {@code fiscalYear}, in one transaction.
   *
   * @param by who loads it (BPKAD's user)
   * @throws Refused naming every rejected row, or the fiscal year; nothing is written then
   */
  @Transactional
  public Report load(String tenantId, Integer fiscalYear, InputStream csv, String by) {
    if (fiscalYear == null || fiscalYear < 2000 || fiscalYear > 2100) {
      throw new Refused(List.of(new FieldError(FISCAL_YEAR_FIELD, "wajib diisi, tahun 2000 sampai 2100")), List.of());
    }
    CsvResult<Row> read = read(tenantId, csv);
    List<CsvProblem> problems = new ArrayList<>(read.problems());
    if (problems.isEmpty() && read.goodRows().stream().allMatch(Row::skipped)) {
      problems.add(new CsvProblem(2, ACCOUNT, "tidak ada baris rekening " + BudgetLine.INTERNET_ACCOUNT
          + " (belanja internet) dalam berkas", ""));
    }
    if (!problems.isEmpty()) {
      throw Refused.rows(problems);
    }
    // every row is checked against the lines already loaded before anything is written
    List<Planned> planned = new ArrayList<>();
    for (Row row : read.rows()) {
      if (row.skipped()) {
        planned.add(new Planned(row, null, null));
        continue;
      }
      Optional<BudgetLine> known = known(row, fiscalYear);
      BigDecimal raisedBy = row.central() ? budgets.movedInto(row.opdCode(), fiscalYear) : BigDecimal.ZERO;
      known.filter(line -> line.movement() != null)
          .filter(line -> row.pagu().compareTo(line.originalAmountRupiah()) != 0
              && row.pagu().compareTo(line.amountRupiah()) != 0)
          .ifPresent(line -> problems.add(new CsvProblem(row.line(), PAGU,
              "pagu OPD ini sudah dicabut (" + line.originalAmountRupiah().toPlainString() + " menjadi "
                  + line.amountRupiah().toPlainString() + "); pagu dalam berkas harus salah satunya, bukan "
                  + row.pagu().toPlainString(), row.text())));
      planned.add(new Planned(row, known.orElse(null), raisedBy));
    }
    if (!problems.isEmpty()) {
      throw Refused.rows(problems);
    }
    List<RowResult> results = new ArrayList<>();
    for (Planned plan : planned) {
      results.add(new RowResult(plan.row().line(), plan.row().opdCode(), plan.row().account(), write(plan, fiscalYear, by)));
    }
    return Report.of(fiscalYear, results);
  }

  private record Planned(Row row, BudgetLine known, BigDecimal raisedBy) {}

  private Outcome write(Planned plan, int fiscalYear, String by) {
    Row row = plan.row();
    if (row.skipped()) {
      return Outcome.SKIPPED;
    }
    if (plan.known() == null) {
      BudgetLine line = BudgetLine.loaded(
          row.opdCode(), fiscalYear, row.subActivity(), row.account(), row.pagu(), row.realized(), row.document(),
          clock.instant(), by);
      lines.save(row.central() ? line.raisedBy(budgets.movedInto(row.opdCode(), fiscalYear)) : line);
      return Outcome.INSERTED;
    }
    if (plan.known().sameFigures(row.subActivity(), row.pagu(), plan.raisedBy(), row.realized(), row.document())) {
      return Outcome.UNCHANGED;
    }
    lines.save(plan.known().reloaded(
        row.subActivity(), row.pagu(), plan.raisedBy(), row.realized(), row.document(), clock.instant(), by));
    return Outcome.UPDATED;
  }

  /** The line the row loads again: the OPD's internet line, or the central line. */
  private Optional<BudgetLine> known(Row row, int fiscalYear) {
    return row.central()
        ? budgets.centralLine(Tenants.of(row.opdCode()), fiscalYear)
        : budgets.line(row.opdCode(), fiscalYear);
  }

  CsvResult<Row> read(String tenantId, InputStream csv) {
    Map<String, Integer> seen = new HashMap<>();
    return CsvImport.read(csv, COLUMNS, row -> {
      String opdCode = opdCode(row, tenantId);
      String subActivity = code(row, SUB_ACTIVITY);
      String account = code(row, ACCOUNT);
      BigDecimal pagu = row.rupiah(PAGU);
      BigDecimal realized = row.rupiah(REALIZED);
      BudgetDocument document = row.oneOf(DOCUMENT, BudgetDocument.class);
      if (pagu != null && realized != null && realized.compareTo(pagu) > 0) {
        row.reject(REALIZED, "realisasi " + realized.toPlainString() + " melebihi pagu " + pagu.toPlainString());
      }
      if (!row.ok()) {
        return null;
      }
      boolean central = opdCode.equals(budgets.centralOfficeOf(tenantId))
          && budgets.isCentral(BudgetLine.loaded(opdCode, 0, subActivity, account, pagu, realized, document, null, null));
      boolean internet = central || account.equals(BudgetLine.INTERNET_ACCOUNT);
      if (internet) {
        // one internet line per OPD and year (the central line apart)
        String key = opdCode + (central ? "|central" : "|internet");
        Integer first = seen.putIfAbsent(key, row.line());
        if (first != null) {
          row.reject(OPD_CODE, "OPD " + Tenants.localCode(opdCode) + " sudah punya baris rekening " + account
              + " di baris " + first + "; jumlahkan menjadi satu baris");
          return null;
        }
      }
      return new Row(row.line(), "", opdCode, subActivity, account, pagu, realized, document, central, !internet);
    });
  }

  /** The deployment-wide code of an OPD of the caller's Pemda; another Pemda's OPD is unknown here. */
  private String opdCode(CsvRow row, String tenantId) {
    String written = row.text(OPD_CODE, MAX_CODE);
    if (written == null) {
      return null;
    }
    String upper = written.toUpperCase(Locale.ROOT);
    String code = upper.indexOf('.') > 0 && Tenants.of(upper).equals(tenantId) ? upper : Tenants.opdCode(tenantId, upper);
    if (!registry.belongsTo(code, tenantId)) {
      return row.reject(OPD_CODE, "OPD '" + written + "' tidak dikenal di daftar OPD Pemda ini");
    }
    return code;
  }

  private static String code(CsvRow row, String column) {
    String value = row.text(column, MAX_CODE);
    if (value != null && !CODE.matcher(value).matches()) {
      return row.reject(column, "'" + value + "' bukan kode APBD; tulis angka dipisah titik, mis. "
          + (column.equals(ACCOUNT) ? BudgetLine.INTERNET_ACCOUNT : "2.16.03.1.02.0004"));
    }
    return value;
  }
}
