package id.go.pemda.bandwidth.connection;

/** Where a connection order stands. */
public enum OrderStatus {
  ORDERED,
  SENT,
  FAILED,
  CANCELLED,
  INSTALLED
}
