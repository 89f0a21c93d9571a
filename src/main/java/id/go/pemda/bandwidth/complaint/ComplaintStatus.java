package id.go.pemda.bandwidth.complaint;

public enum ComplaintStatus {
  OPEN,
  CLOSED
}
