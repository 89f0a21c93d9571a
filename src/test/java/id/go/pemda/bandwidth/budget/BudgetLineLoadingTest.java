package id.go.pemda.bandwidth.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import id.go.pemda.bandwidth.budget.BudgetLineLoading.Outcome;
import id.go.pemda.bandwidth.budget.BudgetLineLoading.Refused;
import id.go.pemda.bandwidth.budget.BudgetLineLoading.Report;
import id.go.pemda.bandwidth.shared.csv.CsvProblem;
import id.go.pemda.bandwidth.support.ApplicationTest;
import id.go.pemda.bandwidth.support.TestOpds;
import id.go.pemda.bandwidth.support.TimeTravel;
import id.go.pemda.bandwidth.tenant.Tenants;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * BPKAD loads a fiscal year's internet lines from the APBD's CSV export: every line of the file
 * or none, rejected rows by line, column and reason, loading again as realisasi grows.
 */
@ApplicationTest
class BudgetLineLoadingTest {

  // Tests share one database: this fiscal year and these OPDs belong to this class.
  private static final int FISCAL_YEAR = 2057;
  private static final String HEADER = "kode_opd;kode_sub_kegiatan;kode_rekening;pagu;realisasi;dokumen\n";
  private static final String SUB = "1.02.01.1.02.0001";
  private static final String INTERNET = BudgetLine.INTERNET_ACCOUNT;

  @Autowired BudgetLineLoading loading;
  @Autowired BudgetService budgets;
  @Autowired TestOpds opds;

  @BeforeEach
  void setUp() {
    TimeTravel.to(Instant.parse("2057-03-02T02:00:00Z"));
  }

  @Test
  void a_sipd_export_loads_the_internet_lines_and_skips_the_other_accounts() {
    String a = opds.register("UJI-MUAT-A");
    String b = opds.register("UJI-MUAT-B");
    String csv = "\uFEFF" + HEADER
        + a + ";" + SUB + ";" + INTERNET + ";\"72.000.000\";6.000.000;DPA\n"
        + a + ";" + SUB + ";5.1.02.01.01.0024;10.000.000;0;DPA\n"
        + b.toLowerCase() + ";" + SUB + ";" + INTERNET + ";Rp 36.000.000,00;0;dpa\n";

    Report report = load(csv);

    assertThat(report.inserted()).isEqualTo(2);
    assertThat(report.skipped()).isEqualTo(1);
    assertThat(report.rows()).extracting(BudgetLineLoading.RowResult::outcome)
        .containsExactly(Outcome.INSERTED, Outcome.SKIPPED, Outcome.INSERTED);
    BudgetLine lineA = budgets.line(a, FISCAL_YEAR).orElseThrow();
    assertThat(lineA.amountRupiah()).isEqualByComparingTo("72000000");
    assertThat(lineA.originalAmountRupiah()).isEqualByComparingTo("72000000");
    assertThat(lineA.realizedAmountRupiah()).isEqualByComparingTo("6000000");
    assertThat(lineA.document()).isEqualTo(BudgetDocument.DPA);
    assertThat(lineA.subActivityCode()).isEqualTo(SUB);
    assertThat(lineA.loadedBy()).isEqualTo("bpkad");
    assertThat(lineA.loadedAt()).isEqualTo(TimeTravel.now());
    assertThat(budgets.line(b, FISCAL_YEAR).orElseThrow().amountRupiah()).isEqualByComparingTo("36000000");
  }

  @Test
  void loading_again_as_realisasi_grows_updates_the_line_and_keeps_it_one() {
    String opd = opds.register("UJI-MUAT-ULANG");
    load(HEADER + opd + ";" + SUB + ";" + INTERNET + ";48000000;4000000;DPA\n");
    BudgetLine first = budgets.line(opd, FISCAL_YEAR).orElseThrow();

    Report same = load("kode_opd,kode_sub_kegiatan,kode_rekening,pagu,realisasi,dokumen\n"
        + opd + "," + SUB + "," + INTERNET + ",48000000,4000000,DPA\n");
    Report grown = load(HEADER + opd + ";" + SUB + ";" + INTERNET + ";48.000.000;12.000.000;DPPA\n");

    assertThat(same.unchanged()).isEqualTo(1);
    assertThat(grown.updated()).isEqualTo(1);
    BudgetLine now = budgets.line(opd, FISCAL_YEAR).orElseThrow();
    assertThat(now.id()).isEqualTo(first.id());
    assertThat(now.realizedAmountRupiah()).isEqualByComparingTo("12000000");
    assertThat(now.document()).isEqualTo(BudgetDocument.DPPA);
  }

  @Test
  void every_rejected_row_is_named_by_line_column_and_reason_and_nothing_is_written() {
    String good = opds.register("UJI-MUAT-BAIK");
    String csv = HEADER
        + good + ";" + SUB + ";" + INTERNET + ";30000000;0;DPA\n"
        + "PPU.DINKES;" + SUB + ";" + INTERNET + ";30000000;0;DPA\n"
        + "TIDAK-ADA;" + SUB + ";" + INTERNET + ";30000000;0;DPA\n"
        + good + ";" + SUB + ";" + INTERNET + ";1.250.000;0;DPA\n"
        + good + ";" + SUB + ";5.1.02;10;20;DPA\n"
        + good + ";" + SUB + ";" + INTERNET + ";1,250,000;0;SPD\n";

    Refused refused = refuse(csv);

    assertThat(refused.rejectedRows()).extracting(CsvProblem::line, CsvProblem::column).containsExactly(
        org.assertj.core.groups.Tuple.tuple(3, "kode_opd"),
        org.assertj.core.groups.Tuple.tuple(4, "kode_opd"),
        org.assertj.core.groups.Tuple.tuple(5, "kode_opd"),
        org.assertj.core.groups.Tuple.tuple(6, "realisasi"),
        org.assertj.core.groups.Tuple.tuple(7, "pagu"),
        org.assertj.core.groups.Tuple.tuple(7, "dokumen"));
    assertThat(refused.rejectedRows().get(0).problem()).isEqualTo("OPD 'PPU.DINKES' tidak dikenal di daftar OPD Pemda ini");
    assertThat(refused.rejectedRows().get(2).problem()).contains("sudah punya baris rekening " + INTERNET + " di baris 2");
    assertThat(refused.errors()).first().satisfies(error -> {
      assertThat(error.field()).isEqualTo("csv");
      assertThat(error.message()).isEqualTo("line 3: kode_opd: OPD 'PPU.DINKES' tidak dikenal di daftar OPD Pemda ini");
    });
    assertThat(budgets.line(good, FISCAL_YEAR)).isEmpty();
  }

  @Test
  void a_wrong_header_or_fiscal_year_is_refused() {
    assertThat(refuse("opd;pagu\nX;1\n").rejectedRows()).singleElement()
        .satisfies(problem -> assertThat(problem.column()).isEqualTo("header"));
    Refused noYear = catchThrowableOfType(Refused.class, () -> loading.load(Tenants.DEFAULT, null,
        new ByteArrayInputStream(HEADER.getBytes(StandardCharsets.UTF_8)), "bpkad"));
    assertThat(noYear.errors()).singleElement().satisfies(error -> assertThat(error.field()).isEqualTo("fiscalYear"));
    String opd = opds.register("UJI-MUAT-REKENING");
    assertThat(refuse(HEADER + opd + ";" + SUB + ";5.2.02.01.01.0001;1;0;DPA\n").rejectedRows())
        .singleElement().satisfies(problem -> assertThat(problem.problem()).contains("tidak ada baris rekening"));
  }

  @Test
  void the_central_line_is_diskominfos_own_sub_activity_and_keeps_what_revocations_moved_into_it() {
    String central = budgets.centralOfficeOf(Tenants.DEFAULT);
    String csv = HEADER
        + "DISKOMINFO;2.16.03.1.02.0004;" + INTERNET + ";1.200.000.000;0;DPA\n"
        + "DISKOMINFO;" + SUB + ";" + INTERNET + ";24.000.000;2.000.000;DPA\n";

    load(csv);

    BudgetLine line = budgets.centralLine(Tenants.DEFAULT, FISCAL_YEAR).orElseThrow();
    assertThat(line.opdCode()).isEqualTo(central);
    assertThat(line.subActivityCode()).isEqualTo("2.16.03.1.02.0004");
    assertThat(line.amountRupiah()).isEqualByComparingTo("1200000000");
    // Diskominfo's own internet line is a line of its own
    assertThat(budgets.line(central, FISCAL_YEAR).orElseThrow().amountRupiah()).isEqualByComparingTo("24000000");
  }

  private Report load(String csv) {
    return loading.load(Tenants.DEFAULT, FISCAL_YEAR, new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "bpkad");
  }

  private Refused refuse(String csv) {
    return catchThrowableOfType(Refused.class, () -> load(csv));
  }

}
