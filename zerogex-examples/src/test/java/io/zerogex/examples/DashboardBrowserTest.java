package io.zerogex.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import io.zerogex.core.model.OptionChain;
import io.zerogex.core.spi.SnapshotStore;
import io.zerogex.core.support.InMemorySnapshotStore;
import java.io.File;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard end to end in Debian's headless Chromium, driven by Selenium through Debian's
 * chromedriver (both paths given, so Selenium Manager downloads nothing). Without the browser the
 * test is skipped, unless {@code ZEROGEX_REQUIRE_BROWSER=1} (set by {@code .ci/run}, which
 * installs it) makes the missing browser a failure. Saves {@code target/dashboard.png}.
 */
class DashboardBrowserTest {

  static final File CHROMIUM = new File("/usr/bin/chromium");
  static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");
  static final String HOSTILE = "\"><IMG SRC=X ONERROR=ALERT(1)><SCRIPT>ALERT(2)</SCRIPT>";

  /** Kept referenced: Selenium warns it has no DevTools bindings for this Chromium; the test uses none. */
  static final Logger SELENIUM_LOG = Logger.getLogger("org.openqa.selenium");

  static DashboardServer server;
  static SnapshotStore store;
  static OptionChain recorded;
  static ChromeDriver driver;
  static Path profile;

  @BeforeAll
  static void start() throws Exception {
    boolean present = CHROMIUM.canExecute() && CHROMEDRIVER.canExecute();
    if (!present && "1".equals(System.getenv("ZEROGEX_REQUIRE_BROWSER"))) {
      throw new AssertionError("ZEROGEX_REQUIRE_BROWSER=1 but " + CHROMIUM + " or " + CHROMEDRIVER
          + " is missing: apt-get install chromium chromium-driver (.ci/run does)");
    }
    Assumptions.assumeTrue(present, "skipped: no " + CHROMIUM + " and " + CHROMEDRIVER
        + " (apt-get install chromium chromium-driver; set ZEROGEX_REQUIRE_BROWSER=1 to make this a failure)");
    store = new InMemorySnapshotStore();
    recorded = WorkerCommand.bundledChain();
    DashboardDemo.fill(store, recorded);
    store.writeChain(new OptionChain(HOSTILE, 1.0, Instant.parse("2024-01-05T15:00:00Z"), List.of()));
    Clock sunday = Clock.fixed(Instant.parse("2024-01-07T16:00:00Z"), ZoneOffset.UTC);
    server = new DashboardServer(new DashboardData(store, DashboardData.DEFAULT_UNDERLYINGS, sunday, Duration.ofDays(5)),
        InetAddress.getLoopbackAddress(), 0, 1, DashboardDemo.NOTE);
    SELENIUM_LOG.setLevel(Level.SEVERE);
    profile = Files.createTempDirectory("zerogex-chromium");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--window-size=1400,1900", "--user-data-dir=" + profile);
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER)
        .usingAnyFreePort().build();
    driver = new ChromeDriver(service, options);
  }

  @AfterAll
  static void stop() throws Exception {
    if (driver != null) {
      driver.quit();
    }
    if (server != null) {
      server.close();
    }
  }

  static Object script(String code, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(code, args);
  }

  /** Waits until the page has drawn this selection of the controls. */
  static void awaitRendered(String expiration) {
    new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> {
      Object rendered = script("return document.body.dataset.rendered || null;");
      Object loading = script("return document.body.dataset.loading || null;");
      return rendered != null && rendered.toString().contains("\"expiration\":\"" + expiration + "\"")
          && "false".equals(loading);
    });
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> netTrace() {
    return (Map<String, Object>) script(
        "const t = document.getElementById('strike-chart').data.find(t => t.name === 'Net');"
            + "return {x: t.x, y: t.y, colors: t.marker.color};");
  }

  @SuppressWarnings("unchecked")
  static List<Double> numbers(Object values) {
    return ((List<Number>) values).stream().map(Number::doubleValue).toList();
  }

  @Test
  @SuppressWarnings("unchecked")
  void drawsSwitchesExpirationAndEscapes() throws Exception {
    driver.get("http://127.0.0.1:" + server.port() + "/");
    awaitRendered("all");

    // The bars: one net bar per strike of the JSON, red below zero and blue above.
    JsonNode all = exposure("all");
    Map<String, Object> net = netTrace();
    List<Double> y = numbers(net.get("y"));
    List<String> colors = (List<String>) net.get("colors");
    assertThat(numbers(net.get("x"))).isEqualTo(DashboardServerTest.doubles(all.get("byStrike").get("strike")));
    assertThat(y).hasSize(all.get("byStrike").get("netGamma").size());
    for (int i = 0; i < y.size(); i++) {
      assertThat(y.get(i)).isCloseTo(all.get("byStrike").get("netGamma").get(i).asDouble() / 1e9, within(1e-9));
      assertThat(colors.get(i)).isEqualTo(y.get(i) < 0 ? "#d23f3f" : "#1f6fd1");
    }
    assertThat(y).anyMatch(v -> v < 0).anyMatch(v -> v > 0);
    long drawnBars = (Long) script("return document.querySelectorAll('#strike-chart .barlayer .point').length;");
    assertThat(drawnBars).isGreaterThan(100);
    assertThat((Long) script("return document.getElementById('strike-chart').data.length;")).isEqualTo(3L);

    // The levels table.
    String levels = driver.findElement(By.id("levels")).getText();
    assertThat(levels).contains("Zero gamma (flip) 4,733.31").contains("Call wall 4,900").contains("Put wall 4,600")
        .contains("Net GEX ($bn per 1% move) -10.999");
    assertThat(driver.findElement(By.id("market")).getText()).isEqualTo("Market closed");
    assertThat(driver.findElement(By.id("history-chart")).findElements(By.cssSelector(".barlayer .point"))).hasSize(27);

    Path screenshot = driver.getScreenshotAs(OutputType.FILE).toPath();
    Path target = Path.of("target", "dashboard.png");
    Files.createDirectories(target.getParent());
    Files.copy(screenshot, target, StandardCopyOption.REPLACE_EXISTING);

    // One expiration: the chart changes and equals that expiration's JSON.
    new Select(driver.findElement(By.id("expiration"))).selectByValue("2024-01-19");
    awaitRendered("2024-01-19");
    JsonNode friday = exposure("2024-01-19");
    List<Double> fridayY = numbers(netTrace().get("y"));
    assertThat(fridayY).isNotEqualTo(y);
    assertThat(fridayY).hasSize(friday.get("byStrike").get("netGamma").size());
    for (int i = 0; i < fridayY.size(); i++) {
      assertThat(fridayY.get(i)).isCloseTo(friday.get("byStrike").get("netGamma").get(i).asDouble() / 1e9, within(1e-9));
    }
    assertThat(driver.findElement(By.id("levels")).getText()).contains("Net GEX ($bn per 1% move) 2.444");

    // Another unit: the axis and the table say so, and the values are per point (1% = spot / 100 points).
    new Select(driver.findElement(By.id("unit"))).selectByValue("DOLLARS_PER_POINT");
    new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> "$bn per 1-point move".equals(
        script("return document.getElementById('strike-chart').layout.yaxis.title.text;")));
    assertThat(driver.findElement(By.id("levels")).getText()).contains("Net GEX ($bn per 1-point move) 0.052");
    new Select(driver.findElement(By.id("unit"))).selectByValue("DOLLARS_PER_ONE_PERCENT");

    // 0DTE on a Sunday: an empty state, not a broken chart.
    new Select(driver.findElement(By.id("expiration"))).selectByValue("0dte");
    awaitRendered("0dte");
    WebElement empty = driver.findElement(By.id("strike-empty"));
    assertThat(empty.isDisplayed()).isTrue();
    assertThat(empty.getText()).contains("No 0DTE contracts").contains("market is closed");

    // An underlying without data.
    new Select(driver.findElement(By.id("underlying"))).selectByValue("QQQ");
    new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> d.findElement(By.id("strike-empty")).getText().contains("QQQ"));
    assertThat(driver.findElement(By.id("history-empty")).getText()).contains("No exposure history of QQQ");

    // A hostile name from the store is shown as text and never runs.
    Select underlying = new Select(driver.findElement(By.id("underlying")));
    assertThat(underlying.getOptions()).anyMatch(o -> o.getText().equals(HOSTILE + " (no data)") || o.getText().equals(HOSTILE));
    underlying.selectByValue(HOSTILE);
    new WebDriverWait(driver, Duration.ofSeconds(30))
        .until(d -> d.findElement(By.id("strike-empty")).getText().contains("holds no option quotes"));
    assertThat(driver.findElement(By.id("strike-empty")).getText()).contains(HOSTILE);
    assertThat(driver.findElements(By.tagName("img"))).isEmpty();
    assertThat((Long) script("return document.scripts.length;")).isEqualTo(2L);
    try {
      driver.switchTo().alert();
      throw new AssertionError("an alert opened: the hostile name ran");
    } catch (NoAlertPresentException expected) {
      // nothing ran
    }

    // A new snapshot arrives: the page notices it by itself (it polls every second here).
    new Select(driver.findElement(By.id("underlying"))).selectByValue("SPX");
    new WebDriverWait(driver, Duration.ofSeconds(30))
        .until(d -> d.findElement(By.id("snapshot")).getText().contains("2024-01-07 10:52 ET"));
    store.writeChain(new OptionChain("SPX", 4750.0, Instant.parse("2024-01-08T15:00:00Z"), recorded.quotes()));
    new WebDriverWait(driver, Duration.ofSeconds(30))
        .until(d -> d.findElement(By.id("snapshot")).getText().contains("2024-01-08 10:00 ET · spot 4,750.00"));
    assertThat(driver.findElement(By.id("levels")).getText()).contains("Spot 4,750.00");
  }

  static JsonNode exposure(String expiration) throws Exception {
    HttpResponse<String> response = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port()
            + "/api/exposure?underlying=SPX&expiration=" + expiration)).build(),
        HttpResponse.BodyHandlers.ofString());
    return DashboardServerTest.JSON.readTree(response.body());
  }
}
