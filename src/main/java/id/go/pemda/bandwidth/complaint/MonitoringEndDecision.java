package id.go.pemda.bandwidth.complaint;

/**
 * The Kepala Diskominfo's word on the end of a monitoring period, before the Sekda decides on the
 * OPD's budget: it ended without complaints, or it starts again (a problem the OPD reported
 * outside the system, a link that is still unstable).
 */
public enum MonitoringEndDecision {
  CONFIRM,
  RESTART
}
