package id.go.pemda.bandwidth.shared.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one CSV reader of every import: separators, BOM, quotes, typed fields, errors by line. */
class CsvImportTest {

  private static final List<String> COLUMNS = List.of("kode_opd", "uraian", "pagu", "tahun");

  /** A budget line as BPKAD's import will read it. */
  record Line(int row, String opd, String text, BigDecimal pagu, int year) {}

  private static CsvResult<Line> read(String csv) {
    return read(csv.getBytes(StandardCharsets.UTF_8));
  }

  private static CsvResult<Line> read(byte[] csv) {
    return CsvImport.read(csv, COLUMNS, row -> {
      String opd = row.text("kode_opd", 10);
      String text = row.text("uraian", 100);
      BigDecimal pagu = row.rupiah("pagu");
      Integer year = row.integer("tahun");
      return row.ok() ? new Line(row.line(), opd, text, pagu, year) : null;
    });
  }

  @Test
  void an_indonesian_excel_file_with_semicolons_a_bom_and_quoted_fields_is_read_by_column_name() {
    String csv = "\uFEFFtahun;kode_opd;uraian;pagu;catatan\r\n"
        + "2027;DINKES;\"Belanja internet; kantor, puskesmas\";1.250.000;\r\n"
        + "\r\n"
        + "2027;DISDIK;\"Sekolah \"\"Negeri\"\" 1\";Rp 36.000.000,00;abaikan\r\n";

    CsvResult<Line> result = read(csv);

    assertThat(result.problems()).isEmpty();
    assertThat(result.rows()).containsExactly(
        new Line(2, "DINKES", "Belanja internet; kantor, puskesmas", new BigDecimal("1250000"), 2027),
        new Line(4, "DISDIK", "Sekolah \"Negeri\" 1", new BigDecimal("36000000"), 2027));
  }

  @Test
  void a_comma_file_with_a_quoted_comma_and_a_line_break_inside_quotes_keeps_the_line_numbers() {
    String csv = "kode_opd,uraian,pagu,tahun\n"
        + "DINKES,\"Jl. Basuki Rahmat No. 1,\nBugis\",1250000,2027\n"
        + "DISDIK,Sekolah,abc,2027\n";

    CsvResult<Line> result = read(csv);

    assertThat(result.problems()).extracting(CsvProblem::toString)
        .containsExactly("line 4: pagu: 'abc' bukan jumlah rupiah; tulis 1250000, 1.250.000 atau 1.250.000,00");
    assertThat(result.goodRows()).extracting(Line::text).containsExactly("Jl. Basuki Rahmat No. 1,\nBugis");
  }

  @Test
  void every_bad_row_is_named_by_its_line_and_the_file_is_refused_whole() {
    String csv = "kode_opd;uraian;pagu;tahun\n"
        + "DINKES;Internet;1.250.000;2027\n"
        + ";Internet;1.250.000;dua ribu\n"
        + "DISDIK;Internet;1,250,000;2027\n"
        + "DLH;Internet;1250000\n";

    CsvResult<Line> result = read(csv);

    assertThat(result.accepted()).isFalse();
    assertThat(result.problems()).extracting(CsvProblem::toString).containsExactly(
        "line 3: kode_opd: wajib diisi",
        "line 3: tahun: harus bilangan bulat, bukan 'dua ribu'",
        "line 4: pagu: '1,250,000' bukan jumlah rupiah; tulis 1250000, 1.250.000 atau 1.250.000,00",
        "line 5: row: harus 4 kolom kode_opd,uraian,pagu,tahun, ada 3");
    assertThatThrownBy(result::rows).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> result.rowsOrThrow("Anggaran.csv"))
        .hasMessageStartingWith("Anggaran.csv has errors: line 3: kode_opd: wajib diisi (;Internet;1.250.000;dua ribu)");
  }

  @Test
  void a_header_without_an_expected_column_is_refused_on_line_1() {
    assertThat(read("kode_opd;uraian;jumlah;tahun\nDINKES;Internet;1;2027\n").problems())
        .extracting(CsvProblem::toString)
        .containsExactly("line 1: header: baris pertama harus berupa header kode_opd,uraian,pagu,tahun");
    assertThat(read("").problems()).extracting(CsvProblem::line).containsExactly(1);
  }

  @Test
  void a_quote_left_open_is_named_by_the_line_where_its_record_starts() {
    String csv = "kode_opd,uraian,pagu,tahun\nDINKES,Internet,1,2027\n\nDISDIK,\"Internet,1,2027\nDLH,x,1,2027\n";

    assertThat(read(csv).problems()).extracting(CsvProblem::line).containsExactly(4);
  }

  @Test
  void a_file_that_is_not_utf8_is_refused_naming_the_line_of_the_first_bad_byte() {
    byte[] windows1252 = "kode_opd,uraian,pagu,tahun\nDINKES,Caf\u00e9,1,2027\n".getBytes(StandardCharsets.ISO_8859_1);

    assertThat(read(windows1252).problems()).extracting(CsvProblem::toString)
        .containsExactly("line 2: row: berkas bukan UTF-8; simpan sebagai \"CSV UTF-8\"");
  }

  @Test
  void more_problems_than_the_limit_end_in_one_line_that_counts_the_rest() {
    StringBuilder csv = new StringBuilder("kode_opd,uraian,pagu,tahun\n");
    for (int i = 0; i < CsvImport.MAX_PROBLEMS + 5; i++) {
      csv.append("DINKES,Internet,x,2027\n");
    }

    List<CsvProblem> problems = read(csv.toString()).problems();

    assertThat(problems).hasSize(CsvImport.MAX_PROBLEMS + 1);
    assertThat(problems.get(CsvImport.MAX_PROBLEMS).toString())
        .isEqualTo("line 106: row: dan 5 masalah lain sampai baris ini; perbaiki yang di atas dulu");
  }

  @Test
  void rupiah_is_read_as_indonesian_exports_write_it() {
    assertThat(CsvRow.parseRupiah("1250000")).isEqualByComparingTo("1250000");
    assertThat(CsvRow.parseRupiah("1.250.000")).isEqualByComparingTo("1250000");
    assertThat(CsvRow.parseRupiah("1.250.000,00")).isEqualTo(new BigDecimal("1250000"));
    assertThat(CsvRow.parseRupiah("1.250.000,5")).isEqualTo(new BigDecimal("1250000.5"));
    assertThat(CsvRow.parseRupiah("Rp 1.250.000")).isEqualByComparingTo("1250000");
    assertThat(CsvRow.parseRupiah("Rp.0")).isEqualByComparingTo("0");
    assertThat(CsvRow.parseRupiah("1.250")).isEqualByComparingTo("1250");
    // ambiguous or not rupiah: refused rather than guessed
    for (String refused : List.of("1,250,000", "1250000.00", "1.25", "1 250 000", "-1000", "1.250.000,123", "12.50.000")) {
      assertThat(CsvRow.parseRupiah(refused)).as(refused).isNull();
    }
  }

  @Test
  void the_separator_is_the_one_the_header_holds_more_of_outside_quotes() {
    assertThat(CsvImport.delimiterOf("a;b;c")).isEqualTo(';');
    assertThat(CsvImport.delimiterOf("a,b,c")).isEqualTo(',');
    assertThat(CsvImport.delimiterOf("\"a,b,c\";d")).isEqualTo(';');
    assertThat(CsvImport.delimiterOf("a")).isEqualTo(',');
  }
}
