package id.go.pemda.bandwidth.complaint;

/** Kind of network problem an OPD reports. */
public enum ComplaintCategory {
  LINK_DOWN,
  SLOW,
  INTERMITTENT,
  OTHER
}
