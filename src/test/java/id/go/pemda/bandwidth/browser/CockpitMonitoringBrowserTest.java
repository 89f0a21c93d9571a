package id.go.pemda.bandwidth.browser;

import static id.go.pemda.bandwidth.support.TransitionDriver.ownIspSite;
import static id.go.pemda.bandwidth.support.TransitionDriver.survey;
import static org.assertj.core.api.Assertions.assertThat;

import id.go.pemda.bandwidth.process.contract.TransitionContract;
import id.go.pemda.bandwidth.process.decision.RecommendedBandwidthTable;
import id.go.pemda.bandwidth.support.ApplicationTest;
import id.go.pemda.bandwidth.support.TestOpds;
import id.go.pemda.bandwidth.support.TransitionDriver;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The monitoring roles watch the transition in Cockpit: the start page, the list of processes,
 * the transition's model with its instances, one OPD's instance with its variables, and the
 * decision tables. Every call these pages make must pass the engine API's door for the role
 * (docs/security.md), so a page that shows its content and no error proves the allowlist fits.
 */
@ApplicationTest
@BrowserTest
class CockpitMonitoringBrowserTest {

  // Tests share one database: this fiscal year's program belongs to this class.
  private static final int FISCAL_YEAR = 2051;

  /** The tabs under an instance's diagram, as the Indonesian Cockpit names them. */
  private static final java.util.List<String> INSTANCE_TABS =
      java.util.List.of("Insiden", "Instans Proses yang Dipanggil", "Tugas Pengguna", "Job", "Tugas Eksternal", "Variabel");

  private static Browser browser;

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired TransitionDriver driver;
  @Autowired TestOpds opds;

  @AfterAll
  static void closeBrowser() {
    if (browser != null) {
      browser.close();
      browser = null;
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"sekda", "diskominfo", "kadis"})
  void a_monitoring_role_reads_processes_an_instance_and_decisions_in_cockpit(String user) {
    String opd = opds.register("UJI-COCKPIT-" + user.toUpperCase());
    ProcessInstance instance = driver.start(opd, FISCAL_YEAR);
    driver.fillSurvey(instance, survey(ownIspSite("Kantor " + opd, 2_500_000L, "2050-12-31")));
    String definitionId = instance.getProcessDefinitionId();
    DecisionDefinition decision = engine.getRepositoryService().createDecisionDefinitionQuery()
        .decisionDefinitionKey(RecommendedBandwidthTable.DECISION_KEY).latestVersion().singleResult();

    if (browser == null) {
      browser = Browser.open(port);
    }
    browser.login(user, "cockpit");

    browser.open("/camunda/app/cockpit/default/#/dashboard");
    browser.waitUntil(d -> browser.visibleText().contains("Transisi Bandwidth"));
    assertNoError("dashboard");

    browser.open("/camunda/app/cockpit/default/#/processes");
    browser.waitUntil(d -> browser.visibleText().contains(TransitionContract.KEY));
    assertNoError("processes");

    browser.open("/camunda/app/cockpit/default/#/process-definition/" + definitionId + "/runtime");
    browser.waitFor(By.cssSelector(".djs-container"));
    browser.waitUntil(d -> browser.visibleText().contains("Instans Berjalan"));
    assertNoError("process definition");

    browser.open("/camunda/app/cockpit/default/#/process-instance/" + instance.getId() + "/runtime");
    browser.waitFor(By.cssSelector(".djs-container"));
    browser.waitUntil(d -> browser.visibleText().contains(TransitionContract.OPD_CODE.name()));
    assertThat(browser.visibleText()).contains(opd);
    assertNoError("process instance");
    for (String tab : INSTANCE_TABS) {
      browser.click(browser.waitFor(By.linkText(tab)));
      browser.waitUntil(d -> browser.all(By.cssSelector(".ctn-tabbed-content .loader, .ctn-tabbed-content .loading-state")).isEmpty());
      assertNoError("process instance " + tab);
    }
    browser.click(browser.waitFor(By.linkText("Tugas Pengguna")));
    browser.waitUntil(d -> browser.visibleText().contains("Koordinasi teknis"));

    browser.open("/camunda/app/cockpit/default/#/decisions");
    browser.waitUntil(d -> browser.visibleText().contains(decision.getName()));
    assertNoError("decisions");

    browser.open("/camunda/app/cockpit/default/#/decision-definition/" + decision.getId());
    browser.waitFor(By.cssSelector(".dmn-decision-table-container, .tjs-container, table"));
    assertNoError("decision definition");
  }

  /** Cockpit shows a failed call as a red notification; none may appear. */
  private void assertNoError(String page) {
    browser.screenshot("cockpit-" + page.replace(' ', '-'));
    assertThat(browser.all(By.cssSelector(".notifications .alert-danger, .notifications .alert-error")))
        .as("error notifications on the " + page + " page").isEmpty();
  }
}
