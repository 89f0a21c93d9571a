package id.go.pemda.bandwidth.complaint;

/** Diskominfo's finding on a complaint; every finding closes it. */
public enum EvaluationResult {
  RESOLVED,
  PROVIDER_FAULT,
  OPD_SIDE
}
