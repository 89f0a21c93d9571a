package id.go.pemda.bandwidth.transition;

/**
 * After how many rounds a loop is escalated (a Pemda's settings, {@code bandwidth.escalate-to-*} by default): at the
 * {@code kadisAfter}-th round the Kepala Diskominfo is told, from the {@code sekdaAfter}-th round
 * on the Sekda is told at every further round. The Sekda's limit is above the Kepala's.
 */
public record EscalationLimits(int kadisAfter, int sekdaAfter) {

  public EscalationLimits {
    if (kadisAfter < 1 || sekdaAfter <= kadisAfter) {
      throw new IllegalArgumentException("escalation limits: need 1 <= kadis-after < sekda-after, got "
          + kadisAfter + " and " + sekdaAfter);
    }
  }

  /** Who hears of the {@code count}-th round of a loop. */
  public EscalationLevel levelAt(int count) {
    if (count >= sekdaAfter) {
      return EscalationLevel.SEKDA;
    }
    return count == kadisAfter ? EscalationLevel.KADIS : EscalationLevel.NONE;
  }
}
