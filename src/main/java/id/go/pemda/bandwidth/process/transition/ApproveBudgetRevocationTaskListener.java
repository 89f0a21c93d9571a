package id.go.pemda.bandwidth.process.transition;

import id.go.pemda.bandwidth.budget.BudgetLineText;
import id.go.pemda.bandwidth.budget.BudgetMove;
import id.go.pemda.bandwidth.budget.BudgetService;
import id.go.pemda.bandwidth.budget.DoubleSpending;
import id.go.pemda.bandwidth.budget.RevocationDecision;
import id.go.pemda.bandwidth.budget.RevocationSummary;
import id.go.pemda.bandwidth.complaint.ComplaintService;
import id.go.pemda.bandwidth.complaint.OpenComplaintsView;
import id.go.pemda.bandwidth.connection.ConnectionService;
import id.go.pemda.bandwidth.coordination.PlanSummary;
import id.go.pemda.bandwidth.process.contract.TransitionContract;
import id.go.pemda.bandwidth.process.form.FormContract;
import id.go.pemda.bandwidth.process.form.FormInput;
import id.go.pemda.bandwidth.process.form.FormTaskListener;
import id.go.pemda.bandwidth.shared.Rupiah;
import id.go.pemda.bandwidth.shared.Wita;
import id.go.pemda.bandwidth.transition.OpdTransition;
import id.go.pemda.bandwidth.transition.TransitionService;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Task_ApproveBudgetRevocation: the monitoring passed without complaints. The Sekda sees the OPD's
 * line, what would move, whether the central line covers every approved plan, and the saving (or
 * extra cost), and approves, or defers: another monitoring period starts from now. No approval while a complaint
 * is open: the money follows a network that works.
 */
@Component("approveBudgetRevocationTask")
public class ApproveBudgetRevocationTaskListener extends FormTaskListener {

  static final String DECISION = "revocationDecision";
  static final String DEFER_REASON = "deferReason";
  static final FormContract FORM =
      FormContract.of(
          "form-approve-budget-revocation", List.of(DECISION, DEFER_REASON),
          List.of("viewOpd", "viewFiscalYear", "viewSitesSettled", "viewBudgetLine", "viewBudgetMove", "viewCentralCoverage",
              "viewOwnAnnualCost", "viewCentralAnnualCost", "viewAnnualSaving", "viewDoubleSpending", "viewCitySaving",
              OpenComplaintsView.VIEW));

  private final BudgetService budgets;
  private final TransitionService transitions;
  private final ConnectionService connections;
  private final ComplaintService complaints;
  private final OpenComplaintsView openComplaints;
  private final PlanSummary summary;
  private final Clock clock;

  public ApproveBudgetRevocationTaskListener(
      BudgetService budgets, TransitionService transitions, ConnectionService connections, ComplaintService complaints,
      OpenComplaintsView openComplaints, PlanSummary summary, Clock clock) {
    this.budgets = budgets;
    this.transitions = transitions;
    this.connections = connections;
    this.complaints = complaints;
    this.openComplaints = openComplaints;
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
    RevocationSummary revocation = budgets.summary(transitionId);
    BudgetMove move = budgets.plan(transitionId, Wita.today(clock));
    Map<String, Object> shown = new HashMap<>();
    shown.put("viewOpd", summary.opdName(transition.opdCode()));
    shown.put("viewFiscalYear", String.valueOf(transition.fiscalYear()));
    shown.put("viewSitesSettled", connections.progress(transitionId));
    shown.put("viewBudgetLine", BudgetLineText.of(budgets.line(transition.opdCode(), transition.fiscalYear())));
    shown.put("viewBudgetMove", move.describe());
    shown.put("viewCentralCoverage", revocation.coverage().describe());
    shown.put("viewOwnAnnualCost", Rupiah.format(revocation.ownAnnualCost()));
    shown.put("viewCentralAnnualCost", Rupiah.format(revocation.centralAnnualCost()));
    shown.put("viewAnnualSaving", RevocationSummary.savingText(revocation.annualSaving()));
    shown.put("viewDoubleSpending", revocation.doubleSpending().isEmpty()
        ? "Tidak ada titik yang masih membayar ISP sendiri"
        : revocation.doubleSpending().stream().map(DoubleSpending::describe).collect(Collectors.joining("\n"))
            + "\nJumlah: " + Rupiah.format(revocation.doubleSpendingCost()));
    shown.put("viewCitySaving", RevocationSummary.savingText(revocation.citySaving()));
    shown.putAll(openComplaints.of(transitionId));
    return shown;
  }

  @Override
  protected void onComplete(DelegateTask task, FormInput input) {
    RevocationDecision decision = input.choice(DECISION, RevocationDecision.class);
    Long transitionId = TransitionContract.TRANSITION_ID.from(task);
    budgets.decideRevocation(transitionId, decision);
    transitions.recordDecision(
        transitionId, TransitionContract.TASK_APPROVE_BUDGET_REVOCATION, decision, input.text(DEFER_REASON), currentUser(task));
    TransitionContract.REVOCATION_DECISION.set(task, decision);
  }
}
