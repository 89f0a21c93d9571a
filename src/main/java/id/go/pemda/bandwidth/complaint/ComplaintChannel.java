package id.go.pemda.bandwidth.complaint;

/** How a complaint came in. */
public enum ComplaintChannel {
  TASKLIST,
  API
}
