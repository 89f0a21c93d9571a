package id.go.pemda.bandwidth.iconplus;

/** What became of a callback; the API answers 204, 204, 404 and 409. */
public enum CallbackOutcome {
  ACCEPTED,
  DUPLICATE,
  UNKNOWN_REFERENCE,
  NOT_WAITING
}
