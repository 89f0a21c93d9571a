package id.go.pemda.bandwidth.connection;

import id.go.pemda.bandwidth.shared.FieldErrors;
import id.go.pemda.bandwidth.shared.PemdaZone;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * What Diskominfo heard when it chased Icon+ about a late installation: a date Icon+ promises, or
 * that it cannot install (the order is withdrawn, with the reason).
 */
public record ChaseOutcome(ChaseDecision decision, LocalDate promisedDate, String cancellationReason) {

  /** A promised day means the end of that working day in the Pemda's zone. */
  static final LocalTime END_OF_WORKING_DAY = LocalTime.of(17, 0);

  /** A promise is a day still to come. */
  FieldErrors check(LocalDate today) {
    return new FieldErrors().rejectIf(
        decision == ChaseDecision.KEEP_WAITING && !promisedDate.isAfter(today), "promisedDate", "harus setelah hari ini");
  }

  /** The installation's new deadline: the end of the promised working day. */
  Instant promisedDueAt(PemdaZone zone) {
    return zone.at(promisedDate, END_OF_WORKING_DAY);
  }
}
