package id.go.pemda.bandwidth.transition;

/**
 * What a counted loop belongs to, and so what ends its open escalations: an OPD's transition, or
 * one complaint (a repair still down, {@link LoopKind#STILL_DOWN}). The {@code owner_id} of a
 * {@code loop_count} or {@code loop_escalation} row is the transition's or the complaint's id.
 */
public enum LoopOwner {
  TRANSITION,
  COMPLAINT;

  /** Whether loops of {@code kind} belong to this kind of owner. */
  public boolean owns(LoopKind kind) {
    return kind.perComplaint() == (this == COMPLAINT);
  }
}
