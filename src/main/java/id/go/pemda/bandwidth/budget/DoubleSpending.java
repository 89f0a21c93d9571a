package id.go.pemda.bandwidth.budget;

import id.go.pemda.bandwidth.shared.Rupiah;
import id.go.pemda.bandwidth.shared.PemdaZone;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The months a site pays both its own ISP and its share of the central network: from the day
 * it accepted the central link to the end of its old ISP contract. A started month counts.
 */
public record DoubleSpending(
    String site, LocalDate from, LocalDate until, BigDecimal ownMonthlyCost, BigDecimal centralMonthlyCost) {

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
      return site + ": belum diterima";
    }
    if (months() == 0) {
      return site + ": tidak ada biaya ganda (kontrak ISP lama berakhir " + PemdaZone.formatDate(until) + ")";
    }
    return site + ": " + PemdaZone.formatDate(from) + " s.d. " + PemdaZone.formatDate(until) + " (" + months() + " bulan), "
        + Rupiah.format(extraCost());
  }
}
