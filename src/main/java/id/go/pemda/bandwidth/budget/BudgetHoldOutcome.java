package id.go.pemda.bandwidth.budget;

import id.go.pemda.bandwidth.shared.FieldErrors;

/**
 * The Sekda's decision on a held record, with its reason; an override is made in writing, so it
 * names the letter (nota dinas or disposisi) that allows BPKAD to record.
 */
public record BudgetHoldOutcome(BudgetHoldDecision decision, String letterNumber, String reason) {

  FieldErrors check() {
    boolean override = decision == BudgetHoldDecision.OVERRIDE;
    return new FieldErrors()
        .rejectIf(override && blank(letterNumber), "holdLetterNumber",
            "wajib bila Sekda mengizinkan pencatatan: izin diberikan secara tertulis")
        .rejectIf(blank(reason), "holdReason", "wajib diisi");
  }

  /** As the decision log keeps it. */
  String describe() {
    return blank(letterNumber) ? reason : "Surat " + letterNumber.strip() + ": " + reason;
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
