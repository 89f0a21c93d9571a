package id.go.pemda.bandwidth.budget;

import id.go.pemda.bandwidth.shared.FieldErrors;
import id.go.pemda.bandwidth.shared.PemdaZone;
import java.time.LocalDate;

/**
 * The OPD's letter ending one site's old ISP contract.
 *
 * @param ispTerminatedOn the last day of the contract
 * @param signedByHead whether the Kepala Perangkat Daerah signed it
 */
public record IspTerminationLetter(
    LocalDate ispTerminatedOn, String ispTerminationReference, String signerName, boolean signedByHead) {

  /**
   * The contract ends on a day the OPD's line still pays (no bill after its budget is zero), by
   * a letter the Kepala Perangkat Daerah signed.
   */
  FieldErrors check(LocalDate paidUntil) {
    return new FieldErrors()
        .rejectIf(ispTerminatedOn.isAfter(paidUntil), "ispTerminatedOn", "paling lambat " + PemdaZone.formatDate(paidUntil)
            + ": sesudahnya anggaran OPD untuk titik ini nol dan tagihan ISP tidak dapat dibayar")
        .rejectIf(!signedByHead, "signedByHead", "pemutusan kontrak harus ditandatangani Kepala Perangkat Daerah");
  }
}
