package id.go.pemda.bandwidth.connection;

/** What Diskominfo does with an order Icon+ reported as failed, and after chasing Icon+. */
public enum FailedOrderDecision {
  RESEND,
  CHASED
}
