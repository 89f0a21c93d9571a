package id.go.pemda.bandwidth.coordination;

public enum PlanStatus {
  RECOMMENDED,
  AGREED,
  APPROVED
}
