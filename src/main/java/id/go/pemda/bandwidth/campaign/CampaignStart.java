package id.go.pemda.bandwidth.campaign;

import id.go.pemda.bandwidth.shared.FieldErrors;
import id.go.pemda.bandwidth.shared.PemdaZone;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What a Pemda's operator starts a program with, as the start form names it.
 *
 * @param transitionDeadline the last day of the transition, or null for 31 December before the fiscal year
 * @param opdCodes the OPDs to transition, by their codes in the Pemda; none for every OPD
 */
public record CampaignStart(
    String programName, int fiscalYear, int quietPeriodDays, LocalDate transitionDeadline, List<String> opdCodes) {

  /**
   * When the OPDs must be through: the end of the day given, else of 31 December before the
   * fiscal year, in the Pemda's zone.
   */
  public Instant deadline(PemdaZone zone) {
    return transitionDeadline != null
        ? TransitionDeadline.endOf(transitionDeadline, zone)
        : TransitionDeadline.defaultFor(fiscalYear, zone);
  }

  /**
   * A deadline still to come and no later than 31 December before the fiscal year (paying twice
   * is tolerated only until then; the fiscal year itself has none), only OPDs of the Pemda, and
   * one program per fiscal year.
   *
   * @param unknownCodes the codes that name no OPD of the Pemda
   * @param programExists whether the Pemda started a program for the fiscal year already
   */
  FieldErrors check(Instant now, PemdaZone zone, List<String> unknownCodes, boolean programExists) {
    return new FieldErrors()
        .rejectIf(!deadline(zone).isAfter(now), "transitionDeadline",
            "harus setelah hari ini; tanpa isian berlaku 31 Desember sebelum tahun anggaran")
        .rejectIf(deadline(zone).isAfter(TransitionDeadline.defaultFor(fiscalYear, zone)), "transitionDeadline",
            "paling lambat 31 Desember " + (fiscalYear - 1) + ": pembayaran ganda hanya sampai akhir tahun sebelum"
                + " tahun anggaran " + fiscalYear)
        .rejectIf(!unknownCodes.isEmpty(), "opdCodes", "kode OPD tidak dikenal: " + String.join(", ", unknownCodes))
        .rejectIf(programExists, "fiscalYear", "pemusatan belanja internet untuk tahun anggaran " + fiscalYear + " sudah pernah dimulai");
  }
}
