package id.go.pemda.bandwidth.connection;

import id.go.pemda.bandwidth.shared.FieldErrors;
import id.go.pemda.bandwidth.shared.PemdaZone;
import java.time.LocalDate;
import java.util.List;

/**
 * The Sekda's decision at the end of a site's exemption: connect it (Diskominfo records the
 * link once it is accepted), or extend the exemption to a new day.
 */
public record ExemptionEndOutcome(ExemptionEndDecision decision, LocalDate newExemptedUntil) {

  /** The latest day an exemption may last: the end of the fiscal year after the one being transitioned. */
  static LocalDate latest(int fiscalYear) {
    return LocalDate.of(fiscalYear + 1, 12, 31);
  }

  /**
   * The decisions open on {@code today}: connecting always; an extension only while a day after
   * today is still on or before the {@link #latest} day.
   */
  static List<ExemptionEndDecision> open(LocalDate today, int fiscalYear) {
    return today.isBefore(latest(fiscalYear))
        ? List.of(ExemptionEndDecision.CONNECT, ExemptionEndDecision.EXTEND)
        : List.of(ExemptionEndDecision.CONNECT);
  }

  /**
   * The decision is one of those {@link #open} today; an extension ends on a day still to come,
   * at the latest on the {@link #latest} day, like the exemption itself.
   */
  FieldErrors check(LocalDate today, int fiscalYear) {
    LocalDate latest = latest(fiscalYear);
    FieldErrors errors = new FieldErrors();
    if (!open(today, fiscalYear).contains(decision)) {
      return errors.reject("exemptionEndDecision", "pengecualian tidak dapat diperpanjang lagi: batas "
          + PemdaZone.formatDate(latest) + " sudah tercapai");
    }
    return errors.rejectIf(
        decision == ExemptionEndDecision.EXTEND
            && (newExemptedUntil == null || !newExemptedUntil.isAfter(today) || newExemptedUntil.isAfter(latest)),
        "newExemptedUntil", "harus setelah hari ini dan paling lambat " + PemdaZone.formatDate(latest));
  }
}
