package id.go.pemda.bandwidth.budget;

import id.go.pemda.bandwidth.shared.FieldErrors;

/** The Sekda's decision on revoking an OPD's internet budget. */
public enum RevocationDecision {
  APPROVE,
  DEFER;

  /** No approval while a complaint is open: the money follows a network that works. */
  FieldErrors check(int openComplaints) {
    return new FieldErrors().rejectIf(this == APPROVE && openComplaints > 0, "revocationDecision",
        "masih ada " + openComplaints + " keluhan terbuka; tunda sampai jaringan pulih dan keluhan ditutup");
  }
}
