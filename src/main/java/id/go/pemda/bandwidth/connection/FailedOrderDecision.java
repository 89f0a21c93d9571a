package id.go.pemda.bandwidth.connection;

/** What Diskominfo does after Icon+ could not install a site (or its order was cancelled). */
public enum FailedOrderDecision {
  /** Icon+ can try again: a new attempt of the same order. */
  RESEND,
  /** Another technical solution under the central contract, ordered anew. */
  OTHER_SOLUTION,
  /** The site keeps its own line for now; the Sekda approves until when. */
  EXEMPTION
}
