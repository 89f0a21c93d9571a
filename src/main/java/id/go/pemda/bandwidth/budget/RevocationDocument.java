package id.go.pemda.bandwidth.budget;

import id.go.pemda.bandwidth.shared.FieldErrors;
import id.go.pemda.bandwidth.shared.PemdaZone;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What BPKAD records for an OPD's line: the instrument that moved it and its document, and for a
 * pergeseran the TAPD's decision it rests on.
 *
 * @param tapdDecisionNumber the number of the TAPD's decision (keputusan or berita acara) behind a
 *     pergeseran anggaran; none for another instrument
 */
public record RevocationDocument(
    BudgetInstrument instrument, String documentNumber, LocalDate documentDate, String tapdDecisionNumber) {

  /** A document of an instrument that rests on no TAPD decision of its own. */
  public RevocationDocument(BudgetInstrument instrument, String documentNumber, LocalDate documentDate) {
    this(instrument, documentNumber, documentDate, null);
  }

  /**
   * A document is dated no later than today, and its day allows its instrument ({@link ApbdPeriod}:
   * before the APBD is adopted only the RKA, within the fiscal year a pergeseran or the APBD
   * Perubahan); a pergeseran names the TAPD's decision.
   *
   * @param onDocumentDate what moving the line would do on the document's date
   */
  FieldErrors check(LocalDate today, MovementPlan onDocumentDate) {
    return check(today, onDocumentDate, Optional.empty());
  }

  /**
   * As {@link #check(LocalDate, MovementPlan)}, and the APBD Perubahan is one Perda a year: every
   * line a Pemda moves in it names the same document.
   *
   * @param apbdPerubahan the document of the Pemda's APBD Perubahan already recorded for the fiscal year, if any
   */
  FieldErrors check(LocalDate today, MovementPlan onDocumentDate, Optional<String> apbdPerubahan) {
    FieldErrors errors = new FieldErrors();
    if (documentDate.isAfter(today)) {
      return errors.reject("documentDate", "tidak boleh setelah hari ini");
    }
    apbdPerubahan
        .filter(recorded -> instrument == BudgetInstrument.APBD_PERUBAHAN && !recorded.equalsIgnoreCase(documentNumber.strip()))
        .ifPresent(recorded -> errors.reject("documentNumber", "APBD Perubahan TA " + onDocumentDate.fiscalYear()
            + " sudah tercatat dengan " + recorded + "; APBD Perubahan hanya sekali setahun"));
    errors.rejectIf(instrument == BudgetInstrument.PERGESERAN && (tapdDecisionNumber == null || tapdDecisionNumber.isBlank()),
        "tapdDecisionNumber", "wajib untuk pergeseran anggaran: nomor keputusan atau berita acara TAPD");
    if (onDocumentDate.allows(instrument)) {
      return errors;
    }
    List<BudgetInstrument> applicable = onDocumentDate.instruments();
    return errors.reject("instrument", "tidak berlaku pada " + PemdaZone.formatDate(documentDate) + "; " + (applicable.isEmpty()
        ? onDocumentDate.period().whyNone(onDocumentDate.fiscalYear())
        : "yang berlaku: " + applicable.stream().map(BudgetInstrument::label).collect(Collectors.joining(" atau "))));
  }
}
