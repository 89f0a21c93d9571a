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
   * a letter the Kepala Perangkat Daerah signed; and only once the site is on the central network:
   * its link accepted (BAUT), not before that day, and with no complaint about it still open.
   *
   * @param acceptedOn the day the site's central link was accepted, null while it is not
   * @param openComplaints the open complaints about the site or the OPD's whole network
   */
  FieldErrors check(LocalDate paidUntil, LocalDate acceptedOn, int openComplaints) {
    FieldErrors errors = new FieldErrors();
    if (acceptedOn == null) {
      errors.reject("ispTerminatedOn", "titik belum lulus uji terima (BAUT): kontrak ISP lama diakhiri sesudah"
          + " jaringan pusat diterima, agar titik tidak terputus");
    } else if (ispTerminatedOn.isBefore(acceptedOn)) {
      errors.reject("ispTerminatedOn", "tidak sebelum uji terima jaringan pusat (" + PemdaZone.formatDate(acceptedOn)
          + "), agar titik tidak terputus");
    }
    return errors
        .rejectIf(openComplaints > 0, "ispTerminatedOn", "masih ada " + openComplaints + " keluhan terbuka untuk titik"
            + " ini; kontrak ISP lama diakhiri setelah keluhan ditutup")
        .rejectIf(ispTerminatedOn.isAfter(paidUntil), "ispTerminatedOn", "paling lambat " + PemdaZone.formatDate(paidUntil)
            + ": sesudahnya anggaran OPD untuk titik ini nol dan tagihan ISP tidak dapat dibayar")
        .rejectIf(!signedByHead, "signedByHead", "pemutusan kontrak harus ditandatangani Kepala Perangkat Daerah");
  }
}
