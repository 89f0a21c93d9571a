package id.go.pemda.bandwidth.process.budget;

import id.go.pemda.bandwidth.budget.BudgetLineLoading;
import id.go.pemda.bandwidth.process.CurrentUser;
import id.go.pemda.bandwidth.process.contract.BudgetLoadContract;
import id.go.pemda.bandwidth.process.form.FormContract;
import id.go.pemda.bandwidth.process.form.FormInput;
import id.go.pemda.bandwidth.process.form.FormServerSide;
import id.go.pemda.bandwidth.process.tenant.TenantIds;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_LoadBudgetLines of {@code budget-load.bpmn}: BPKAD's start form, loaded whole. It runs in
 * the starting transaction, so a rejected row refuses the start under the form's fields and
 * nothing is stored.
 */
@Component("loadBudgetLines")
public class LoadBudgetLinesDelegate implements JavaDelegate, FormServerSide {

  static final FormContract FORM = FormContract.of(
      "form-load-budget-lines", List.of(BudgetLineLoading.FISCAL_YEAR_FIELD, BudgetLineLoading.FILE_FIELD), List.of());

  private final BudgetLineLoading loading;

  public LoadBudgetLinesDelegate(BudgetLineLoading loading) {
    this.loading = loading;
  }

  @Override
  public FormContract contract() {
    return FORM;
  }

  @Override
  public void execute(DelegateExecution execution) {
    FormInput input = FormInput.ofStart(execution, FORM);
    Long fiscalYear = input.wholeNumber(BudgetLineLoading.FISCAL_YEAR_FIELD);
    String csv = input.text(BudgetLineLoading.FILE_FIELD);
    BudgetLineLoading.Report report = input.apply(() -> loading.load(
        TenantIds.of(execution), fiscalYear == null ? null : fiscalYear.intValue(),
        new ByteArrayInputStream((csv == null ? "" : csv).getBytes(StandardCharsets.UTF_8)),
        CurrentUser.of(execution).orElse("system")));
    input.consume();
    BudgetLoadContract.LOAD_REPORT.set(execution, report.describe());
  }
}
