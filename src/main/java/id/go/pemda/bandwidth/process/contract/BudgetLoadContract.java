package id.go.pemda.bandwidth.process.contract;

import id.go.pemda.bandwidth.process.ProcessVariable;

/**
 * BPKAD loads the OPDs' internet lines of a fiscal year ({@code bpmn/budget-load.bpmn}): a start
 * form with the fiscal year and the CSV; {@code Task_LoadBudgetLines} loads the whole file or
 * refuses the start naming every rejected row.
 */
public final class BudgetLoadContract {

  public static final String KEY = "budget-load";

  public static final String TASK_LOAD_BUDGET_LINES = "Task_LoadBudgetLines";
  /** What the load did, kept so that Cockpit shows it: inserted, updated, unchanged, skipped rows. */
  public static final ProcessVariable<String> LOAD_REPORT = ProcessVariable.of("budgetLoadReport", String.class);

  private BudgetLoadContract() {}
}
