package id.go.pemda.bandwidth.budget;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.pemda.bandwidth.shared.FieldError;
import id.go.pemda.bandwidth.shared.PemdaZone;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The rules of moving an OPD's line and ending its old contracts, without an engine: on a fixed
 * clock, 10 January 2027 in WITA, within the fiscal year whose APBD was adopted on 30 November 2026.
 */
class BudgetRulesTest {

  private static final Clock CLOCK = Clock.fixed(Instant.parse("2027-01-10T02:00:00Z"), ZoneOffset.UTC);
  private static final LocalDate TODAY = PemdaZone.WITA.today(CLOCK);
  private static final MonthDay ADOPTED_BY = MonthDay.parse("--11-30");
  private static final LocalDate ACCEPTED_ON = LocalDate.parse("2026-12-05");
  private static final BudgetLine LINE =
      BudgetLine.active("DISDUKCAPIL", 2027, new BigDecimal("72000000"), BigDecimal.ZERO);

  @Test
  void a_document_of_today_with_an_instrument_its_day_allows_is_recorded() {
    assertThat(document(BudgetInstrument.PERGESERAN, TODAY).check(TODAY, planOn(TODAY)).list()).isEmpty();
  }

  @Test
  void a_document_is_not_dated_after_today() {
    LocalDate tomorrow = TODAY.plusDays(1);

    assertThat(document(BudgetInstrument.PERGESERAN, tomorrow).check(TODAY, planOn(tomorrow)).list())
        .containsExactly(new FieldError("documentDate", "tidak boleh setelah hari ini"));
  }

  @Test
  void the_day_of_the_document_decides_the_instrument() {
    LocalDate beforeAdoption = LocalDate.parse("2026-11-29");

    assertThat(document(BudgetInstrument.PERGESERAN, beforeAdoption).check(TODAY, planOn(beforeAdoption)).list())
        .containsExactly(new FieldError("instrument", "tidak berlaku pada 29 November 2026; yang berlaku: "
            + BudgetInstrument.RKA_NOT_PROPOSED.label()));
    assertThat(document(BudgetInstrument.RKA_NOT_PROPOSED, TODAY).check(TODAY, planOn(TODAY)).list())
        .containsExactly(new FieldError("instrument", "tidak berlaku pada 10 Januari 2027; yang berlaku: "
            + BudgetInstrument.PERGESERAN.label() + " atau " + BudgetInstrument.APBD_PERUBAHAN.label()));
  }

  @Test
  void between_the_adoption_and_the_fiscal_year_no_instrument_applies_and_a_pergeseran_names_its_tapd_decision() {
    LocalDate december = LocalDate.parse("2026-12-10");

    assertThat(document(BudgetInstrument.PERGESERAN, december).check(TODAY, planOn(december)).list())
        .containsExactly(new FieldError("instrument", "tidak berlaku pada 10 Desember 2026; pergeseran anggaran dan"
            + " APBD Perubahan hanya dalam tahun anggaran 2027, mulai 1 Januari 2027"));
    assertThat(new RevocationDocument(BudgetInstrument.PERGESERAN, "Perwali 3/2027", TODAY, " ").check(TODAY, planOn(TODAY)).list())
        .containsExactly(new FieldError("tapdDecisionNumber", "wajib untuk pergeseran anggaran: nomor keputusan atau berita acara TAPD"));
  }

  @Test
  void the_sekda_approves_the_move_only_when_no_complaint_is_open() {
    assertThat(RevocationDecision.APPROVE.check(0, Optional.of(LINE), "DISDUKCAPIL", 2027).list()).isEmpty();
    assertThat(RevocationDecision.APPROVE.check(2, Optional.of(LINE), "DISDUKCAPIL", 2027).list()).containsExactly(
        new FieldError("revocationDecision", "masih ada 2 keluhan terbuka; tunda sampai jaringan pulih dan keluhan ditutup"));
    assertThat(RevocationDecision.DEFER.check(2, Optional.of(LINE), "DISDUKCAPIL", 2027).list()).isEmpty();
  }

  @Test
  void the_sekda_approves_no_move_of_a_line_bpkad_has_not_loaded() {
    assertThat(RevocationDecision.APPROVE.check(0, Optional.empty(), "DISDUKCAPIL", 2027).list()).containsExactly(
        new FieldError("revocationDecision", "BPKAD belum memuat pagu belanja internet DISDUKCAPIL TA 2027 dari APBD; "
            + "minta BPKAD memuatnya (Muat pagu belanja internet) lalu setujui"));
    // deferring needs no figures
    assertThat(RevocationDecision.DEFER.check(0, Optional.empty(), "DISDUKCAPIL", 2027).list()).isEmpty();
  }

  @Test
  void an_old_contract_ends_by_the_last_day_the_line_pays_by_a_letter_the_head_signed() {
    LocalDate paidUntil = LocalDate.parse("2027-03-31");

    assertThat(letter(paidUntil, true).check(paidUntil, ACCEPTED_ON, 0).list()).isEmpty();
    assertThat(letter(paidUntil.plusDays(1), false).check(paidUntil, ACCEPTED_ON, 0).list()).containsExactly(
        new FieldError("ispTerminatedOn",
            "paling lambat 31 Maret 2027: sesudahnya anggaran OPD untuk titik ini nol dan tagihan ISP tidak dapat dibayar"),
        new FieldError("signedByHead", "pemutusan kontrak harus ditandatangani Kepala Perangkat Daerah"));
  }

  @Test
  void an_old_contract_ends_only_after_acceptance_and_never_while_a_complaint_is_open() {
    LocalDate paidUntil = LocalDate.parse("2027-03-31");

    assertThat(letter(LocalDate.parse("2027-01-31"), true).check(paidUntil, null, 0).list()).containsExactly(
        new FieldError("ispTerminatedOn", "titik belum lulus uji terima (BAUT): kontrak ISP lama diakhiri sesudah"
            + " jaringan pusat diterima, agar titik tidak terputus"));
    assertThat(letter(ACCEPTED_ON.minusDays(1), true).check(paidUntil, ACCEPTED_ON, 0).list()).containsExactly(
        new FieldError("ispTerminatedOn", "tidak sebelum uji terima jaringan pusat (5 Desember 2026), agar titik tidak terputus"));
    assertThat(letter(ACCEPTED_ON, true).check(paidUntil, ACCEPTED_ON, 0).list()).isEmpty();
    assertThat(letter(ACCEPTED_ON, true).check(paidUntil, ACCEPTED_ON, 1).list()).containsExactly(
        new FieldError("ispTerminatedOn", "masih ada 1 keluhan terbuka untuk titik ini; kontrak ISP lama diakhiri"
            + " setelah keluhan ditutup"));
  }

  @Test
  void the_sekda_allows_a_held_record_only_in_writing_and_always_says_why() {
    assertThat(new BudgetHoldOutcome(BudgetHoldDecision.HOLD, null, "Tunggu jaringan pulih").check().list()).isEmpty();
    assertThat(new BudgetHoldOutcome(BudgetHoldDecision.OVERRIDE, "800/1/Setda", "Gangguan kecil").check().list()).isEmpty();
    assertThat(new BudgetHoldOutcome(BudgetHoldDecision.OVERRIDE, " ", " ").check().list()).containsExactly(
        new FieldError("holdLetterNumber", "wajib bila Sekda mengizinkan pencatatan: izin diberikan secara tertulis"),
        new FieldError("holdReason", "wajib diisi"));
    assertThat(new BudgetHoldOutcome(BudgetHoldDecision.OVERRIDE, "800/1/Setda", "Gangguan kecil").describe())
        .isEqualTo("Surat 800/1/Setda: Gangguan kecil");
  }

  @Test
  void the_apbd_perubahan_is_one_perda_a_year() {
    RevocationDocument perubahan = new RevocationDocument(BudgetInstrument.APBD_PERUBAHAN, "Perda 5/2027", TODAY);

    assertThat(perubahan.check(TODAY, planOn(TODAY), Optional.empty()).list()).isEmpty();
    assertThat(perubahan.check(TODAY, planOn(TODAY), Optional.of("Perda 5/2027")).list()).isEmpty();
    assertThat(perubahan.check(TODAY, planOn(TODAY), Optional.of("Perda 2/2027")).list()).containsExactly(new FieldError(
        "documentNumber", "APBD Perubahan TA 2027 sudah tercatat dengan Perda 2/2027; APBD Perubahan hanya sekali setahun"));
    // a pergeseran is a Perkada of its own, as often as needed
    assertThat(document(BudgetInstrument.PERGESERAN, TODAY).check(TODAY, planOn(TODAY), Optional.of("Perda 2/2027")).list())
        .isEmpty();
  }

  private static MovementPlan planOn(LocalDate day) {
    return MovementPlan.on(day, LINE, ADOPTED_BY, List.of());
  }

  private static RevocationDocument document(BudgetInstrument instrument, LocalDate date) {
    return new RevocationDocument(instrument, "Perwali 3/2027", date,
        instrument == BudgetInstrument.PERGESERAN ? "BA TAPD 3/2027" : null);
  }

  private static IspTerminationLetter letter(LocalDate endsOn, boolean signedByHead) {
    return new IspTerminationLetter(endsOn, "005/ISP/2027", "dr. Andi", signedByHead);
  }
}
