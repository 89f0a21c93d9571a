package id.go.pemda.bandwidth.connection;

/** The Sekda's decision on keeping a site on its own line for a while. */
public enum ExemptionDecision {
  APPROVE,
  REJECT
}
