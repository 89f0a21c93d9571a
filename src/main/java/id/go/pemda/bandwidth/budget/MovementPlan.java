package id.go.pemda.bandwidth.budget;

import id.go.pemda.bandwidth.shared.Rupiah;
import id.go.pemda.bandwidth.shared.PemdaZone;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * What moving an OPD's internet line would do on a given day: which instruments apply, from
 * when, and how much moves. Before the fiscal year's APBD is adopted the line is left out of the
 * RKA-SKPD; after, only the unspent remainder moves, from the first day of the next month. A
 * site that still pays its own ISP keeps its months until its contract ends (to the end of the
 * fiscal year while its central link is not accepted, as for a site the Sekda exempted): the OPD
 * never receives a bill its line cannot pay. Once BPKAD
 * records it, the movement is a {@link BudgetMovement} and the line's {@link BudgetLine.Movement}.
 *
 * @param period where the day stands in the APBD calendar, which decides the instruments
 * @param effectiveFrom the first day of the period whose budget is zero (but for retained sites)
 * @param remaining the line's unspent remainder (sisa pagu)
 * @param retained what stays with the OPD for sites still on their own line
 * @param moved what leaves the OPD for the central line
 */
public record MovementPlan(
    int fiscalYear,
    ApbdPeriod period,
    LocalDate effectiveFrom,
    BigDecimal remaining,
    BigDecimal retained,
    BigDecimal moved) {

  /**
   * A site that keeps its own line for a while (its ISP contract runs, or it is exempted), what
   * that costs a month, and the last day it is paid.
   */
  public record RetainedSite(String name, BigDecimal monthlyCost, LocalDate until) {

    /**
     * Before the survey the OPD's sites and their costs are unknown and none is on the central
     * network: the whole remainder stays with the OPD to the end of the fiscal year (a month of
     * it already covers the remainder, which caps what is retained).
     */
    public static RetainedSite unsurveyed(BudgetLine line) {
      return new RetainedSite("semua titik OPD (belum disurvei)", line.remainingRupiah(), LocalDate.of(line.fiscalYear(), 12, 31));
    }
  }

  public static MovementPlan on(
      LocalDate day, BudgetLine line, MonthDay apbdAdoptedBy, List<RetainedSite> retainedSites) {
    int fiscalYear = line.fiscalYear();
    LocalDate yearStart = LocalDate.of(fiscalYear, 1, 1);
    LocalDate nextMonth = day.withDayOfMonth(1).plusMonths(1);
    LocalDate effectiveFrom = nextMonth.isBefore(yearStart) ? yearStart : nextMonth;
    BigDecimal remaining = line.remainingRupiah();
    BigDecimal retained =
        retainedSites.stream()
            .map(site -> site.monthlyCost().multiply(BigDecimal.valueOf(months(effectiveFrom, site.until(), fiscalYear))))
            .reduce(BigDecimal.ZERO, BigDecimal::add)
            .min(remaining);
    return new MovementPlan(fiscalYear, ApbdPeriod.of(day, fiscalYear, apbdAdoptedBy), effectiveFrom, remaining, retained, remaining.subtract(retained));
  }

  /** The instruments that can move the line on the plan's day. */
  public List<BudgetInstrument> instruments() {
    return period.instruments();
  }

  public boolean allows(BudgetInstrument instrument) {
    return instruments().contains(instrument);
  }

  /** Nothing left to move: every rupiah of the line is spent, committed or kept for exemptions. */
  public boolean nothingToMove() {
    return moved.signum() == 0;
  }

  /** The move as BPKAD and the Sekda read it. */
  public String describe() {
    StringBuilder text = new StringBuilder();
    text.append("Berlaku mulai ").append(PemdaZone.formatDate(effectiveFrom)).append(". Sisa pagu ")
        .append(Rupiah.format(remaining));
    if (retained.signum() > 0) {
      text.append(", tetap di OPD untuk titik yang masih memakai jaringan sendiri ").append(Rupiah.format(retained));
    }
    if (nothingToMove() && retained.signum() > 0) {
      text.append(". Tidak ada yang dipindahkan: sisa pagu membayar titik yang belum tersambung ke jaringan pusat"
          + " (uji terima belum ada); jaringan sendiri tetap dibayar sampai titiknya diterima.");
    } else if (nothingToMove()) {
      text.append(". Tidak ada yang dipindahkan: pagu sudah terealisasi atau terikat kontrak seluruhnya;"
          + " tahun anggaran berikutnya tidak dianggarkan lagi di OPD.");
    } else {
      text.append(". Dipindahkan ke belanja jaringan pusat Diskominfo: ").append(Rupiah.format(moved)).append('.');
    }
    return text.toString();
  }

  /**
   * The last day the OPD's line pays a retained site: until its contract or exemption ends,
   * within the fiscal year, and at least until the day before the move takes effect.
   */
  public static LocalDate paidUntil(LocalDate effectiveFrom, LocalDate until, int fiscalYear) {
    LocalDate yearEnd = LocalDate.of(fiscalYear, 12, 31);
    LocalDate capped = until == null || until.isAfter(yearEnd) ? yearEnd : until;
    LocalDate dayBefore = effectiveFrom.minusDays(1);
    return capped.isBefore(dayBefore) ? dayBefore : capped;
  }

  /** Months of the fiscal year from {@code from} until {@code until}; a started month counts. */
  static long months(LocalDate from, LocalDate until, int fiscalYear) {
    LocalDate end = until.isAfter(LocalDate.of(fiscalYear, 12, 31)) ? LocalDate.of(fiscalYear, 12, 31) : until;
    if (end.isBefore(from)) {
      return 0;
    }
    long whole = ChronoUnit.MONTHS.between(from, end);
    return from.plusMonths(whole).isAfter(end) ? whole : whole + 1;
  }
}
