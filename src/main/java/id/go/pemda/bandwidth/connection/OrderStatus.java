package id.go.pemda.bandwidth.connection;

/** Where a connection order stands: recorded, sent to Icon+, failed there, or installed. */
public enum OrderStatus {
  ORDERED,
  SENT,
  FAILED,
  INSTALLED
}
