package id.go.pemda.bandwidth.connection;

/** What Diskominfo does when Icon+ is late with an installation. */
public enum ChaseDecision {
  /** Icon+ answered; the installation is still expected. */
  KEEP_WAITING,
  /** Icon+ cannot install: the order is cancelled at Icon+ and handled like a failed one. */
  CANCEL_ORDER
}
