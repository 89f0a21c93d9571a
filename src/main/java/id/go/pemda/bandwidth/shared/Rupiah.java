package id.go.pemda.bandwidth.shared;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;

/** Formats rupiah the Indonesian way: {@code Rp 1.250.000}, no minor unit. */
public final class Rupiah {

  private Rupiah() {}

  public static String format(BigDecimal amount) {
    DecimalFormatSymbols symbols = new DecimalFormatSymbols();
    symbols.setGroupingSeparator('.');
    symbols.setMinusSign('-');
    DecimalFormat format = new DecimalFormat("#,##0", symbols);
    return "Rp " + format.format(amount);
  }
}
