package id.go.pemda.bandwidth.connection;

import id.go.pemda.bandwidth.shared.FieldErrors;
import java.time.LocalDate;

/**
 * What Diskominfo does after Icon+ could not install a site: send it again, another technical
 * solution (with notes), or propose that the site keeps its own line until a date (with a reason).
 */
public record FailedOrderOutcome(
    FailedOrderDecision decision, String solutionNotes, LocalDate proposedExemptionUntil, String exemptionReason) {

  /** A proposed exemption ends on a day still to come. */
  FieldErrors check(LocalDate today) {
    return new FieldErrors().rejectIf(
        decision == FailedOrderDecision.EXEMPTION && !proposedExemptionUntil.isAfter(today),
        "proposedExemptionUntil", "harus setelah hari ini");
  }

  /** Why, as the decision log keeps it: the solution's notes or the exemption's reason. */
  public String reason() {
    return switch (decision) {
      case OTHER_SOLUTION -> solutionNotes;
      case EXEMPTION -> exemptionReason;
      case RESEND -> null;
    };
  }
}
