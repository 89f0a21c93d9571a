package id.go.pemda.bandwidth.connection;

import id.go.pemda.bandwidth.shared.FieldErrors;
import id.go.pemda.bandwidth.shared.PemdaZone;
import java.time.LocalDate;

/**
 * The Sekda's decision at the end of a site's exemption: connect it (Diskominfo records the
 * link once it is accepted), or extend the exemption to a new day.
 */
public record ExemptionEndOutcome(ExemptionEndDecision decision, LocalDate newExemptedUntil) {

  /**
   * An extension ends on a day still to come, at the latest at the end of the fiscal year after
   * the one being transitioned, like the exemption itself.
   */
  FieldErrors check(LocalDate today, int fiscalYear) {
    LocalDate latest = LocalDate.of(fiscalYear + 1, 12, 31);
    return new FieldErrors().rejectIf(
        decision == ExemptionEndDecision.EXTEND
            && (newExemptedUntil == null || !newExemptedUntil.isAfter(today) || newExemptedUntil.isAfter(latest)),
        "newExemptedUntil", "harus setelah hari ini dan paling lambat " + PemdaZone.formatDate(latest));
  }
}
