package id.go.pemda.bandwidth.browser;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.pemda.bandwidth.process.contract.TransitionContract;
import id.go.pemda.bandwidth.support.ApplicationTest;
import id.go.pemda.bandwidth.support.TestOpds;
import id.go.pemda.bandwidth.support.TransitionDriver;
import java.util.List;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The frame of the four webapps (menus, buttons, headers) in a browser that asks for English:
 * Indonesian on every main screen, and no end-of-life banner pushing the page down.
 */
@ApplicationTest
@BrowserTest
class WebappFrameBrowserTest {

  /** Words of Camunda's English frame (locales/en.json) that would show a screen is not translated. */
  private static final List<String> ENGLISH = List.of(
      "Start process", "Claim", "Add Comment", "Complete", "Log out", "Logout", "Processes", "Decisions",
      "Deployments", "Dashboard", "Users", "Groups", "Authorizations", "Running Process Instances",
      "Open Human Tasks", "It is time to migrate");

  private static Browser browser;

  @LocalServerPort int port;
  @Autowired TransitionDriver driver;
  @Autowired TestOpds opds;

  @BeforeEach
  void openBrowser() {
    if (browser == null) {
      browser = Browser.open(port);
    }
  }

  @AfterAll
  static void closeBrowser() {
    if (browser != null) {
      browser.close();
      browser = null;
    }
  }

  @ParameterizedTest(name = "{0} as {1}")
  @CsvSource({
    "cockpit, sekda, #/dashboard, Keputusan",
    "admin, admin, #/, Pengguna",
    "welcome, admin, '', Aplikasi"
  })
  void the_main_screen_is_indonesian_without_the_banner(String app, String user, String route, String indonesian) {
    browser.login(user, app);
    browser.open("/camunda/app/" + app + "/default/" + route);

    assertIndonesianWithoutBanner(app, indonesian);
  }

  @Test
  void tasklist_with_an_open_task_is_indonesian_without_the_banner() {
    String opd = opds.register("UJI-PERAMBAN-BINGKAI");
    ProcessInstance instance = driver.start(opd, 2027);
    driver.fillSurvey(instance, TransitionDriver.survey(TransitionDriver.ownIspSite("Kantor", 2_000_000L, "2027-06-30")));
    String taskId = driver.task(instance, TransitionContract.TASK_COORDINATE_TECHNICALLY).getId();

    browser.login("diskominfo", "tasklist");
    browser.open("/camunda/app/tasklist/default/#/?task=" + taskId);
    browser.waitFor(By.cssSelector("button.claim"));

    assertIndonesianWithoutBanner("tasklist", "Mulai proses");
    assertThat(browser.visibleText()).contains("Ambil", "Selesaikan", "Tambah komentar");
  }

  private void assertIndonesianWithoutBanner(String app, String indonesian) {
    browser.waitUntil(d -> browser.visibleText().contains(indonesian));
    browser.screenshot(app);
    String visible = browser.visibleText();
    // the header's menus hold words a user sees only when opening them ("Keluar")
    String header = (String) browser.script(
        "return Array.from(document.querySelectorAll('[cam-widget-header]')).map(e => e.textContent).join(' ');");
    for (String word : ENGLISH) {
      assertThat(visible).as("%s shows the English '%s'", app, word).doesNotContainPattern("\\b" + word + "\\b");
      assertThat(header).as("%s's header has the English '%s'", app, word).doesNotContainPattern("\\b" + word + "\\b");
    }
    List<WebElement> banners = browser.all(By.cssSelector(".ce-eol-banner"));
    assertThat(banners).allSatisfy(banner -> assertThat(banner.isDisplayed()).isFalse());
    assertThat(browser.script("return getComputedStyle(document.body).paddingTop;")).isEqualTo("45px");
  }
}
