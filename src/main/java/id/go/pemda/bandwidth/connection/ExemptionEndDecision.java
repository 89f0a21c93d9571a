package id.go.pemda.bandwidth.connection;

/** The Sekda's decision when a site's exemption ends: connect it now, or extend the exemption. */
public enum ExemptionEndDecision {
  CONNECT,
  EXTEND
}
