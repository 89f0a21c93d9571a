package id.go.pemda.bandwidth.budget;

/** The Sekda's decision on revoking an OPD's internet budget. */
public enum RevocationDecision {
  APPROVE,
  DEFER
}
