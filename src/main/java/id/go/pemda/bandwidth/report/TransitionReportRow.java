package id.go.pemda.bandwidth.report;

import id.go.pemda.bandwidth.transition.TransitionStatus;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One OPD's transition as the report and the dashboard show it. Costs are yearly rupiah: the
 * monthly costs of the latest survey (own ISPs) and of the latest site plans (central network)
 * times twelve; a cost not known yet is {@code null}, and so is the saving it would give.
 *
 * @param sitesTotal the transition's sites: those being connected, else those surveyed, else the
 *     OPD's registered sites
 * @param yearlySavingRupiah old minus new yearly cost; negative when the central network costs more
 * @param responseBreaches complaints answered after their response deadline, or still unanswered
 *     past it
 * @param daysLeft whole days (WITA) from today to the deadline; negative once it has passed
 * @param budgetMovedRupiah what BPKAD recorded moved from the OPD's internet line so far
 */
public record TransitionReportRow(
    String opdCode,
    String opdName,
    Long programId,
    String programName,
    TransitionStatus stage,
    String stageLabel,
    Instant since,
    int sitesConnected,
    int sitesTotal,
    int sitesExempted,
    int bandwidthAgreedMbps,
    BigDecimal oldYearlyCostRupiah,
    BigDecimal newYearlyCostRupiah,
    BigDecimal yearlySavingRupiah,
    int openComplaints,
    int responseBreaches,
    int openTroubleTickets,
    Instant deadline,
    long daysLeft,
    DeadlineRisk deadlineRisk,
    String deadlineRiskLabel,
    Instant budgetRevokedAt,
    BigDecimal budgetMovedRupiah,
    String processInstanceId) {

  /** The budget moved (BPKAD recorded it) or the transition is through. */
  public boolean budgetMoved() {
    return deadlineRisk == DeadlineRisk.DONE;
  }
}
