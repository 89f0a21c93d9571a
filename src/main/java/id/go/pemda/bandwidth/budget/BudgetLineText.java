package id.go.pemda.bandwidth.budget;

import id.go.pemda.bandwidth.shared.Rupiah;
import id.go.pemda.bandwidth.shared.PemdaZone;
import java.util.Optional;

/** A budget line as the Sekda and BPKAD read it: pagu, realized, remainder, and any move. */
public final class BudgetLineText {

  private BudgetLineText() {}

  public static String of(Optional<BudgetLine> line) {
    return line.map(BudgetLineText::of).orElse(
        "Belum dimuat: BPKAD belum memuat pagu belanja internet OPD ini dari APBD (Muat pagu belanja internet OPD)");
  }

  public static String of(BudgetLine line) {
    String text = "Pagu " + Rupiah.format(line.amountRupiah()) + ", terealisasi/terikat "
        + Rupiah.format(line.realizedAmountRupiah()) + ", sisa " + Rupiah.format(line.remainingRupiah())
        + " (rekening " + line.accountCode() + ", TA " + line.fiscalYear()
        + (line.document() == null ? "" : ", " + line.document().label()) + ")";
    if (line.movement() == null) {
      return text;
    }
    BudgetLine.Movement moved = line.movement();
    return text + "; dipindahkan " + Rupiah.format(moved.movedAmountRupiah()) + " dengan " + moved.instrument().label()
        + " no. " + moved.documentNumber() + " tanggal " + PemdaZone.formatDate(moved.documentDate());
  }
}
