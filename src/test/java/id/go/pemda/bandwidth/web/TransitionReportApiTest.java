package id.go.pemda.bandwidth.web;

import static id.go.pemda.bandwidth.support.TransitionDriver.ownIspSite;
import static id.go.pemda.bandwidth.support.TransitionDriver.survey;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.pemda.bandwidth.budget.BudgetInstrument;
import id.go.pemda.bandwidth.budget.BudgetService;
import id.go.pemda.bandwidth.coordination.CoordinationService;
import id.go.pemda.bandwidth.identity.Groups;
import id.go.pemda.bandwidth.process.contract.TransitionContract;
import id.go.pemda.bandwidth.shared.PemdaZone;
import id.go.pemda.bandwidth.support.ApplicationTest;
import id.go.pemda.bandwidth.support.TestOpds;
import id.go.pemda.bandwidth.support.TimeTravel;
import id.go.pemda.bandwidth.support.TransitionDriver;
import id.go.pemda.bandwidth.support.WebappSession;
import id.go.pemda.bandwidth.tenant.Tenants;
import id.go.pemda.bandwidth.transition.OpdTransition;
import id.go.pemda.bandwidth.transition.TransitionService;
import id.go.pemda.bandwidth.web.cockpit.TransitionDashboardPlugin;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The transition report ({@code /api/reports/transition}) and the Cockpit dashboard's resource,
 * over HTTP, on a fiscal year of this class driven through the process: OPD A through the Sekda's
 * approval to BPKAD's move (two own-ISP sites), OPD B waiting for Icon+ with an unanswered
 * complaint past its deadline, OPD C at its survey with a deadline ten days off.
 */
@ApplicationTest
class TransitionReportApiTest {

  private static final int FISCAL_YEAR = 2041;
  /** 1 October 2040, 09.00 WITA: the APBD 2041 is not adopted yet, so the line is left out of the RKA. */
  private static final Instant START = Instant.parse("2040-10-01T01:00:00Z");
  private static final String OPD_A = "UJI-DASBOR-A";
  private static final String OPD_B = "UJI-DASBOR-B";
  private static final String OPD_C = "UJI-DASBOR-C";
  private static final String OPD_C_USER = "opd.uji-dasbor-c";
  private static final String OUTSIDER = "tamu.dasbor";
  private static final BigDecimal PAGU = new BigDecimal("72000000");
  private static final String REPORT = "/api/reports/transition?fiscalYear=" + FISCAL_YEAR;
  private static final String PLUGIN = "/camunda/api/cockpit/plugin/" + TransitionDashboardPlugin.ID;

  // the fiscal year is built once; every test reads it at the moment the setup ended
  private static Instant readAt;
  private static Map<String, Long> transitionIds;

  @Autowired TestRestTemplate http;
  @Autowired TransitionDriver driver;
  @Autowired TestOpds opds;
  @Autowired BudgetService budgets;
  @Autowired TransitionService transitions;
  @Autowired CoordinationService coordination;
  @Autowired IdentityService identity;
  @Autowired ObjectMapper json;

  @BeforeEach
  void fiscalYearOfThisClass() {
    if (readAt == null) {
      TimeTravel.to(START);
      build();
      readAt = TimeTravel.now();
    }
    TimeTravel.to(readAt);
  }

  @Test
  void the_report_counts_each_opd_and_the_totals() {
    JsonNode report = getJson("sekda", REPORT);

    assertThat(report.get("fiscalYear").asInt()).isEqualTo(FISCAL_YEAR);
    assertThat(report.get("today").asText()).isEqualTo(PemdaZone.WITA.today(Clock.fixed(readAt, PemdaZone.WITA.zone())).toString());
    JsonNode rows = report.get("rows");
    assertThat(rows).extracting(row -> row.get("opdCode").asText()).containsExactly(OPD_A, OPD_B, OPD_C);

    OpdTransition a = transitions.require(transitionIds.get(OPD_A));
    JsonNode rowA = rows.get(0);
    assertThat(rowA.get("stage").asText()).isEqualTo("ISP_TERMINATION");
    assertThat(rowA.get("stageLabel").asText()).isEqualTo("Pemutusan kontrak ISP lama");
    assertThat(Instant.parse(rowA.get("since").asText())).isEqualTo(a.budgetRevokedAt());
    assertThat(rowA.get("sitesConnected").asInt()).isEqualTo(2);
    assertThat(rowA.get("sitesTotal").asInt()).isEqualTo(2);
    assertThat(rowA.get("bandwidthAgreedMbps").asInt())
        .isPositive()
        .isEqualTo(coordination.currentPlans(a.id()).stream().mapToInt(plan -> plan.agreement().agreedMbps()).sum());
    // two sites at Rp 2.500.000 a month on their own ISP, Rp 1.500.000 each on the central network
    assertThat(rowA.get("oldYearlyCostRupiah").decimalValue()).isEqualByComparingTo("60000000");
    assertThat(rowA.get("newYearlyCostRupiah").decimalValue()).isEqualByComparingTo("36000000");
    assertThat(rowA.get("yearlySavingRupiah").decimalValue()).isEqualByComparingTo("24000000");
    BigDecimal movedA = budgets.line(OPD_A, FISCAL_YEAR).orElseThrow().movedAmountRupiah();
    assertThat(movedA).isPositive();
    assertThat(rowA.get("budgetMovedRupiah").decimalValue()).isEqualByComparingTo(movedA);
    assertThat(rowA.get("deadlineRisk").asText()).isEqualTo("DONE");
    assertThat(rowA.get("processInstanceId").asText()).isEqualTo(a.processInstanceId());

    JsonNode rowB = rows.get(1);
    assertThat(rowB.get("stage").asText()).isEqualTo("CONNECTION");
    assertThat(rowB.get("sitesConnected").asInt()).isZero();
    assertThat(rowB.get("sitesTotal").asInt()).isEqualTo(1);
    assertThat(rowB.get("yearlySavingRupiah").decimalValue()).isEqualByComparingTo("18000000");
    assertThat(rowB.get("openComplaints").asInt()).isEqualTo(1);
    assertThat(rowB.get("responseBreaches").asInt()).isEqualTo(1);
    assertThat(rowB.get("daysLeft").asLong()).isEqualTo(-1);
    assertThat(rowB.get("deadlineRisk").asText()).isEqualTo("OVERDUE");
    assertThat(rowB.get("budgetMovedRupiah").decimalValue()).isZero();

    JsonNode rowC = rows.get(2);
    assertThat(rowC.get("stage").asText()).isEqualTo("SURVEY");
    assertThat(rowC.get("oldYearlyCostRupiah").isNull()).isTrue();
    assertThat(rowC.get("yearlySavingRupiah").isNull()).isTrue();
    assertThat(rowC.get("daysLeft").asLong()).isEqualTo(8);
    assertThat(rowC.get("deadlineRisk").asText()).isEqualTo("AT_RISK");
    assertThat(rowC.get("deadlineRiskLabel").asText()).isEqualTo("Berisiko terlambat");

    JsonNode summary = report.get("summary");
    assertThat(summary.get("opds").asInt()).isEqualTo(3);
    assertThat(summary.get("sites").asInt()).isEqualTo(3);
    assertThat(summary.get("sitesConnected").asInt()).isEqualTo(2);
    assertThat(summary.get("opdsAtRisk").asInt()).isEqualTo(1);
    assertThat(summary.get("opdsOverdue").asInt()).isEqualTo(1);
    assertThat(summary.get("openComplaints").asInt()).isEqualTo(1);
    assertThat(summary.get("responseBreaches").asInt()).isEqualTo(1);
    assertThat(summary.get("plannedYearlySavingRupiah").decimalValue()).isEqualByComparingTo("42000000");
    assertThat(summary.get("realizedYearlySavingRupiah").decimalValue()).isEqualByComparingTo("24000000");
    assertThat(summary.get("budgetMovedRupiah").decimalValue()).isEqualByComparingTo(movedA);
    assertThat(summary.get("stages")).extracting(stage -> stage.get("stage").asText())
        .containsExactly("SURVEY", "COORDINATION", "CONNECTION", "MONITORING", "REVOCATION_APPROVAL",
            "BUDGET_REVOCATION", "ISP_TERMINATION", "COMPLETED");
    assertThat(summary.get("stages"))
        .filteredOn(stage -> stage.get("opds").asInt() > 0)
        .extracting(stage -> stage.get("stage").asText() + ":" + stage.get("opds") + "/" + stage.get("sites"))
        .containsExactly("SURVEY:1/0", "CONNECTION:1/1", "ISP_TERMINATION:1/2");
  }

  @Test
  void the_city_roles_read_every_row_and_one_program_narrows_it() {
    for (String user : List.of("diskominfo", "bpkad", "kadis")) {
      assertThat(getJson(user, REPORT).get("rows")).as(user).hasSize(3);
    }
    OpdTransition b = transitions.require(transitionIds.get(OPD_B));

    JsonNode program = getJson("sekda", REPORT + "&programId=" + b.campaignId());

    assertThat(program.get("rows")).extracting(row -> row.get("opdCode").asText()).containsExactly(OPD_B);
    assertThat(getJson("sekda", "/api/reports/programs"))
        .anySatisfy(listed -> {
          assertThat(listed.get("id").asLong()).isEqualTo(b.campaignId());
          assertThat(listed.get("fiscalYear").asInt()).isEqualTo(FISCAL_YEAR);
          assertThat(listed.get("opds").asInt()).isEqualTo(1);
        });
  }

  @Test
  void the_csv_opens_in_an_indonesian_spreadsheet() {
    ResponseEntity<byte[]> response = get("sekda", REPORT, "text/csv", byte[].class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getHeaders().getContentType().toString()).isEqualTo("text/csv;charset=UTF-8");
    assertThat(response.getHeaders().getContentDisposition().getFilename()).isEqualTo("transisi-bandwidth-2041.csv");
    byte[] body = response.getBody();
    assertThat(body).startsWith(0xEF, 0xBB, 0xBF);
    String[] lines = new String(body, StandardCharsets.UTF_8).substring(1).split("\r\n");
    assertThat(lines).hasSize(4);
    assertThat(lines[0]).isEqualTo(
        "Kode OPD;Nama OPD;Pemusatan;Tahapan;Sejak (WITA);Titik terhubung;Jumlah titik;Titik dikecualikan;"
            + "Bandwidth disepakati (Mbps);Biaya lama per tahun (Rp);Biaya baru per tahun (Rp);"
            + "Penghematan per tahun (Rp);Keluhan terbuka;Keluhan melewati batas respons;Tiket gangguan terbuka;"
            + "Tenggat;Sisa hari;Status tenggat;Anggaran dipindahkan (Rp);ID instance proses");
    String[] a = lines[1].split(";", -1);
    assertThat(a).hasSize(20);
    assertThat(a[0]).isEqualTo(OPD_A);
    assertThat(a[3]).isEqualTo("Pemutusan kontrak ISP lama");
    assertThat(a[4]).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}");
    assertThat(List.of(a[9], a[10], a[11])).containsExactly("60000000", "36000000", "24000000");
    assertThat(a[18]).isEqualTo(budgets.line(OPD_A, FISCAL_YEAR).orElseThrow().movedAmountRupiah().toPlainString());
    assertThat(a[15]).isEqualTo("2040-12-31");
    String[] c = lines[3].split(";", -1);
    assertThat(List.of(c[0], c[9], c[10], c[11], c[16])).containsExactly(OPD_C, "", "", "", "8");
  }

  @Test
  void an_opd_reads_only_its_own_rows() {
    JsonNode report = getJson(OPD_C_USER, REPORT);

    assertThat(report.get("rows")).extracting(row -> row.get("opdCode").asText()).containsExactly(OPD_C);
    assertThat(report.get("summary").get("opds").asInt()).isEqualTo(1);
    assertThat(report.get("summary").get("budgetMovedRupiah").decimalValue()).isZero();
    assertThat(getJson(OPD_C_USER, REPORT + "&programId=" + transitions.require(transitionIds.get(OPD_A)).campaignId())
            .get("rows"))
        .isEmpty();
    assertThat(getJson(OPD_C_USER, "/api/reports/programs"))
        .extracting(program -> program.get("id").asLong())
        .containsExactly(transitions.require(transitionIds.get(OPD_C)).campaignId());
  }

  @Test
  void another_pemda_reads_none_of_these_rows_through_the_api_or_its_dashboard() throws Exception {
    Long program = transitions.require(transitionIds.get(OPD_A)).campaignId();

    JsonNode ppu = getJson("ppu.sekda", REPORT);
    assertThat(ppu.get("rows")).isEmpty();
    assertThat(ppu.get("summary").get("opds").asInt()).isZero();
    assertThat(getJson("ppu.sekda", REPORT + "&programId=" + program).get("rows")).isEmpty();
    assertThat(getJson("ppu.sekda", "/api/reports/programs"))
        .extracting(listed -> listed.get("id").asLong())
        .doesNotContain(program);
    assertThat(get("ppu.sekda", REPORT, "text/csv", String.class).getBody()).doesNotContain(OPD_A);

    WebappSession ppuCockpit = WebappSession.login(http, "ppu.sekda", "cockpit");
    assertThat(ppuCockpit.loginStatus()).isEqualTo(200);
    assertThat(json.readTree(ppuCockpit.get(PLUGIN + "/default/report?fiscalYear=" + FISCAL_YEAR).getBody())
            .get("rows"))
        .isEmpty();
    // the administrator belongs to no Pemda, so reads no Pemda's report
    assertThat(get("admin", REPORT, "application/json", String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void others_are_refused_and_bad_input_names_its_field() {
    assertThat(get(OUTSIDER, REPORT, "application/json", String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(get(OUTSIDER, REPORT, "text/csv", String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<String> anonymous =
        http.exchange(REPORT, HttpMethod.GET, new HttpEntity<>(new HttpHeaders()), String.class);
    assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    // an unknown user (a wrong password would lock a shared user for seconds: the engine's login throttle)
    assertThat(http.withBasicAuth("tidak.terdaftar", "demo").getForEntity(REPORT, String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);

    for (String query : List.of("", "?fiscalYear=dua", "?fiscalYear=1999")) {
      ResponseEntity<String> bad = get("sekda", "/api/reports/transition" + query, "application/json", String.class);
      assertThat(bad.getStatusCode()).as(query).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(bad.getBody()).as(query).contains("\"field\":\"fiscalYear\"");
    }
    ResponseEntity<String> badCsv = get("sekda", REPORT + "&programId=x", "text/csv", String.class);
    assertThat(badCsv.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(badCsv.getBody()).contains("\"field\":\"programId\"");
  }

  @Test
  void the_cockpit_dashboard_reads_the_same_report_through_the_session() throws Exception {
    WebappSession sekda = WebappSession.login(http, "sekda", "cockpit");
    assertThat(sekda.loginStatus()).isEqualTo(200);

    ResponseEntity<String> fromCockpit = sekda.get(PLUGIN + "/default/report?fiscalYear=" + FISCAL_YEAR);

    assertThat(fromCockpit.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(json.readTree(fromCockpit.getBody())).isEqualTo(getJson("sekda", REPORT));
    assertThat(json.readTree(sekda.get(PLUGIN + "/default/programs").getBody()))
        .isEqualTo(getJson("sekda", "/api/reports/programs"));
    ResponseEntity<String> bad = sekda.get(PLUGIN + "/default/report?fiscalYear=abc");
    assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(bad.getBody()).contains("\"field\":\"fiscalYear\"");

    WebappSession diskominfo = WebappSession.login(http, "diskominfo", "cockpit");
    assertThat(json.readTree(diskominfo.get(PLUGIN + "/default/report?fiscalYear=" + FISCAL_YEAR).getBody())
            .get("rows"))
        .hasSize(3);
  }

  @Test
  void the_cockpit_resource_refuses_a_request_without_a_session() {
    ResponseEntity<String> anonymous = http.getForEntity(PLUGIN + "/default/report?fiscalYear=" + FISCAL_YEAR, String.class);

    assertThat(anonymous.getStatusCode().value()).isIn(401, 403);
    assertThat(anonymous.getBody()).doesNotContain(OPD_A);
  }

  @Test
  void cockpit_serves_the_plugin_and_lists_it() {
    ResponseEntity<String> script = http.getForEntity(PLUGIN + "/static/app/plugin.js", String.class);

    assertThat(script.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(script.getHeaders().getContentType().toString()).contains("javascript");
    assertThat(script.getBody())
        .contains("export default [", "pluginPoint: 'cockpit.route'", "pluginPoint: 'cockpit.navigation'",
            "const LABEL = 'Transisi Bandwidth'", "card('opd-count'", "'data-opd': row.opdCode",
            "#/process-instance/");
    String cockpit = WebappSession.login(http, "sekda", "cockpit").get("/camunda/app/cockpit/default/").getBody();
    assertThat(cockpit).contains(TransitionDashboardPlugin.ID);
  }

  // ---------------------------------------------------------------- the fiscal year of this class

  private void build() {
    String a = opds.register(OPD_A);
    String b = opds.register(OPD_B);
    String c = opds.register(OPD_C);
    ensureUser(OPD_C_USER, Groups.opd(c));
    ensureUser(OUTSIDER, null);

    budgets.record(a, FISCAL_YEAR, PAGU, BigDecimal.ZERO);
    ProcessInstance instanceA = driver.start(a, FISCAL_YEAR);
    driver.order(instanceA, survey(
        ownIspSite("Kantor " + a, 2_500_000L, "2040-12-31"), ownIspSite("Gudang " + a, 2_500_000L, "2040-12-31")));
    driver.confirmInstallations(instanceA);
    driver.acceptAll(instanceA);
    driver.passMonitoring(instanceA);
    driver.confirmMonitoringEnd(instanceA);
    driver.complete(driver.task(instanceA, TransitionContract.TASK_APPROVE_BUDGET_REVOCATION),
        Map.of("revocationDecision", "APPROVE"));
    driver.complete(driver.task(instanceA, TransitionContract.TASK_RECORD_BUDGET_REVOCATION),
        Map.of("instrument", BudgetInstrument.RKA_NOT_PROPOSED.name(), "documentNumber", "BA-TAPD/07/2040",
            "documentDate", PemdaZone.WITA.today(Clock.fixed(TimeTravel.now(), PemdaZone.WITA.zone())).toString()));

    // B's deadline is tomorrow; two days on it is one day overdue, and its complaint unanswered
    ProcessInstance instanceB = driver.start(b, FISCAL_YEAR, TimeTravel.now().plus(Duration.ofDays(1)));
    driver.order(instanceB, survey(ownIspSite("Kantor " + b, 3_000_000L, "2040-12-31")));
    driver.fileComplaint(b, "LINK_DOWN", "Jaringan kantor putus sejak pagi");

    driver.start(c, FISCAL_YEAR, TimeTravel.now().plus(Duration.ofDays(10)));
    TimeTravel.advance(Duration.ofDays(2));

    transitionIds = Map.of(
        OPD_A, transitions.latestOf(a).orElseThrow().id(),
        OPD_B, transitions.latestOf(b).orElseThrow().id(),
        OPD_C, transitions.latestOf(c).orElseThrow().id());
  }

  private void ensureUser(String userId, String groupId) {
    if (identity.createUserQuery().userId(userId).count() == 0) {
      User user = identity.newUser(userId);
      user.setFirstName("Uji");
      user.setLastName("Dasbor");
      user.setPassword("demo");
      identity.saveUser(user);
    }
    if (groupId != null) {
      if (identity.createGroupQuery().groupId(groupId).count() == 0) {
        identity.saveGroup(identity.newGroup(groupId));
      }
      // a group's Pemda is its tenant membership, as onboarding creates it
      if (identity.createTenantQuery().groupMember(groupId).count() == 0) {
        identity.createTenantGroupMembership(Tenants.of(groupId), groupId);
      }
      if (identity.createUserQuery().userId(userId).memberOfGroup(groupId).count() == 0) {
        identity.createMembership(userId, groupId);
      }
    }
  }

  private JsonNode getJson(String user, String path) {
    ResponseEntity<JsonNode> response = get(user, path, MediaType.APPLICATION_JSON_VALUE, JsonNode.class);
    assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
    return response.getBody();
  }

  private <T> ResponseEntity<T> get(String user, String path, String accept, Class<T> type) {
    HttpHeaders headers = new HttpHeaders();
    headers.set(HttpHeaders.ACCEPT, accept);
    return http.withBasicAuth(user, "demo").exchange(path, HttpMethod.GET, new HttpEntity<>(headers), type);
  }
}
