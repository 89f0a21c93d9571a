package id.go.pemda.bandwidth.process.transition;

import id.go.pemda.bandwidth.budget.BudgetLine;
import id.go.pemda.bandwidth.budget.BudgetLineText;
import id.go.pemda.bandwidth.budget.BudgetService;
import id.go.pemda.bandwidth.process.contract.TransitionContract;
import id.go.pemda.bandwidth.process.form.FormContract;
import id.go.pemda.bandwidth.process.form.FormInput;
import id.go.pemda.bandwidth.process.form.FormTaskListener;
import id.go.pemda.bandwidth.transition.OpdTransition;
import id.go.pemda.bandwidth.transition.TransitionService;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** Task_RecordBudgetRevocation: BPKAD records the budget change that zeroes the OPD's line. */
@Component("recordBudgetRevocationTask")
public class RecordBudgetRevocationTaskListener extends FormTaskListener {

  static final String DOCUMENT = "budgetDocumentNumber";
  static final FormContract FORM =
      FormContract.of(
          "form-record-budget-revocation",
          List.of(DOCUMENT),
          List.of("viewOpd", "viewFiscalYear", "viewAccount", "viewBudgetLine"));

  private final BudgetService budgets;
  private final TransitionService transitions;

  public RecordBudgetRevocationTaskListener(BudgetService budgets, TransitionService transitions) {
    this.budgets = budgets;
    this.transitions = transitions;
  }

  @Override
  public FormContract form() {
    return FORM;
  }

  @Override
  protected Map<String, Object> show(DelegateTask task) {
    OpdTransition transition = transitions.require(TransitionContract.TRANSITION_ID.from(task));
    Optional<BudgetLine> line = budgets.line(transition.opdCode(), transition.fiscalYear());
    return Map.of(
        "viewOpd", transition.opdCode(),
        "viewFiscalYear", String.valueOf(transition.fiscalYear()),
        "viewAccount", BudgetLine.INTERNET_ACCOUNT,
        "viewBudgetLine", BudgetLineText.of(line));
  }

  @Override
  protected void onComplete(DelegateTask task, FormInput input) {
    OpdTransition transition = transitions.require(TransitionContract.TRANSITION_ID.from(task));
    budgets.revoke(transition.opdCode(), transition.fiscalYear(), input.text(DOCUMENT), currentUser(task));
  }
}
