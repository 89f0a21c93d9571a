package id.go.pemda.bandwidth.budget;

import id.go.pemda.bandwidth.coordination.CoordinationService;
import id.go.pemda.bandwidth.survey.SurveyAnswer;
import id.go.pemda.bandwidth.survey.SurveyService;
import id.go.pemda.bandwidth.transition.OpdTransition;
import id.go.pemda.bandwidth.transition.TransitionService;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
public class BudgetService {

  private final BudgetLineRepository lines;
  private final TransitionService transitions;
  private final SurveyService surveys;
  private final CoordinationService coordination;
  private final Clock clock;

  public BudgetService(
      BudgetLineRepository lines,
      TransitionService transitions,
      SurveyService surveys,
      CoordinationService coordination, Clock clock) {
    this.lines = lines;
    this.transitions = transitions;
    this.surveys = surveys;
    this.coordination = coordination;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public Optional<BudgetLine> line(String opdCode, int fiscalYear) {
    return lines.findByOpdCodeAndFiscalYearAndAccountCode(opdCode, fiscalYear, BudgetLine.INTERNET_ACCOUNT);
  }

  @Transactional(readOnly = true)
  public RevocationSummary summary(Long transitionId, Long planId) {
    OpdTransition transition = transitions.require(transitionId);
    SurveyAnswer survey = surveys.requireLatest(transitionId);
    BigDecimal centralMonthly = coordination.require(planId).centralMonthlyCostRupiah();
    return RevocationSummary.of(
        transition.opdCode(),
        transition.fiscalYear(),
        survey.monthlyCostRupiah(),
        centralMonthly,
        new DoubleSpending(
            transition.acceptedOn(),
            transition.ispTerminatedOn() != null ? transition.ispTerminatedOn() : survey.contractEndDate(),
            survey.monthlyCostRupiah(),
            centralMonthly),
        RevocationSummary.annual(lines.monthlySavingOfCampaign(transition.campaignId())));
  }

  /**
   * Sets the OPD's internet line for the fiscal year to zero. Revoking again changes nothing,
   * and neither does revoking a paid line; an OPD without a recorded line gets a revoked zero
   * line, so the revocation is on record.
   */
  public BudgetLine revoke(String opdCode, int fiscalYear, String reference, String revokedBy) {
    BudgetLine line =
        line(opdCode, fiscalYear).orElseGet(() -> BudgetLine.active(opdCode, fiscalYear, BigDecimal.ZERO, false));
    if (!line.revocable()) {
      return line;
    }
    return lines.save(line.revoked(clock.instant(), revokedBy, reference));
  }

  public BudgetLine record(String opdCode, int fiscalYear, BigDecimal amount, boolean paid) {
    return line(opdCode, fiscalYear)
        .orElseGet(() -> lines.save(BudgetLine.active(opdCode, fiscalYear, amount, paid)));
  }
}
