package id.go.pemda.bandwidth.web;

import id.go.pemda.bandwidth.report.TransitionReport;
import id.go.pemda.bandwidth.report.TransitionReportRow;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The report as a spreadsheet opens it in Indonesia: UTF-8 with a byte order mark (so Excel reads
 * the OPD names right), semicolons between fields (the comma is the decimal separator there),
 * rupiah as whole numbers without grouping, times in the Pemda's zone (WIB, WITA or WIT).
 */
final class TransitionReportCsv {

  static final String MEDIA_TYPE = "text/csv";
  private static final String BOM = "\uFEFF";
  private static final String SEPARATOR = ";";
  private static final String FORMULA_START = "=+-@\t\r";
  private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");
  private static final List<String> HEADER =
      List.of(
          "Kode OPD", "Nama OPD", "Pemusatan", "Tahapan", "Sejak (%s)", "Titik terhubung", "Jumlah titik",
          "Titik dikecualikan", "Bandwidth disepakati (Mbps)", "Biaya lama per tahun (Rp)",
          "Biaya baru per tahun (Rp)", "Penghematan per tahun (Rp)", "Keluhan terbuka",
          "Keluhan melewati batas respons", "Tiket gangguan terbuka", "Tenggat", "Sisa hari", "Status tenggat",
          "Anggaran dipindahkan (Rp)", "ID instance proses");

  private TransitionReportCsv() {}

  static byte[] render(TransitionReport report) {
    ZoneId zone = report.zone().zone();
    List<String> header = HEADER.stream().map(title -> title.formatted(report.zone().name())).toList();
    String body =
        Stream.concat(Stream.of(header), report.rows().stream().map(row -> fields(row, zone)))
            .map(fields -> fields.stream().map(TransitionReportCsv::quoted).collect(Collectors.joining(SEPARATOR)))
            .collect(Collectors.joining("\r\n", BOM, "\r\n"));
    return body.getBytes(StandardCharsets.UTF_8);
  }

  private static List<String> fields(TransitionReportRow row, ZoneId zone) {
    return List.of(
        text(row.opdCode()), text(row.opdName()), text(row.programName()), text(row.stageLabel()), moment(row.since(), zone),
        String.valueOf(row.sitesConnected()), String.valueOf(row.sitesTotal()), String.valueOf(row.sitesExempted()),
        String.valueOf(row.bandwidthAgreedMbps()), rupiah(row.oldYearlyCostRupiah()),
        rupiah(row.newYearlyCostRupiah()), rupiah(row.yearlySavingRupiah()), String.valueOf(row.openComplaints()),
        String.valueOf(row.responseBreaches()), String.valueOf(row.openTroubleTickets()), DAY.format(row.deadline().atZone(zone)),
        String.valueOf(row.daysLeft()), text(row.deadlineRiskLabel()), rupiah(row.budgetMovedRupiah()),
        text(row.processInstanceId()));
  }

  /**
   * A text a user typed (a program's name, an OPD's name) never becomes a formula when the sheet
   * opens: a cell starting with {@code = + - @}, a tab or a carriage return gets a leading
   * apostrophe (OWASP's rule for CSV injection). Numbers are the application's own and stay numbers.
   */
  static String text(String value) {
    if (value == null || value.isEmpty()) {
      return value == null ? "" : value;
    }
    return FORMULA_START.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
  }

  private static String moment(Instant instant, ZoneId zone) {
    return instant == null ? "" : MOMENT.format(instant.atZone(zone));
  }

  /** Whole rupiah, no grouping: a spreadsheet reads it as a number. An unknown amount is empty. */
  private static String rupiah(BigDecimal amount) {
    return amount == null ? "" : amount.setScale(0, RoundingMode.HALF_UP).toPlainString();
  }

  private static String quoted(String field) {
    if (field.contains(SEPARATOR) || field.contains("\"") || field.contains("\n") || field.contains("\r")) {
      return "\"" + field.replace("\"", "\"\"") + "\"";
    }
    return field;
  }
}
