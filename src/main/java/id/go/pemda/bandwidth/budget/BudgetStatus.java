package id.go.pemda.bandwidth.budget;

public enum BudgetStatus {
  ACTIVE,
  REVOKED
}
