package id.go.pemda.bandwidth.budget;

import id.go.pemda.bandwidth.shared.Rupiah;
import java.util.Optional;

/** A budget line as the Sekda and BPKAD read it: the amount and whether a revocation can change it. */
public final class BudgetLineText {

  private BudgetLineText() {}

  public static String of(Optional<BudgetLine> line) {
    return line.map(BudgetLineText::of).orElse("Rp 0 (tidak ada pagu tercatat)");
  }

  private static String of(BudgetLine line) {
    String amount = Rupiah.format(line.amountRupiah()) + " (rekening " + line.accountCode() + ")";
    if (line.paid()) {
      return amount + " — sudah dibayar, tidak diubah oleh pencabutan";
    }
    return line.revocable() ? amount : amount + " — sudah dicabut";
  }
}
