package id.go.pemda.bandwidth.process.transition;

import id.go.pemda.bandwidth.budget.BudgetInstrument;
import id.go.pemda.bandwidth.budget.BudgetLineText;
import id.go.pemda.bandwidth.budget.BudgetMove;
import id.go.pemda.bandwidth.budget.BudgetService;
import id.go.pemda.bandwidth.budget.RevocationDocument;
import id.go.pemda.bandwidth.coordination.PlanSummary;
import id.go.pemda.bandwidth.process.contract.TransitionContract;
import id.go.pemda.bandwidth.process.form.FormContract;
import id.go.pemda.bandwidth.process.form.FormInput;
import id.go.pemda.bandwidth.process.form.FormTaskListener;
import id.go.pemda.bandwidth.shared.Wita;
import id.go.pemda.bandwidth.transition.DecisionRecord;
import id.go.pemda.bandwidth.transition.ForceCutService;
import id.go.pemda.bandwidth.transition.OpdTransition;
import id.go.pemda.bandwidth.transition.TransitionService;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Task_RecordBudgetRevocation: BPKAD records the instrument that moved the OPD's line, with its
 * document. The day decides which instruments apply (before the APBD is adopted only the RKA);
 * only the unspent remainder moves, and Diskominfo's central line rises by the same amount.
 */
@Component("recordBudgetRevocationTask")
public class RecordBudgetRevocationTaskListener extends FormTaskListener {

  static final String INSTRUMENT = "instrument";
  static final String DOCUMENT_NUMBER = "documentNumber";
  static final String DOCUMENT_DATE = "documentDate";
  static final FormContract FORM =
      FormContract.of("form-record-budget-revocation", List.of(INSTRUMENT, DOCUMENT_NUMBER, DOCUMENT_DATE),
          List.of("viewOpd", "viewFiscalYear", "viewCutReason", "viewBudgetLine", "viewBudgetMove", "viewInstruments"));

  private final BudgetService budgets;
  private final TransitionService transitions;
  private final PlanSummary summary;
  private final Clock clock;

  public RecordBudgetRevocationTaskListener(
      BudgetService budgets, TransitionService transitions, PlanSummary summary, Clock clock) {
    this.budgets = budgets;
    this.transitions = transitions;
    this.summary = summary;
    this.clock = clock;
  }

  @Override
  public FormContract form() {
    return FORM;
  }

  @Override
  protected Map<String, Object> show(DelegateTask task) {
    Long transitionId = TransitionContract.TRANSITION_ID.from(task);
    OpdTransition transition = transitions.require(transitionId);
    BudgetMove move = budgets.plan(transitionId, Wita.today(clock));
    Map<String, Object> shown = new HashMap<>();
    shown.put("viewOpd", summary.opdName(transition.opdCode()));
    shown.put("viewFiscalYear", String.valueOf(transition.fiscalYear()));
    shown.put("viewCutReason", reason(transition));
    shown.put("viewBudgetLine", BudgetLineText.of(budgets.line(transition.opdCode(), transition.fiscalYear())));
    shown.put("viewBudgetMove", move.describe());
    shown.put("viewInstruments", move.instruments().stream().map(BudgetInstrument::label).collect(Collectors.joining("\n")));
    return shown;
  }

  @Override
  protected void onComplete(DelegateTask task, FormInput input) {
    budgets.revoke(TransitionContract.TRANSITION_ID.from(task), new RevocationDocument(
        input.choice(INSTRUMENT, BudgetInstrument.class), input.text(DOCUMENT_NUMBER), input.date(DOCUMENT_DATE)),
        currentUser(task));
  }

  /** Why the budget moves: the Sekda's approval after the monitoring, or a cut and its reason. */
  private String reason(OpdTransition transition) {
    if (transition.cutRequestedAt() == null) {
      return "Disetujui Sekda setelah masa pemantauan tanpa keluhan";
    }
    Optional<DecisionRecord> cut = transitions.latestDecision(transition.id(), ForceCutService.DECISION_STEP)
        .or(() -> transitions.latestDecision(transition.id(), TransitionContract.TASK_DECIDE_OVERDUE_TRANSITION));
    return "Dipotong Sekda pada " + Wita.format(transition.cutRequestedAt())
        + cut.map(decision -> ": " + decision.reason()).orElse("")
        + (transition.networkReadyAt() == null ? ". Jaringan OPD masih dalam pemasangan dan tetap dilanjutkan." : ".");
  }
}
