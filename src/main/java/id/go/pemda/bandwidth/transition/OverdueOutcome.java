package id.go.pemda.bandwidth.transition;

import id.go.pemda.bandwidth.shared.FieldErrors;
import id.go.pemda.bandwidth.shared.PemdaZone;
import java.time.LocalDate;
import java.util.List;

/** The Sekda's decision on an OPD still in transition at its deadline: cut now, or a new deadline. */
public record OverdueOutcome(OverdueDecision decision, LocalDate newDeadline) {

  /**
   * The decisions open on {@code today}: a cut always; an extension only while a day after today
   * is still on or before the latest day a deadline may move to.
   */
  static List<OverdueDecision> open(LocalDate today, LocalDate latestExtension) {
    return today.isBefore(latestExtension)
        ? List.of(OverdueDecision.FORCE_REVOCATION, OverdueDecision.EXTEND)
        : List.of(OverdueDecision.FORCE_REVOCATION);
  }

  /**
   * The decision is one of those {@link #open} today; an extension ends on a day still to come,
   * and no later than the latest day of the fiscal year a deadline may move to (double spending
   * goes on until then).
   */
  FieldErrors check(LocalDate today, LocalDate latestExtension) {
    FieldErrors errors = new FieldErrors();
    if (!open(today, latestExtension).contains(decision)) {
      return errors.reject("overdueDecision", noExtension(latestExtension));
    }
    return errors.rejectIf(
        decision == OverdueDecision.EXTEND && (!newDeadline.isAfter(today) || newDeadline.isAfter(latestExtension)),
        "newDeadline", "harus setelah hari ini dan paling lambat " + PemdaZone.formatDate(latestExtension));
  }

  /** Why only a cut remains: the latest day a deadline may move to has come. */
  static String noExtension(LocalDate latestExtension) {
    return "tenggat tidak dapat diperpanjang lagi: batas perpanjangan " + PemdaZone.formatDate(latestExtension)
        + " sudah tercapai";
  }
}
