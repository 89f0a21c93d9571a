package id.go.pemda.bandwidth.browser;

import id.go.pemda.bandwidth.support.TimeTravel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The system's headless Chromium, driven through the system's chromedriver, both given by path
 * so that Selenium Manager never downloads anything. One per test class: starting a browser costs
 * seconds, a login less than one. The browser asks for English pages on purpose: the webapps
 * must be Indonesian whatever the browser's language. Its pages tell the time by the suite's
 * clock ({@link TimeTravel}), as the server does: a form's FEEL {@code today()} runs in the
 * browser, and must agree with the server's check of the same form on any machine date.
 */
public final class Browser implements AutoCloseable {

  static final Duration WAIT = Duration.ofSeconds(20);
  static final Path SCREENSHOTS = Path.of("target", "browser-screenshots");

  private static final List<Path> CHROMIUM = Stream.of("/usr/bin/chromium", "/usr/bin/chromium-browser")
      .map(Path::of).toList();
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  private final ChromeDriver driver;
  private final String base;
  private final WebDriverWait wait;
  private String user;
  /** The script that sets the pages' clock, registered for every new document. */
  private String clockScript;

  private Browser(ChromeDriver driver, String base) {
    this.driver = driver;
    this.base = base;
    this.wait = new WebDriverWait(driver, WAIT);
  }

  static boolean installed() {
    return chromium().isPresent() && Files.isExecutable(CHROMEDRIVER);
  }

  private static Optional<Path> chromium() {
    return CHROMIUM.stream().filter(Files::isExecutable).findFirst();
  }

  /** A browser on the application at {@code http://localhost:port}. */
  public static Browser open(int port) {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium().orElseThrow().toFile());
    options.addArguments(
        "--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--window-size=1366,1000",
        "--lang=en-US", "--no-first-run", "--disable-extensions");
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "en-US,en"));
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
    return new Browser(new ChromeDriver(service, options), "http://localhost:" + port);
  }

  // ---------------------------------------------------------------- sessions

  /**
   * Logs in to a webapp through its login page, unless this user already is. Another user's
   * session is dropped by deleting the cookies: the next page load asks for a login. A login
   * page that Angular renders again while the keys arrive loses what was typed and stays on the
   * login form (seen once in a whole suite): the fields are checked before the click, and the
   * login is tried again from a fresh page.
   */
  public void login(String userId, String application) {
    if (userId.equals(user)) {
      return;
    }
    for (int attempt = 1; ; attempt++) {
      driver.manage().deleteAllCookies();
      user = null;
      try {
        tryLogin(userId, application);
        user = userId;
        return;
      } catch (org.openqa.selenium.TimeoutException | org.openqa.selenium.StaleElementReferenceException e) {
        // stale: Angular replaced the form between finding a field and typing into it (seen on a
        // machine busy with a benchmark)
        if (attempt == 3) {
          throw failure("login of " + userId + " not accepted", e);
        }
      }
    }
  }

  private void tryLogin(String userId, String application) {
    By password = By.cssSelector("form[name=signinForm] input[ng-model=password]");
    WebElement name = loginForm(application);
    name.clear();
    name.sendKeys(userId);
    driver.findElement(password).clear();
    driver.findElement(password).sendKeys("demo");
    new WebDriverWait(driver, WAIT).until(d -> userId.equals(loginForm().getDomProperty("value"))
        && "demo".equals(d.findElement(password).getDomProperty("value")));
    driver.findElement(By.cssSelector("form[name=signinForm] button[type=submit]")).click();
    // a login is slow on a busy server: forty seconds before this try counts as refused
    new WebDriverWait(driver, Duration.ofSeconds(40))
        .until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("form[name=signinForm]")));
  }

  private WebElement loginForm() {
    return driver.findElement(By.cssSelector("form[name=signinForm] input[ng-model=username]"));
  }

  /**
   * The login page's user field. A webapp gives up loading when a plugin takes RequireJS's 7
   * seconds to arrive (a server busy starting): the page stays blank, and is loaded again.
   */
  private WebElement loginForm(String application) {
    By field = By.cssSelector("form[name=signinForm] input[ng-model=username]");
    for (int attempt = 1; ; attempt++) {
      get(base + "/camunda/app/" + application + "/default/#/login");
      try {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(field));
      } catch (org.openqa.selenium.TimeoutException e) {
        if (attempt == 5) {
          throw failure("no login page", e);
        }
      }
    }
  }

  /** A timeout that says where the browser was, with a screenshot of it. */
  AssertionError failure(String what, RuntimeException cause) {
    Path shot = screenshot("failure-" + System.currentTimeMillis());
    String page = visibleText().replaceAll("\\s+", " ");
    return new AssertionError(what + " at " + driver.getCurrentUrl() + " (screenshot " + shot + "), page: "
        + page.substring(0, Math.min(600, page.length())), cause);
  }

  /** Opens a page of the webapps (a path below the server), waiting for Angular to show it. */
  public void open(String path) {
    get(path.startsWith("about:") ? path : base + path);
  }

  /** Loads a page whose clock says what the suite's says now. */
  private void get(String url) {
    if (clockScript != null) {
      driver.executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", clockScript));
    }
    long offset = TimeTravel.now().toEpochMilli() - System.currentTimeMillis();
    clockScript = (String) driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", """
        (() => {
          const offset = %d;
          const Real = Date;
          function Suite(...args) {
            if (!new.target) {
              return new Real(Real.now() + offset).toString();
            }
            return args.length === 0 ? new Real(Real.now() + offset) : new Real(...args);
          }
          Suite.prototype = Real.prototype;
          Suite.now = () => Real.now() + offset;
          Suite.parse = Real.parse;
          Suite.UTC = Real.UTC;
          globalThis.Date = Suite;
        })();
        """.formatted(offset))).get("identifier");
    driver.get(url);
  }

  // ---------------------------------------------------------------- page

  public WebElement waitFor(By locator) {
    try {
      return wait.until(ExpectedConditions.visibilityOfElementLocated(locator));
    } catch (org.openqa.selenium.TimeoutException e) {
      throw failure("no " + locator, e);
    }
  }

  public void waitUntil(java.util.function.Function<ChromeDriver, Boolean> condition) {
    try {
      wait.until(d -> condition.apply(driver));
    } catch (org.openqa.selenium.TimeoutException e) {
      throw failure("waited in vain", e);
    }
  }

  /** Lets the page go on for a while, for what it would show only later. */
  public void pause(java.time.Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public List<WebElement> all(By locator) {
    return driver.findElements(locator);
  }

  public WebElement find(By locator) {
    return driver.findElement(locator);
  }

  /** The text a user sees on the page. */
  public String visibleText() {
    return driver.findElement(By.tagName("body")).getText();
  }

  public Object script(String script, Object... arguments) {
    return ((JavascriptExecutor) driver).executeScript(script, arguments);
  }

  /** Clicks through JavaScript when an element sits under Tasklist's fixed header. */
  public void click(WebElement element) {
    script("arguments[0].scrollIntoView({block: 'center'});", element);
    element.click();
  }

  /** A full-page screenshot under {@code target/browser-screenshots/<name>.png}. */
  public Path screenshot(String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
      Path file = SCREENSHOTS.resolve(name + ".png");
      Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Lets the page grow to its full height first, so that one screenshot shows a whole form. */
  public Path fullScreenshot(String name) {
    Long height = (Long) script("return Math.max(document.body.scrollHeight, "
        + "Array.from(document.querySelectorAll('.task-details, .form-container, [cam-tasklist-form]'))"
        + ".reduce((h, e) => Math.max(h, e.scrollHeight + 300), 0));");
    driver.manage().window().setSize(new org.openqa.selenium.Dimension(1366, (int) Math.min(Math.max(height, 1000), 6000)));
    try {
      return screenshot(name);
    } finally {
      driver.manage().window().setSize(new org.openqa.selenium.Dimension(1366, 1000));
    }
  }

  @Override
  public void close() {
    driver.quit();
  }
}
