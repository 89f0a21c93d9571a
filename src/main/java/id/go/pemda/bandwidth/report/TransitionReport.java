package id.go.pemda.bandwidth.report;

import id.go.pemda.bandwidth.shared.PemdaZone;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The transitions of a fiscal year (or of one program of it), as far as the reader may see them.
 *
 * @param programId the program chosen, {@code null} for every program of the year
 * @param today the day, in the Pemda's zone, the days left count from
 * @param zone the Pemda's time zone: its times and days are shown in it
 */
public record TransitionReport(
    int fiscalYear, Long programId, Instant generatedAt, LocalDate today, PemdaZone zone, List<TransitionReportRow> rows,
    Summary summary) {

  /**
   * The totals over the rows.
   *
   * @param plannedYearlySavingRupiah the yearly saving of every row whose costs are known
   * @param realizedYearlySavingRupiah the same, of the rows whose budget has moved
   */
  public record Summary(
      int opds,
      int sites,
      int sitesConnected,
      int sitesExempted,
      List<StageCount> stages,
      int opdsAtRisk,
      int opdsOverdue,
      int openComplaints,
      int responseBreaches,
      int openTroubleTickets,
      BigDecimal oldYearlyCostRupiah,
      BigDecimal newYearlyCostRupiah,
      BigDecimal plannedYearlySavingRupiah,
      BigDecimal realizedYearlySavingRupiah,
      BigDecimal budgetMovedRupiah) {}

  /** How many OPDs, with how many sites, stand at a stage. */
  public record StageCount(String stage, String label, int opds, int sites) {}
}
