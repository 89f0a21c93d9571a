package id.go.pemda.bandwidth.transition;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * After how many rounds a loop is escalated ({@code bandwidth.escalation.*}): at the
 * {@code kadisAfter}-th round the Kepala Diskominfo is told, from the {@code sekdaAfter}-th round
 * on the Sekda is told at every further round. The Sekda's limit is above the Kepala's.
 */
@ConfigurationProperties(prefix = "bandwidth.escalation")
public record EscalationLimits(@DefaultValue("3") int kadisAfter, @DefaultValue("5") int sekdaAfter) {

  public EscalationLimits {
    if (kadisAfter < 1 || sekdaAfter <= kadisAfter) {
      throw new IllegalArgumentException("bandwidth.escalation: need 1 <= kadis-after < sekda-after, got "
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
