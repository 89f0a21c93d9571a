package id.go.pemda.bandwidth.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.pemda.bandwidth.campaign.Campaign;
import id.go.pemda.bandwidth.campaign.CampaignService;
import id.go.pemda.bandwidth.campaign.TransitionDeadline;
import id.go.pemda.bandwidth.shared.PemdaZone;
import id.go.pemda.bandwidth.shared.Refusal;
import id.go.pemda.bandwidth.site.SiteKind;
import id.go.pemda.bandwidth.support.ApplicationTest;
import id.go.pemda.bandwidth.survey.SiteInternet;
import id.go.pemda.bandwidth.survey.SiteSurvey;
import id.go.pemda.bandwidth.survey.SurveyAnswers;
import id.go.pemda.bandwidth.survey.SurveyService;
import id.go.pemda.bandwidth.support.TestOpds;
import id.go.pemda.bandwidth.support.TimeTravel;
import id.go.pemda.bandwidth.tenant.Tenants;
import id.go.pemda.bandwidth.transition.OpdTransition;
import id.go.pemda.bandwidth.transition.TransitionService;
import id.go.pemda.bandwidth.transition.TransitionStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Moving an OPD's internet line on PostgreSQL: by the instrument the day allows, only the unspent
 * remainder, once per transition, raising Diskominfo's central line by exactly what moved.
 */
@ApplicationTest
class BudgetServiceTest {

  // Tests share one database: these fiscal years and OPDs belong to this class (the APBD 2035 is
  // adopted by 30 November 2034).
  private static final int FISCAL_YEAR = 2035;
  private static final int LARGE_FISCAL_YEAR = 2039;
  private static final String CENTRAL = "DISKOMINFO";
  /** A day of the fiscal year: a pergeseran and the APBD Perubahan apply. */
  private static final LocalDate IN_FISCAL_YEAR = LocalDate.parse("2035-01-10");

  @Autowired BudgetService budgets;
  @Autowired BudgetLineRepository lines;
  @Autowired CampaignService campaigns;
  @Autowired TransitionService transitions;
  @Autowired TestOpds opds;
  @Autowired JdbcTemplate jdbc;
  @Autowired SurveyService surveys;

  @BeforeEach
  void setUp() {
    TimeTravel.to(Instant.parse("2035-01-10T02:00:00Z"));
  }

  @Test
  void revoking_moves_the_unspent_remainder_and_raises_the_central_line_by_exactly_that_amount() {
    OpdTransition transition = transitionOf(opds.register("UJI-ANGGARAN-SISA"), FISCAL_YEAR);
    budgets.record(transition.opdCode(), FISCAL_YEAR, new BigDecimal("60000000"), new BigDecimal("15000000"));
    BigDecimal centralBefore = central(FISCAL_YEAR);

    BudgetLine moved = budgets.revoke(
        transition.id(), new RevocationDocument(BudgetInstrument.PERGESERAN, "Perwali 3/2035", IN_FISCAL_YEAR, "BA TAPD 2/2035"), "bpkad");

    assertThat(moved.status()).isEqualTo(BudgetStatus.REVOKED);
    assertThat(moved.amountRupiah()).isEqualByComparingTo("15000000");
    assertThat(moved.originalAmountRupiah()).isEqualByComparingTo("60000000");
    assertThat(moved.movement()).isEqualTo(new BudgetLine.Movement(
        new BigDecimal("45000000"), BudgetInstrument.PERGESERAN, "Perwali 3/2035", IN_FISCAL_YEAR,
        LocalDate.parse("2035-02-01"), TimeTravel.now(), "bpkad"));
    assertThat(lines.findById(moved.id()).orElseThrow().movedAmountRupiah()).isEqualByComparingTo("45000000");
    assertThat(central(FISCAL_YEAR).subtract(centralBefore)).isEqualByComparingTo("45000000");
    assertThat(movementsOf(transition))
        .singleElement()
        .satisfies(row -> {
          assertThat(row.get("from_opd_code")).isEqualTo(transition.opdCode());
          assertThat(row.get("to_opd_code")).isEqualTo(CENTRAL);
          assertThat((BigDecimal) row.get("amount_rupiah")).isEqualByComparingTo("45000000");
          assertThat(row.get("instrument")).isEqualTo("PERGESERAN");
          assertThat(row.get("document_number")).isEqualTo("Perwali 3/2035");
          assertThat(row.get("tapd_decision_number")).isEqualTo("BA TAPD 2/2035");
        });
    OpdTransition after = transitions.require(transition.id());
    assertThat(after.budgetRevokedAt()).isEqualTo(TimeTravel.now());
    // the stage follows the network, which has not started
    assertThat(after.status()).isEqualTo(TransitionStatus.SURVEY);
  }

  @Test
  void revoking_twice_changes_nothing() {
    OpdTransition transition = transitionOf(opds.register("UJI-ANGGARAN-DUA-KALI"), FISCAL_YEAR);
    budgets.record(transition.opdCode(), FISCAL_YEAR, new BigDecimal("36000000"), BigDecimal.ZERO);
    BudgetLine first = budgets.revoke(
        transition.id(), new RevocationDocument(BudgetInstrument.PERGESERAN, "Perwali 4/2035", IN_FISCAL_YEAR, "BA TAPD 2/2035"), "bpkad");
    BigDecimal centralAfterFirst = central(FISCAL_YEAR);

    BudgetLine second = budgets.revoke(
        transition.id(), new RevocationDocument(BudgetInstrument.APBD_PERUBAHAN, "Perda 9/2035", IN_FISCAL_YEAR.plusDays(3)),
        "someone-else");

    assertThat(second).isEqualTo(first);
    assertThat(lines.findById(first.id()).orElseThrow()).isEqualTo(first);
    assertThat(central(FISCAL_YEAR)).isEqualByComparingTo(centralAfterFirst);
    assertThat(movementsOf(transition)).hasSize(1);
  }

  @Test
  void an_instrument_the_day_does_not_allow_is_refused_and_nothing_is_written() {
    OpdTransition transition = transitionOf(opds.register("UJI-ANGGARAN-INSTRUMEN"), FISCAL_YEAR);
    BudgetLine line = budgets.record(transition.opdCode(), FISCAL_YEAR, new BigDecimal("36000000"), BigDecimal.ZERO);
    BigDecimal centralBefore = central(FISCAL_YEAR);

    // the day before the APBD 2035 is adopted only the RKA-SKPD can leave the line out
    assertThatThrownBy(() -> budgets.revoke(
        transition.id(), new RevocationDocument(BudgetInstrument.PERGESERAN, "Perwali 5/2035", LocalDate.parse("2034-11-29"), "BA TAPD 2/2035"), "bpkad"))
        .isInstanceOf(Refusal.class)
        .hasMessage("instrument: tidak berlaku pada 29 November 2034; yang berlaku: "
            + BudgetInstrument.RKA_NOT_PROPOSED.label());
    // and from the adoption on the RKA is no longer the instrument
    assertThatThrownBy(() -> budgets.revoke(
        transition.id(), new RevocationDocument(BudgetInstrument.RKA_NOT_PROPOSED, "BA TAPD 1/2034", LocalDate.parse("2034-11-30")), "bpkad"))
        .isInstanceOf(Refusal.class)
        .hasMessageContaining("instrument: tidak berlaku pada 30 November 2034");
    // between the adoption and 1 January nothing changes the adopted APBD, and a pergeseran names its TAPD decision
    assertThatThrownBy(() -> budgets.revoke(
        transition.id(), new RevocationDocument(BudgetInstrument.PERGESERAN, "Perwali 5/2035", LocalDate.parse("2034-12-10")), "bpkad"))
        .isInstanceOf(Refusal.class)
        .hasMessage("tapdDecisionNumber: wajib untuk pergeseran anggaran: nomor keputusan atau berita acara TAPD;"
            + " instrument: tidak berlaku pada 10 Desember 2034; pergeseran anggaran dan APBD Perubahan hanya dalam"
            + " tahun anggaran 2035, mulai 1 Januari 2035");

    assertThat(lines.findById(line.id()).orElseThrow()).isEqualTo(line);
    assertThat(central(FISCAL_YEAR)).isEqualByComparingTo(centralBefore);
    assertThat(movementsOf(transition)).isEmpty();
    assertThat(transitions.require(transition.id()).budgetRevokedAt()).isNull();
  }

  @Test
  void before_the_apbd_is_adopted_the_line_is_left_out_of_the_rka_from_the_first_day_of_the_year() {
    TimeTravel.to(Instant.parse("2034-06-02T02:00:00Z"));
    OpdTransition transition = transitionOf(opds.register("UJI-ANGGARAN-RKA"), FISCAL_YEAR);
    budgets.record(transition.opdCode(), FISCAL_YEAR, new BigDecimal("30000000"), BigDecimal.ZERO);

    BudgetLine moved = budgets.revoke(
        transition.id(), new RevocationDocument(BudgetInstrument.RKA_NOT_PROPOSED, "BA TAPD 7/2034", LocalDate.parse("2034-06-02")), "bpkad");

    assertThat(moved.movement().instrument()).isEqualTo(BudgetInstrument.RKA_NOT_PROPOSED);
    assertThat(moved.movement().effectiveFrom()).isEqualTo(LocalDate.parse("2035-01-01"));
    assertThat(moved.amountRupiah()).isEqualByComparingTo("0");
  }

  @Test
  void fifteen_digit_amounts_move_to_the_exact_rupiah() {
    TimeTravel.to(Instant.parse("2039-02-14T02:00:00Z"));
    OpdTransition transition = transitionOf(opds.register("UJI-ANGGARAN-BESAR"), LARGE_FISCAL_YEAR);
    budgets.record(transition.opdCode(), LARGE_FISCAL_YEAR, new BigDecimal("987654321012345"), new BigDecimal("12345"));
    BigDecimal centralBefore = central(LARGE_FISCAL_YEAR);

    BudgetLine moved = budgets.revoke(
        transition.id(), new RevocationDocument(BudgetInstrument.PERGESERAN, "Perwali 1/2039", LocalDate.parse("2039-02-14"), "BA TAPD 1/2039"), "bpkad");

    assertThat(moved.movement().movedAmountRupiah()).isEqualTo(new BigDecimal("987654321000000"));
    BudgetLine stored = lines.findById(moved.id()).orElseThrow();
    assertThat(stored.amountRupiah()).isEqualByComparingTo("12345");
    assertThat(stored.originalAmountRupiah()).isEqualByComparingTo("987654321012345");
    assertThat(stored.movedAmountRupiah()).isEqualByComparingTo("987654321000000");
    assertThat(central(LARGE_FISCAL_YEAR).subtract(centralBefore)).isEqualByComparingTo("987654321000000");
    assertThat((BigDecimal) movementsOf(transition).get(0).get("amount_rupiah")).isEqualByComparingTo("987654321000000");
  }

  @Test
  void a_fully_realized_line_moves_nothing_but_the_move_is_on_record() {
    OpdTransition transition = transitionOf(opds.register("UJI-ANGGARAN-LUNAS"), FISCAL_YEAR);
    budgets.record(transition.opdCode(), FISCAL_YEAR, new BigDecimal("36000000"), new BigDecimal("36000000"));
    BigDecimal centralBefore = central(FISCAL_YEAR);
    assertThat(budgets.plan(transition.id(), IN_FISCAL_YEAR).describe())
        .contains("Tidak ada yang dipindahkan: pagu sudah terealisasi atau terikat kontrak seluruhnya");

    BudgetLine moved = budgets.revoke(
        transition.id(), new RevocationDocument(BudgetInstrument.PERGESERAN, "Perwali 6/2035", IN_FISCAL_YEAR, "BA TAPD 2/2035"), "bpkad");

    assertThat(moved.status()).isEqualTo(BudgetStatus.REVOKED);
    assertThat(moved.amountRupiah()).isEqualByComparingTo("36000000");
    assertThat(moved.movedAmountRupiah()).isEqualByComparingTo("0");
    assertThat(central(FISCAL_YEAR)).isEqualByComparingTo(centralBefore);
    assertThat((BigDecimal) movementsOf(transition).get(0).get("amount_rupiah")).isEqualByComparingTo("0");
  }

  @Test
  void an_opd_without_a_loaded_line_is_refused_and_nothing_moves() {
    OpdTransition transition = transitionOf(opds.register("UJI-ANGGARAN-TANPA-PAGU"), FISCAL_YEAR);
    BigDecimal centralBefore = central(FISCAL_YEAR);

    assertThatThrownBy(() -> budgets.revoke(
        transition.id(), new RevocationDocument(BudgetInstrument.PERGESERAN, "Perwali 7/2035", IN_FISCAL_YEAR, "BA TAPD 2/2035"), "bpkad"))
        .isInstanceOf(Refusal.class)
        .hasMessage("instrument: BPKAD belum memuat pagu belanja internet UJI-ANGGARAN-TANPA-PAGU TA 2035 dari APBD; "
            + "minta BPKAD memuatnya (Muat pagu belanja internet) lalu catat");

    assertThat(budgets.line(transition.opdCode(), FISCAL_YEAR)).isEmpty();
    assertThat(movementsOf(transition)).isEmpty();
    assertThat(central(FISCAL_YEAR)).isEqualByComparingTo(centralBefore);
    assertThat(transitions.require(transition.id()).budgetRevokedAt()).isNull();
  }

  @Test
  void the_move_raises_diskominfos_central_sub_activity_not_the_opds_account() {
    OpdTransition transition = transitionOf(opds.register("UJI-ANGGARAN-SUBKEG"), FISCAL_YEAR);
    budgets.record(transition.opdCode(), FISCAL_YEAR, new BigDecimal("12000000"), BigDecimal.ZERO);

    budgets.revoke(
        transition.id(), new RevocationDocument(BudgetInstrument.PERGESERAN, "Perwali 8/2035", IN_FISCAL_YEAR, "BA TAPD 2/2035"), "bpkad");

    BudgetLine central = budgets.centralLine(Tenants.DEFAULT, FISCAL_YEAR).orElseThrow();
    assertThat(central.opdCode()).isEqualTo(CENTRAL);
    assertThat(central.subActivityCode()).isEqualTo("2.16.03.1.02.0004");
    assertThat(central.accountCode()).isEqualTo(BudgetLine.INTERNET_ACCOUNT);
    assertThat(budgets.isCentral(central)).isTrue();
    // Diskominfo's own internet line is not the central one
    assertThat(budgets.line(CENTRAL, FISCAL_YEAR).map(BudgetLine::id)).isNotEqualTo(java.util.Optional.of(central.id()));
  }

  @Test
  void recording_a_line_again_keeps_the_first_amounts() {
    String opd = opds.register("UJI-ANGGARAN-CATAT");
    BudgetLine first = budgets.record(opd, FISCAL_YEAR, new BigDecimal("48000000"), new BigDecimal("4000000"));

    BudgetLine again = budgets.record(opd, FISCAL_YEAR, new BigDecimal("1"), BigDecimal.ZERO);

    assertThat(again).isEqualTo(first);
  }

  @Test
  void an_opd_cut_before_its_survey_keeps_its_whole_remainder_for_its_own_isp() {
    OpdTransition transition = unsurveyedTransitionOf(opds.register("UJI-ANGGARAN-BELUM-SURVEI"), FISCAL_YEAR);
    budgets.record(transition.opdCode(), FISCAL_YEAR, new BigDecimal("60000000"), new BigDecimal("15000000"));
    BigDecimal centralBefore = central(FISCAL_YEAR);

    BudgetLine moved = budgets.revoke(
        transition.id(), new RevocationDocument(BudgetInstrument.PERGESERAN, "Perwali 8/2035", IN_FISCAL_YEAR, "BA TAPD 2/2035"), "bpkad");

    assertThat(moved.status()).isEqualTo(BudgetStatus.REVOKED);
    assertThat(moved.amountRupiah()).isEqualByComparingTo("60000000");
    assertThat(moved.movedAmountRupiah()).isEqualByComparingTo("0");
    assertThat(central(FISCAL_YEAR)).isEqualByComparingTo(centralBefore);
  }

  @Test
  void a_pemdas_apbd_perubahan_is_one_document_a_year() {
    OpdTransition first = transitionOf(opds.register("UJI-APBDP-SATU"), FISCAL_YEAR);
    OpdTransition second = transitionOf(opds.register("UJI-APBDP-DUA"), FISCAL_YEAR);
    budgets.record(first.opdCode(), FISCAL_YEAR, new BigDecimal("24000000"), new BigDecimal("4000000"));
    budgets.record(second.opdCode(), FISCAL_YEAR, new BigDecimal("24000000"), new BigDecimal("4000000"));
    budgets.revoke(first.id(), new RevocationDocument(BudgetInstrument.APBD_PERUBAHAN, "Perda 4/2035", IN_FISCAL_YEAR), "bpkad");

    assertThatThrownBy(() -> budgets.revoke(
        second.id(), new RevocationDocument(BudgetInstrument.APBD_PERUBAHAN, "Perda 6/2035", IN_FISCAL_YEAR), "bpkad"))
        .isInstanceOf(Refusal.class)
        .hasMessage("documentNumber: APBD Perubahan TA 2035 sudah tercatat dengan Perda 4/2035; APBD Perubahan hanya"
            + " sekali setahun");
    assertThat(movementsOf(second)).isEmpty();
    assertThat(budgets.revoke(
        second.id(), new RevocationDocument(BudgetInstrument.APBD_PERUBAHAN, "Perda 4/2035", IN_FISCAL_YEAR), "bpkad").status())
        .isEqualTo(BudgetStatus.REVOKED);
  }

  @Test
  void another_pemdas_apbd_perubahan_does_not_bind_this_one() {
    OpdTransition own = transitionOf(opds.register("UJI-APBDP-PEMDA"), FISCAL_YEAR);
    budgets.record(own.opdCode(), FISCAL_YEAR, new BigDecimal("24000000"), new BigDecimal("4000000"));
    // Penajam Paser Utara (the demo's second Pemda) recorded its own Perda of the year first
    movedInPenajam("UJI-APBDP-PPU", "1000000");

    BudgetLine revoked = budgets.revoke(
        own.id(), new RevocationDocument(BudgetInstrument.APBD_PERUBAHAN, "Perda 4/2035", IN_FISCAL_YEAR), "bpkad");

    assertThat(revoked.status()).isEqualTo(BudgetStatus.REVOKED);
    assertThat(movementsOf(own)).extracting(row -> row.get("document_number")).containsExactly("Perda 4/2035");
  }

  @Test
  void what_moved_into_a_central_line_is_summed_for_that_central_office_alone() {
    OpdTransition own = transitionOf(opds.register("UJI-MASUK-PUSAT"), FISCAL_YEAR);
    budgets.record(own.opdCode(), FISCAL_YEAR, new BigDecimal("30000000"), new BigDecimal("10000000"));
    BigDecimal before = budgets.movedInto(CENTRAL, FISCAL_YEAR);
    BigDecimal beforeElsewhere = budgets.movedInto("PPU.DISKOMINFO", FISCAL_YEAR);
    // another Pemda's move into its own central office counts for that office only
    movedInPenajam("UJI-MASUK-PPU", "7000000");

    budgets.revoke(own.id(), new RevocationDocument(BudgetInstrument.APBD_PERUBAHAN, "Perda 4/2035", IN_FISCAL_YEAR), "bpkad");

    BigDecimal moved = (BigDecimal) movementsOf(own).get(0).get("amount_rupiah");
    assertThat(moved).isEqualByComparingTo("20000000");
    assertThat(budgets.movedInto(CENTRAL, FISCAL_YEAR)).isEqualByComparingTo(before.add(moved));
    assertThat(budgets.movedInto("PPU.DISKOMINFO", FISCAL_YEAR)).isEqualByComparingTo(beforeElsewhere.add(new BigDecimal("7000000")));
  }

  @Test
  void a_plan_says_what_would_move_without_moving_it() {
    OpdTransition transition = transitionOf(opds.register("UJI-ANGGARAN-RENCANA"), FISCAL_YEAR);
    BudgetLine line = budgets.record(transition.opdCode(), FISCAL_YEAR, new BigDecimal("24000000"), new BigDecimal("4000000"));

    MovementPlan plan = budgets.plan(transition.id(), LocalDate.parse("2035-03-15"));

    assertThat(plan.instruments()).containsExactly(BudgetInstrument.PERGESERAN, BudgetInstrument.APBD_PERUBAHAN);
    assertThat(plan.effectiveFrom()).isEqualTo(LocalDate.parse("2035-04-01"));
    assertThat(plan.moved()).isEqualByComparingTo("20000000");
    assertThat(lines.findById(line.id()).orElseThrow()).isEqualTo(line);
    assertThat(movementsOf(transition)).isEmpty();
  }

  @Test
  void a_program_without_approved_plans_needs_nothing_of_the_central_line() {
    OpdTransition transition = transitionOf(opds.register("UJI-ANGGARAN-PUSAT"), FISCAL_YEAR);

    CentralCoverage coverage = budgets.centralCoverage(Tenants.DEFAULT, transition.campaignId(), FISCAL_YEAR);

    assertThat(coverage.neededForApprovedPlans()).isEqualByComparingTo("0");
    assertThat(coverage.covered()).isTrue();
  }

  @Test
  void two_revocations_of_one_pemda_at_the_same_moment_both_raise_the_central_line() throws Exception {
    // a fiscal year whose central line no other test has made
    int year = 2044;
    LocalDate day = LocalDate.parse("2044-01-10");
    TimeTravel.to(Instant.parse("2044-01-10T02:00:00Z"));
    OpdTransition first = transitionOf(opds.register("UJI-ANGGARAN-SERENTAK-A"), year);
    OpdTransition second = transitionOf(opds.register("UJI-ANGGARAN-SERENTAK-B"), year);
    budgets.record(first.opdCode(), year, new BigDecimal("12000000"), BigDecimal.ZERO);
    budgets.record(second.opdCode(), year, new BigDecimal("24000000"), BigDecimal.ZERO);
    assertThat(budgets.centralLine(Tenants.DEFAULT, year)).isEmpty();

    // BPKAD records both at once: both find no central line, both create and raise it
    CyclicBarrier together = new CyclicBarrier(2);
    ExecutorService bpkad = Executors.newFixedThreadPool(2);
    try {
      List<Future<BudgetLine>> recorded = Stream.of(first, second).map(transition -> bpkad.submit(() -> {
        together.await(10, TimeUnit.SECONDS);
        return budgets.revoke(transition.id(),
            new RevocationDocument(BudgetInstrument.PERGESERAN, "Perwali 1/2044", day, "BA TAPD 1/2044"), "bpkad");
      })).toList();
      for (Future<BudgetLine> revocation : recorded) {
        assertThat(revocation.get(60, TimeUnit.SECONDS).status()).isEqualTo(BudgetStatus.REVOKED);
      }
    } finally {
      bpkad.shutdownNow();
    }

    assertThat(central(year)).isEqualByComparingTo("36000000");
    assertThat(jdbc.queryForObject("select count(*) from budget_line where fiscal_year = ? and opd_code = ?", Long.class,
        year, CENTRAL)).isOne();
  }

  /**
   * A transition row of its own, as Task_RegisterTransition records it, without an engine
   * instance, surveyed with one office that has no internet of its own: nothing stays with the OPD.
   */
  private OpdTransition transitionOf(String opdCode, int fiscalYear) {
    OpdTransition transition = unsurveyedTransitionOf(opdCode, fiscalYear);
    surveys.submit(transition.id(), opdCode, new SurveyAnswers("Budi", "0812 345 678", null, List.of(
        new SurveyAnswers.SiteAnswer(null, "Kantor", SiteKind.KANTOR, "Sidodadi", null, "Jl. Basuki Rahmat 1",
            new SurveyAnswers.Internet(SiteInternet.NONE, null, null, null, 0, BigDecimal.ZERO, null),
            SiteSurvey.Needs.staff(40)))), "test");
    return transition;
  }

  private OpdTransition unsurveyedTransitionOf(String opdCode, int fiscalYear) {
    Instant deadline = TransitionDeadline.defaultFor(fiscalYear, PemdaZone.WITA);
    Campaign campaign = campaigns.plan(Tenants.of(opdCode), "Program uji " + opdCode, fiscalYear, 30, deadline, "test", List.of(opdCode));
    return transitions.register(campaign.id(), opdCode, fiscalYear, deadline, "uji-" + UUID.randomUUID());
  }

  private BigDecimal central(int fiscalYear) {
    return budgets.centralLine(Tenants.DEFAULT, fiscalYear).map(BudgetLine::amountRupiah).orElse(BigDecimal.ZERO);
  }

  /**
   * A move Penajam Paser Utara (the demo's second Pemda) recorded from its Setda into its own
   * central office under its Perda of the year; the row only needs a transition to point at.
   */
  private void movedInPenajam(String transitionOpd, String amountRupiah) {
    Long transition = unsurveyedTransitionOf(opds.register(transitionOpd), FISCAL_YEAR).id();
    jdbc.update("insert into budget_movement (transition_id, fiscal_year, from_opd_code, to_opd_code, amount_rupiah,"
        + " instrument, document_number, document_date, recorded_by, recorded_at)"
        + " values (?, ?, 'PPU.SETDA', 'PPU.DISKOMINFO', ?, 'APBD_PERUBAHAN', 'Perda PPU 7/2035', ?, 'ppu.bpkad', now())",
        transition, FISCAL_YEAR, new BigDecimal(amountRupiah), IN_FISCAL_YEAR);
  }

  private List<Map<String, Object>> movementsOf(OpdTransition transition) {
    return jdbc.queryForList("select * from budget_movement where transition_id = ? order by id", transition.id());
  }
}
