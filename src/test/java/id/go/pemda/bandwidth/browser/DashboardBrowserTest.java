package id.go.pemda.bandwidth.browser;

import static id.go.pemda.bandwidth.support.TransitionDriver.ownIspSite;
import static id.go.pemda.bandwidth.support.TransitionDriver.survey;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.pemda.bandwidth.support.ApplicationTest;
import id.go.pemda.bandwidth.support.TestOpds;
import id.go.pemda.bandwidth.support.TransitionDriver;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The Sekda's dashboard as she opens it: Cockpit, the menu entry "Transisi Bandwidth", a fiscal
 * year chosen, and the numbers and OPD rows the report API answers for the same year.
 */
@ApplicationTest
@BrowserTest
class DashboardBrowserTest {

  // Tests share one database: this fiscal year's program belongs to this class.
  private static final int FISCAL_YEAR = 2049;

  private static Browser browser;

  @LocalServerPort int port;
  @Autowired TransitionDriver driver;
  @Autowired TestOpds opds;
  @Autowired TestRestTemplate http;

  @AfterAll
  static void closeBrowser() {
    if (browser != null) {
      browser.close();
      browser = null;
    }
  }

  @Test
  void the_sekda_opens_the_dashboard_from_the_cockpit_menu_and_reads_the_reports_numbers() {
    String surveyed = opds.register("UJI-DASBOR-PERAMBAN-A");
    String waiting = opds.register("UJI-DASBOR-PERAMBAN-B");
    ProcessInstance instance = driver.start(surveyed, FISCAL_YEAR);
    driver.fillSurvey(instance, survey(
        ownIspSite("Kantor " + surveyed, 2_500_000L, "2048-12-31"), ownIspSite("Gudang " + surveyed, 1_000_000L, "2048-12-31")));
    driver.start(waiting, FISCAL_YEAR);
    JsonNode report = http.withBasicAuth("sekda", "demo")
        .getForObject("/api/reports/transition?fiscalYear=" + FISCAL_YEAR, JsonNode.class);
    assertThat(report.get("summary").get("opds").asInt()).isEqualTo(2);

    browser = Browser.open(port);
    browser.login("sekda", "cockpit");
    browser.open("/camunda/app/cockpit/default/#/dashboard");
    browser.click(browser.waitFor(By.cssSelector("a[data-testid='nav-transisi-bandwidth']")));
    new Select(browser.waitFor(By.cssSelector("[data-testid='fiscal-year-select']")))
        .selectByValue(String.valueOf(FISCAL_YEAR));

    browser.waitUntil(d -> browser.all(By.cssSelector("[data-testid='opd-table'] tr[data-opd]")).size() == 2);
    // the README's picture of the dashboard (docs/images/cockpit-dashboard.png) is a copy of this one
    browser.fullScreenshot("cockpit-dashboard");
    assertThat(browser.find(By.cssSelector("[data-testid='opd-count']")).getText()).contains("2");
    assertThat(browser.find(By.cssSelector("[data-testid='sites-connected']")).getText())
        .contains("0 / " + report.get("summary").get("sites").asInt());
    WebElement row = browser.find(By.cssSelector("[data-testid='opd-table'] tr[data-opd='" + surveyed + "']"));
    browser.script("arguments[0].scrollIntoView({block: 'center'});", row);
    assertThat(row.getText()).contains(surveyed, "Koordinasi teknis", "0/2", "Rp 42.000.000").doesNotContain("undefined", "NaN");
    assertThat(browser.find(By.cssSelector("[data-testid='opd-table'] tr[data-opd='" + waiting + "']"))
            .findElement(By.cssSelector("a")).getAttribute("href"))
        .contains("#/process-instance/");
    assertThat(browser.visibleText()).contains("Transisi Bandwidth", "Anggaran sudah dipindahkan", "Rp ");
  }
}
