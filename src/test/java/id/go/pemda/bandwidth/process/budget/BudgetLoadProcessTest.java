package id.go.pemda.bandwidth.process.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import id.go.pemda.bandwidth.budget.BudgetDocument;
import id.go.pemda.bandwidth.budget.BudgetLine;
import id.go.pemda.bandwidth.budget.BudgetService;
import id.go.pemda.bandwidth.process.contract.BudgetLoadContract;
import id.go.pemda.bandwidth.process.form.FormInputException;
import id.go.pemda.bandwidth.process.form.FormSubmissions;
import id.go.pemda.bandwidth.support.ApplicationTest;
import id.go.pemda.bandwidth.support.TestOpds;
import id.go.pemda.bandwidth.support.TransitionDriver;
import id.go.pemda.bandwidth.support.TimeTravel;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * {@code bpmn/budget-load.bpmn}: BPKAD pastes the APBD's CSV into the start form in Tasklist; the
 * lines are loaded and the instance ends with its report, or the start is refused naming each
 * rejected row and nothing is stored.
 */
@ApplicationTest
class BudgetLoadProcessTest {

  // Tests share one database: this fiscal year and these OPDs belong to this class.
  private static final int FISCAL_YEAR = 2059;
  private static final String HEADER = "kode_opd;kode_sub_kegiatan;kode_rekening;pagu;realisasi;dokumen\n";

  @Autowired ProcessEngine engine;
  @Autowired FormSubmissions submissions;
  @Autowired BudgetService budgets;
  @Autowired TestOpds opds;
  @Autowired TransitionDriver driver;

  @BeforeEach
  void setUp() {
    TimeTravel.to(Instant.parse("2058-12-10T02:00:00Z"));
  }

  @Test
  void bpkad_loads_the_lines_with_the_start_form_and_the_instance_ends_with_its_report() {
    String opd = opds.register("UJI-PROSES-MUAT");
    String csv = HEADER + opd + ";1.02.01.1.02.0001;" + BudgetLine.INTERNET_ACCOUNT + ";\"48.000.000\";0;DPA\n"
        + opd + ";1.02.01.1.02.0001;5.1.02.01.01.0024;1.000.000;0;DPA\n";

    ProcessInstance load = driver.as("bpkad", () -> start(csv));

    assertThat(load).isEnded().hasPassed(BudgetLoadContract.TASK_LOAD_BUDGET_LINES);
    BudgetLine line = budgets.line(opd, FISCAL_YEAR).orElseThrow();
    assertThat(line.amountRupiah()).isEqualByComparingTo("48000000");
    assertThat(line.document()).isEqualTo(BudgetDocument.DPA);
    assertThat(line.loadedBy()).isEqualTo("bpkad");
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(load.getId())
        .variableName(BudgetLoadContract.LOAD_REPORT.name()).singleResult().getValue())
        .isEqualTo("TA " + FISCAL_YEAR + ": 1 baru, 0 diperbarui, 0 tetap, 1 dilewati (rekening lain)");
    // the pasted file is not kept in the process
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(load.getId())
        .variableName("csv").list()).allSatisfy(variable -> assertThat(variable.getState()).isEqualTo("DELETED"));
  }

  @Test
  void a_rejected_row_refuses_the_start_naming_its_line_and_nothing_is_stored() {
    String opd = opds.register("UJI-PROSES-TOLAK");
    long before = instances();
    String csv = HEADER + opd + ";1.02.01.1.02.0001;" + BudgetLine.INTERNET_ACCOUNT + ";48000000;0;DPA\n"
        + "PPU.DINKES;1.02.01.1.02.0001;" + BudgetLine.INTERNET_ACCOUNT + ";48000000;0;DPA\n";

    assertThatThrownBy(() -> driver.as("bpkad", () -> start(csv)))
        .isInstanceOf(FormInputException.class)
        .hasMessageContaining("(csv): line 3: kode_opd: OPD 'PPU.DINKES' tidak dikenal di daftar OPD Pemda ini");

    assertThat(budgets.line(opd, FISCAL_YEAR)).isEmpty();
    assertThat(instances()).isEqualTo(before);
  }

  private ProcessInstance start(String csv) {
    return submissions.startByKey(BudgetLoadContract.KEY, Map.of("fiscalYear", FISCAL_YEAR, "csv", csv));
  }

  private long instances() {
    return engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(BudgetLoadContract.KEY).count();
  }

}
