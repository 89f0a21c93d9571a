package id.go.pemda.bandwidth.budget;

import java.util.Optional;

import id.go.pemda.bandwidth.shared.FieldErrors;

/** The Sekda's decision on revoking an OPD's internet budget. */
public enum RevocationDecision {
  APPROVE,
  DEFER;

  /**
   * No approval while a complaint is open: the money follows a network that works. No approval
   * while BPKAD has not loaded the OPD's line for the year: the Sekda approves a known amount,
   * never Rp 0 by default.
   *
   * @param line the OPD's internet line of the fiscal year, if BPKAD loaded one
   */
  FieldErrors check(int openComplaints, Optional<BudgetLine> line, String opdCode, int fiscalYear) {
    return new FieldErrors()
        .rejectIf(this == APPROVE && openComplaints > 0, "revocationDecision",
            "masih ada " + openComplaints + " keluhan terbuka; tunda sampai jaringan pulih dan keluhan ditutup")
        .rejectIf(this == APPROVE && line.isEmpty(), "revocationDecision", noLine(opdCode, fiscalYear));
  }

  /** Why nothing can be decided or recorded yet on an OPD without a loaded line. */
  static String noLine(String opdCode, int fiscalYear) {
    return "BPKAD belum memuat pagu belanja internet " + opdCode + " TA " + fiscalYear
        + " dari APBD; minta BPKAD memuatnya (Muat pagu belanja internet) lalu setujui";
  }
}
