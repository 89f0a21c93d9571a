package id.go.pemda.bandwidth.transition;

import java.time.Instant;

/**
 * One round of a loop that passed a limit: what went round, how often, and who was told.
 *
 * @param id the escalation's row, null below the limits
 * @param ownerId the transition, or the complaint of a {@link LoopKind#STILL_DOWN} loop
 * @param siteId the site of a per-site loop, 0 otherwise
 */
public record LoopEscalation(
    Long id, LoopKind kind, Long ownerId, Long siteId, int count, EscalationLevel level, Instant raisedAt) {

  public boolean escalates() {
    return level != EscalationLevel.NONE;
  }

  /** "Order titik dikirim ulang: 3 kali". */
  public String summary() {
    return kind.label() + ": " + count + " kali";
  }
}
