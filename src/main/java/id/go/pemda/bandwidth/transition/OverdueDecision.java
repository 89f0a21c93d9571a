package id.go.pemda.bandwidth.transition;

/** The Sekda's decision on an OPD still in transition at its deadline. */
public enum OverdueDecision {
  FORCE_REVOCATION,
  EXTEND
}
