package id.go.pemda.bandwidth.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.pemda.bandwidth.shared.FieldError;
import id.go.pemda.bandwidth.shared.PemdaZone;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Starting a program, without an engine, on a fixed clock: 2 June 2026, 10:00 WITA. */
class CampaignStartTest {

  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-02T02:00:00Z"), ZoneOffset.UTC);
  private static final Instant NOW = CLOCK.instant();

  @Test
  void without_a_date_the_deadline_is_the_end_of_the_year_before_the_fiscal_year() {
    assertThat(start(null).deadline(PemdaZone.WITA)).isEqualTo(Instant.parse("2026-12-31T15:59:00Z"));
    assertThat(start(LocalDate.parse("2026-09-30")).deadline(PemdaZone.WITA)).isEqualTo(Instant.parse("2026-09-30T15:59:00Z"));
  }

  @Test
  void a_deadline_ends_at_23_59_of_the_pemdas_own_zone() {
    LocalDate day = LocalDate.parse("2026-09-30");
    assertThat(start(day).deadline(PemdaZone.WIB)).isEqualTo(Instant.parse("2026-09-30T16:59:00Z"));
    assertThat(start(day).deadline(PemdaZone.WITA)).isEqualTo(Instant.parse("2026-09-30T15:59:00Z"));
    assertThat(start(day).deadline(PemdaZone.WIT)).isEqualTo(Instant.parse("2026-09-30T14:59:00Z"));
  }

  @Test
  void a_program_of_known_opds_with_a_deadline_to_come_starts() {
    assertThat(start(LocalDate.parse("2026-06-02")).check(NOW, PemdaZone.WITA, List.of(), false).list()).isEmpty();
  }

  @Test
  void the_deadline_is_still_to_come_the_opds_are_the_pemdas_and_a_fiscal_year_has_one_program() {
    assertThat(start(LocalDate.parse("2026-06-01")).check(NOW, PemdaZone.WITA, List.of("XYZ", "PPU.DINKES"), true).list()).containsExactly(
        new FieldError("transitionDeadline", "harus setelah hari ini; tanpa isian berlaku 31 Desember sebelum tahun anggaran"),
        new FieldError("opdCodes", "kode OPD tidak dikenal: XYZ, PPU.DINKES"),
        new FieldError("fiscalYear", "pemusatan belanja internet untuk tahun anggaran 2027 sudah pernah dimulai"));
  }

  @Test
  void the_deadline_is_at_most_the_end_of_the_year_before_the_fiscal_year() {
    assertThat(start(LocalDate.parse("2026-12-31")).check(NOW, PemdaZone.WITA, List.of(), false).list()).isEmpty();
    assertThat(start(LocalDate.parse("2027-01-01")).check(NOW, PemdaZone.WITA, List.of(), false).list()).containsExactly(
        new FieldError("transitionDeadline", "paling lambat 31 Desember 2026: pembayaran ganda hanya sampai akhir"
            + " tahun sebelum tahun anggaran 2027"));
    assertThat(start(LocalDate.parse("2030-06-30")).check(NOW, PemdaZone.WITA, List.of(), false).list())
        .extracting(FieldError::field).containsExactly("transitionDeadline");
  }

  private static CampaignStart start(LocalDate deadline) {
    return new CampaignStart("Pemusatan belanja internet TA 2027", 2027, 30, deadline, List.of("DINKES"));
  }
}
