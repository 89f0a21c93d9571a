package id.go.pemda.bandwidth.budget;

import id.go.pemda.bandwidth.shared.FieldErrors;
import id.go.pemda.bandwidth.shared.PemdaZone;
import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Collectors;

/** What BPKAD records for an OPD's line: the instrument that moved it and its document. */
public record RevocationDocument(BudgetInstrument instrument, String documentNumber, LocalDate documentDate) {

  /**
   * A document is dated no later than today, and its day allows its instrument (before the APBD
   * is adopted only the RKA, after it a pergeseran or the APBD Perubahan).
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
    return errors.rejectIf(!onDocumentDate.allows(instrument), "instrument",
        "tidak berlaku pada " + PemdaZone.formatDate(documentDate) + "; yang berlaku: "
            + onDocumentDate.instruments().stream().map(BudgetInstrument::label).collect(Collectors.joining(" atau ")));
  }
}
