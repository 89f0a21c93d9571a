package id.go.pemda.bandwidth.budget;

import id.go.pemda.bandwidth.shared.Rupiah;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The months an OPD pays both its own ISP and its share of the central network: from the day
 * it accepted the central link to the end of its old ISP contract. A started month counts.
 */
public record DoubleSpending(
    LocalDate from, LocalDate until, BigDecimal ownMonthlyCost, BigDecimal centralMonthlyCost) {

  public long months() {
    if (from == null || until == null || until.isBefore(from)) {
      return 0;
    }
    long whole = ChronoUnit.MONTHS.between(from, until);
    return from.plusMonths(whole).isBefore(until) ? whole + 1 : Math.max(whole, 1);
  }

  /** What the overlap costs on top of the central network: the own ISP's months. */
  public BigDecimal extraCost() {
    return ownMonthlyCost.multiply(BigDecimal.valueOf(months()));
  }

  public String describe() {
    if (from == null) {
      return "Belum ada: jaringan pusat belum diterima OPD";
    }
    if (months() == 0) {
      return "Tidak ada: kontrak ISP lama berakhir " + until + ", sebelum jaringan pusat diterima " + from;
    }
    return from + " s.d. " + until + " (" + months() + " bulan): ISP sendiri " + Rupiah.format(ownMonthlyCost)
        + "/bulan + jaringan pusat " + Rupiah.format(centralMonthlyCost) + "/bulan; biaya ganda "
        + Rupiah.format(extraCost());
  }
}
