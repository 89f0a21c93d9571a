package id.go.pemda.bandwidth.transition;

/** Where an OPD's transition stands; kept in the table so reports need no engine query. */
public enum TransitionStatus {
  SURVEY,
  COORDINATION,
  CONNECTION,
  ACCEPTANCE,
  EVALUATION,
  BUDGET_REVOCATION,
  COMPLETED
}
