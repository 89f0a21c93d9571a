package id.go.pemda.bandwidth.coordination;

/** The Head of Diskominfo's decision on a connection plan. */
public enum PlanDecision {
  APPROVE,
  REJECT
}
