package id.go.pemda.bandwidth.transition;

/** Where an escalation of a counted loop stands ({@code loop_escalation.status}). */
public enum EscalationStatus {
  /** The Kepala Diskominfo or the Sekda has a task for it. */
  OPEN,
  /** They noted their follow-up. */
  FOLLOWED_UP,
  /** What went round ended first (the transition, or the complaint): the task was withdrawn unanswered. */
  CLOSED_WITHOUT_REVIEW
}
