package id.go.pemda.bandwidth.transition;

import java.time.Instant;
import org.springframework.data.annotation.Id;

/** Who decided what at a decision task of a transition, when and why. */
public record DecisionRecord(
    @Id Long id,
    Long transitionId,
    String step,
    String decision,
    String reason,
    String decidedBy,
    Instant decidedAt) {

  /** What a reminder or an escalation records as its decision: someone followed up. */
  public static final String FOLLOWED_UP = "FOLLOWED_UP";
}
