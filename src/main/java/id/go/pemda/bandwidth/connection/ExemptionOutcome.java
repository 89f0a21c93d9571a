package id.go.pemda.bandwidth.connection;

import id.go.pemda.bandwidth.shared.FieldErrors;
import id.go.pemda.bandwidth.shared.PemdaZone;
import java.time.LocalDate;

/** The Sekda's decision on a site keeping its own line: until when, if approved. */
public record ExemptionOutcome(ExemptionDecision decision, LocalDate exemptedUntil) {

  /**
   * An exemption is temporary: it ends on a day still to come, at the latest at the end of the
   * fiscal year after the one being transitioned.
   */
  FieldErrors check(LocalDate today, int fiscalYear) {
    LocalDate latest = LocalDate.of(fiscalYear + 1, 12, 31);
    return new FieldErrors().rejectIf(
        decision == ExemptionDecision.APPROVE && (!exemptedUntil.isAfter(today) || exemptedUntil.isAfter(latest)),
        "exemptedUntil", "harus setelah hari ini dan paling lambat " + PemdaZone.formatDate(latest));
  }
}
