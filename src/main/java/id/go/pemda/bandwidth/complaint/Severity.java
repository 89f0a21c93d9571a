package id.go.pemda.bandwidth.complaint;

/** How bad a complaint is, from the triage table. */
public enum Severity {
  CRITICAL,
  HIGH,
  MEDIUM,
  LOW
}
