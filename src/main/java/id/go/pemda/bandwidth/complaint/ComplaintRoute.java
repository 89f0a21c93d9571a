package id.go.pemda.bandwidth.complaint;

/** Where a complaint is handled: in the OPD's running transition, or in the support process. */
public enum ComplaintRoute {
  TRANSITION,
  SUPPORT
}
