package id.go.pemda.bandwidth.connection;

public enum OrderStatus {
  ORDERED,
  INSTALLED
}
