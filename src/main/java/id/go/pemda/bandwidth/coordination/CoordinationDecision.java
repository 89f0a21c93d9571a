package id.go.pemda.bandwidth.coordination;

/** Diskominfo's outcome of technical coordination. */
public enum CoordinationDecision {
  AGREED,
  SEND_BACK
}
