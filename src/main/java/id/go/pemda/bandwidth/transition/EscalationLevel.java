package id.go.pemda.bandwidth.transition;

/** Who hears of a loop that went round too often. */
public enum EscalationLevel {
  /** Below the limits: the loop goes on as modelled. */
  NONE,
  /** The Kepala Diskominfo. */
  KADIS,
  /** The Sekda. */
  SEKDA
}
