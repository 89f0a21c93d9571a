package id.go.pemda.bandwidth.budget;

import id.go.pemda.bandwidth.transition.OpdTransition;
import id.go.pemda.bandwidth.transition.TransitionProcess;
import id.go.pemda.bandwidth.transition.TransitionService;
import id.go.pemda.bandwidth.transition.TransitionStatus;
import id.go.pemda.bandwidth.workflow.FormField;
import id.go.pemda.bandwidth.workflow.FormInput;
import id.go.pemda.bandwidth.workflow.FormTaskListener;
import java.util.Optional;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** Task_RecordBudgetRevocation: BPKAD records the budget change that zeroes the OPD's line. */
@Component("recordBudgetRevocationTask")
public class RecordBudgetRevocationTaskListener extends FormTaskListener {

  static final FormField DOCUMENT = FormField.of("budgetDocumentNumber", "Nomor dokumen perubahan anggaran");

  private final BudgetService budgets;
  private final TransitionService transitions;

  public RecordBudgetRevocationTaskListener(BudgetService budgets, TransitionService transitions) {
    this.budgets = budgets;
    this.transitions = transitions;
  }

  @Override
  protected void onCreate(DelegateTask task) {
    OpdTransition transition =
        transitions.moveTo(TransitionProcess.TRANSITION_ID.from(task), TransitionStatus.BUDGET_REVOCATION);
    Optional<BudgetLine> line = budgets.line(transition.opdCode(), transition.fiscalYear());
    task.setVariablesLocal(
        Map.of(
            "viewOpd", transition.opdCode(),
            "viewFiscalYear", String.valueOf(transition.fiscalYear()),
            "viewAccount", BudgetLine.INTERNET_ACCOUNT,
            "viewBudgetLine", BudgetLineText.of(line)));
  }

  @Override
  protected void onComplete(DelegateTask task) {
    FormInput input = FormInput.of(task);
    String document = input.requiredText(DOCUMENT, 200);
    input.throwIfInvalid();
    OpdTransition transition = transitions.require(TransitionProcess.TRANSITION_ID.from(task));
    budgets.revoke(transition.opdCode(), transition.fiscalYear(), document, currentUser(task));
    input.consume();
  }
}
