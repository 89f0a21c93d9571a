package id.go.pemda.bandwidth.complaint;

/** The OPD's check after Icon+ reported a repair. */
public enum RepairConfirmation {
  WORKS,
  STILL_DOWN
}
