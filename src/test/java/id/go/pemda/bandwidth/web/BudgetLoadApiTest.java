package id.go.pemda.bandwidth.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.pemda.bandwidth.budget.BudgetLine;
import id.go.pemda.bandwidth.budget.BudgetService;
import id.go.pemda.bandwidth.support.ApplicationTest;
import id.go.pemda.bandwidth.support.TestOpds;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * {@code POST /api/budget/lines} over HTTP: BPKAD loads a CSV as the body or as an upload, the
 * Sekda reads the lines; a bad row is a 400 naming it, another Pemda's OPD an unknown one.
 */
@ApplicationTest
class BudgetLoadApiTest {

  // Tests share one database: this fiscal year and these OPDs belong to this class.
  private static final int FISCAL_YEAR = 2058;
  private static final String PATH = "/api/budget/lines?fiscalYear=" + FISCAL_YEAR;
  private static final String HEADER = "kode_opd;kode_sub_kegiatan;kode_rekening;pagu;realisasi;dokumen\n";

  @Autowired TestRestTemplate http;
  @Autowired TestOpds opds;
  @Autowired BudgetService budgets;

  @Test
  void bpkad_loads_a_csv_body_and_the_sekda_reads_the_lines() {
    String opd = opds.register("UJI-API-MUAT");
    String csv = HEADER + opd + ";1.02.01.1.02.0001;" + BudgetLine.INTERNET_ACCOUNT + ";\"60.000.000\";5.000.000;DPA\n";

    ResponseEntity<JsonNode> loaded = postCsv("bpkad", csv);

    assertThat(loaded.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(loaded.getBody().get("inserted").asInt()).isEqualTo(1);
    assertThat(loaded.getBody().get("rows").get(0).get("outcome").asText()).isEqualTo("INSERTED");
    JsonNode report = http.withBasicAuth("sekda", "demo").getForObject(PATH, JsonNode.class);
    assertThat(report.get("lines")).anySatisfy(line -> {
      assertThat(line.get("opdCode").asText()).isEqualTo(opd);
      assertThat(line.get("amountRupiah").decimalValue()).isEqualByComparingTo("60000000");
      assertThat(line.get("realizedAmountRupiah").decimalValue()).isEqualByComparingTo("5000000");
    });
  }

  @Test
  void bpkad_uploads_the_file_as_multipart() {
    String opd = opds.register("UJI-API-UNGGAH");
    String csv = HEADER + opd + ";1.02.01.1.02.0001;" + BudgetLine.INTERNET_ACCOUNT + ";36000000;0;DPA\n";
    MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    parts.add("csv", new ByteArrayResource(csv.getBytes(StandardCharsets.UTF_8)) {
      @Override
      public String getFilename() {
        return "anggaran.csv";
      }
    });
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);

    ResponseEntity<JsonNode> loaded = http.withBasicAuth("bpkad", "demo")
        .exchange(PATH, HttpMethod.POST, new HttpEntity<>(parts, headers), JsonNode.class);

    assertThat(loaded.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(budgets.line(opd, FISCAL_YEAR).orElseThrow().amountRupiah()).isEqualByComparingTo("36000000");
  }

  @Test
  void a_bad_row_is_a_400_naming_its_line_and_column_and_nothing_is_stored() {
    String opd = opds.register("UJI-API-TOLAK");
    String csv = HEADER
        + opd + ";1.02.01.1.02.0001;" + BudgetLine.INTERNET_ACCOUNT + ";36000000;0;DPA\n"
        + opd + "-X;1.02.01.1.02.0001;" + BudgetLine.INTERNET_ACCOUNT + ";36000000;0;DPA\n";

    ResponseEntity<JsonNode> refused = postCsv("bpkad", csv);

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody().get("errors").get(0).get("field").asText()).isEqualTo("csv");
    JsonNode row = refused.getBody().get("rejectedRows").get(0);
    assertThat(row.get("line").asInt()).isEqualTo(3);
    assertThat(row.get("column").asText()).isEqualTo("kode_opd");
    assertThat(row.get("problem").asText()).contains("tidak dikenal");
    assertThat(budgets.line(opd, FISCAL_YEAR)).isEmpty();
  }

  @Test
  void another_pemdas_bpkad_does_not_know_these_opds() {
    String opd = opds.register("UJI-API-LAIN");
    ResponseEntity<JsonNode> refused = postCsv("ppu.bpkad",
        HEADER + opd + ";1.02.01.1.02.0001;" + BudgetLine.INTERNET_ACCOUNT + ";36000000;0;DPA\n");

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody().get("rejectedRows").get(0).get("problem").asText()).contains("tidak dikenal");
  }

  @Test
  void only_bpkad_loads_and_a_missing_year_is_named() {
    for (String user : List.of("sekda", "diskominfo", "kadis")) {
      assertThat(postCsv(user, HEADER).getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
    }
    ResponseEntity<JsonNode> noYear = http.withBasicAuth("bpkad", "demo").exchange(
        "/api/budget/lines", HttpMethod.POST, new HttpEntity<>(HEADER, csvHeaders()), JsonNode.class);
    assertThat(noYear.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(noYear.getBody().get("errors").get(0).get("field").asText()).isEqualTo("fiscalYear");
    assertThat(postCsv("bpkad", "").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
  }

  private ResponseEntity<JsonNode> postCsv(String user, String csv) {
    return http.withBasicAuth(user, "demo").exchange(PATH, HttpMethod.POST, new HttpEntity<>(csv, csvHeaders()), JsonNode.class);
  }

  private static HttpHeaders csvHeaders() {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(new MediaType("text", "csv", StandardCharsets.UTF_8));
    return headers;
  }
}
