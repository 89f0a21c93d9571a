package id.go.pemda.bandwidth.transition;

import id.go.pemda.bandwidth.shared.FieldErrors;
import id.go.pemda.bandwidth.shared.PemdaZone;
import java.time.LocalDate;

/** The Sekda's decision on an OPD still in transition at its deadline: cut now, or a new deadline. */
public record OverdueOutcome(OverdueDecision decision, LocalDate newDeadline) {

  /**
   * An extension ends on a day still to come, and no later than the latest day of the fiscal year
   * a deadline may move to (double spending goes on until then).
   */
  FieldErrors check(LocalDate today, LocalDate latestExtension) {
    return new FieldErrors().rejectIf(
        decision == OverdueDecision.EXTEND && (!newDeadline.isAfter(today) || newDeadline.isAfter(latestExtension)),
        "newDeadline", "harus setelah hari ini dan paling lambat " + PemdaZone.formatDate(latestExtension));
  }
}
