package org.painstats.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;

/**
 * The HTML report in a real browser (headless Chromium through chromedriver): every image decodes,
 * every inline SVG takes space, nothing is fetched from the network, the console stays clean, the
 * page fits an A4 or Letter text width, and it prints to PDF on both.
 *
 * <p>Skipped, with a message, where Chromium or chromedriver is missing ({@code apt-get install
 * chromium chromium-driver} on Debian; {@code -Dpainstats.chromium=} and {@code
 * -Dpainstats.chromedriver=} point elsewhere). Selenium Manager is never asked to download a
 * driver: the driver and the browser are both given by path.
 */
class HtmlBrowserTest {
  private static final Path CHROMIUM =
      Path.of(System.getProperty("painstats.chromium", "/usr/bin/chromium"));
  private static final Path CHROMEDRIVER =
      Path.of(System.getProperty("painstats.chromedriver", "/usr/bin/chromedriver"));

  /** Text width of A4 with 15 mm margins (180 mm) in CSS pixels (96 per inch). */
  private static final int A4_TEXT_WIDTH_PX = (int) Math.floor(180 / 25.4 * 96);

  /**
   * Quiet about the DevTools bindings not on the class path ("Unable to find CDP implementation
   * matching 156"): this test uses none, only WebDriver and chromedriver's own CDP endpoint.
   */
  private static final Logger DEVTOOLS_LOG = Logger.getLogger("org.openqa.selenium.devtools");

  @TempDir static Path dir;
  private static ChromeDriver driver;
  private static Path page;

  /** Why the browser cannot run here, or null when it can. */
  private static String missing;

  @BeforeAll
  static void openInChromium() throws IOException {
    if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
      missing =
          "browser test skipped: no "
              + (Files.isExecutable(CHROMIUM) ? CHROMEDRIVER : CHROMIUM)
              + " (install Debian's chromium and chromium-driver to run it)";
      return;
    }
    DEVTOOLS_LOG.setLevel(Level.SEVERE);
    page = dir.resolve("report.html");
    Files.writeString(
        page, ReportHtml.of(SampleCharts.sample(), SampleCharts.all()), StandardCharsets.UTF_8);

    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--user-data-dir=" + Files.createDirectory(dir.resolve("profile")),
        "--window-size=1200,900");
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER.toFile())
            .usingAnyFreePort()
            .build();
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    driver.get(page.toUri().toString());
  }

  @BeforeEach
  void needsTheBrowser() {
    assumeTrue(missing == null, missing);
  }

  @AfterAll
  static void close() {
    if (driver != null) {
      driver.quit();
    }
  }

  private static Object js(String script) {
    return driver.executeScript(script);
  }

  @Test
  @SuppressWarnings("unchecked")
  void everyImageLoadsWithItsNaturalSize() {
    List<Map<String, Object>> images =
        (List<Map<String, Object>>)
            js(
                "return Array.from(document.images).map(i => ({alt: i.alt, complete: i.complete,"
                    + " w: i.naturalWidth, h: i.naturalHeight}));");
    assertEquals(2, images.size(), images::toString);
    for (Map<String, Object> i : images) {
      assertEquals(true, i.get("complete"), i::toString);
      assertTrue(((Number) i.get("w")).intValue() > 0, i::toString);
      assertTrue(((Number) i.get("h")).intValue() > 0, i::toString);
    }
  }

  @Test
  @SuppressWarnings("unchecked")
  void everyInlineSvgTakesSpace() {
    List<List<Number>> boxes =
        (List<List<Number>>)
            js(
                "return Array.from(document.querySelectorAll('svg')).map(s => {"
                    + " const r = s.getBoundingClientRect(); return [r.width, r.height]; });");
    assertEquals(1, boxes.size(), boxes::toString);
    for (List<Number> box : boxes) {
      assertTrue(box.get(0).doubleValue() > 0 && box.get(1).doubleValue() > 0, box::toString);
    }
  }

  @Test
  void makesNoNetworkRequest() {
    Object resources = js("return performance.getEntriesByType('resource').map(e => e.name);");
    assertEquals(List.of(), resources, "resources fetched by the page");
  }

  @Test
  void leavesNoErrorInTheConsole() {
    assertEquals(List.of(), consoleErrors());
    js("console.error('probe: the log is read');");
    List<String> probe = consoleErrors().stream().map(LogEntry::getMessage).toList();
    assertEquals(1, probe.size(), probe::toString);
    assertTrue(probe.get(0).contains("probe: the log is read"), probe::toString);
  }

  private static List<LogEntry> consoleErrors() {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
        .toList();
  }

  @Test
  @SuppressWarnings("unchecked")
  void fitsTheTextWidthOfAnA4PageAsPrinted() {
    Dimension before = driver.manage().window().getSize();
    try {
      driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
      driver
          .manage()
          .window()
          .setSize(new Dimension(A4_TEXT_WIDTH_PX + before.width - viewportWidth(), 900));
      assertEquals(A4_TEXT_WIDTH_PX, viewportWidth());
      List<String> tooWide =
          (List<String>)
              js(
                  "const w = document.documentElement.clientWidth; return Array.from("
                      + "document.querySelectorAll('figure img, figure svg, table'))"
                      + ".filter(e => e.getBoundingClientRect().right > w || e.scrollWidth > w)"
                      + ".map(e => (e.querySelector('caption') || e.closest('figure'))"
                      + ".textContent.slice(0, 60) + ': '"
                      + " + Math.ceil(Math.max(e.getBoundingClientRect().right, e.scrollWidth)));");
      assertEquals(List.of(), tooWide, "wider than the " + A4_TEXT_WIDTH_PX + " px of A4 text");
      assertEquals(
          A4_TEXT_WIDTH_PX,
          ((Number) js("return document.documentElement.scrollWidth;")).intValue(),
          "the page scrolls sideways");
    } finally {
      driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
      driver.manage().window().setSize(before);
    }
  }

  /**
   * At a phone's width (390 px, mobile emulation with the page's viewport meta) and a desktop's
   * (1280 px): the page never scrolls sideways (wide tables scroll inside their own box), every
   * chart fits the width, and every image is loaded.
   */
  @ParameterizedTest(name = "{0} px")
  @CsvSource({"390, true", "1280, false"})
  @SuppressWarnings("unchecked")
  void readsAtPhoneAndDesktopWidthWithoutSidewaysScrolling(int width, boolean mobile) {
    try {
      driver.executeCdpCommand(
          "Emulation.setDeviceMetricsOverride",
          Map.of("width", width, "height", 844, "deviceScaleFactor", 1, "mobile", mobile));
      driver.navigate().refresh();
      // the viewport, less a desktop's scroll bar
      int viewport = viewportWidth();
      assertTrue(viewport <= width && viewport > width - 20, viewport + " px");
      assertEquals(
          viewport,
          ((Number) js("return document.documentElement.scrollWidth;")).intValue(),
          "the page scrolls sideways at " + width + " px");
      List<String> tooWide =
          (List<String>)
              js(
                  "const w = document.documentElement.clientWidth; return Array.from("
                      + "document.querySelectorAll('figure img, figure svg, .table-wrap, p, li,"
                      + " h1, h2, h3, code, nav'))"
                      + ".filter(e => e.getBoundingClientRect().right > w + 0.5)"
                      + ".map(e => e.tagName + ' ' + e.textContent.slice(0, 50) + ': '"
                      + " + Math.ceil(e.getBoundingClientRect().right));");
      assertEquals(List.of(), tooWide, "wider than " + width + " px");
      List<Map<String, Object>> images =
          (List<Map<String, Object>>)
              js(
                  "return Array.from(document.images).map(i => ({alt: i.alt, complete:"
                      + " i.complete, w: i.naturalWidth, shown: i.getBoundingClientRect().width}));");
      assertTrue(images.size() > 0);
      for (Map<String, Object> i : images) {
        assertEquals(true, i.get("complete"), i::toString);
        assertTrue(((Number) i.get("w")).intValue() > 0, i::toString);
        assertTrue(((Number) i.get("shown")).doubleValue() > 0, i::toString);
      }
      if (mobile) {
        // a wide table scrolls inside its box instead of widening the page
        Number scrolls =
            (Number)
                js(
                    "return Array.from(document.querySelectorAll('.table-wrap'))"
                        + ".filter(e => e.scrollWidth > e.clientWidth).length;");
        assertTrue(scrolls.intValue() > 0, "no table is wider than a phone: nothing tested");
      }
    } finally {
      driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
      driver.navigate().refresh();
    }
  }

  private static int viewportWidth() {
    return ((Number) js("return document.documentElement.clientWidth;")).intValue();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"A4, 21.0, 29.7", "Letter, 21.59, 27.94"})
  void printsToPdf(String paper, double widthCm, double heightCm) {
    PrintOptions print = new PrintOptions();
    print.setPageSize(new PageSize(heightCm, widthCm));
    print.setBackground(false);
    byte[] pdf = Base64.getDecoder().decode(driver.print(print).getContent());
    String text = new String(pdf, StandardCharsets.ISO_8859_1);
    assertTrue(text.startsWith("%PDF-"), paper);
    int pages = pages(text);
    assertTrue(pages > 1 && pages < 40, paper + ": " + pages + " pages");
  }

  /** The page count of a PDF: the largest {@code /Count} of its page tree. */
  private static int pages(String pdf) {
    Matcher m = Pattern.compile("/Type\\s*/Pages\\b[^>]*?/Count\\s+(\\d+)").matcher(pdf);
    int count = 0;
    while (m.find()) {
      count = Math.max(count, Integer.parseInt(m.group(1)));
    }
    Matcher alt = Pattern.compile("/Count\\s+(\\d+)[^>]*?/Type\\s*/Pages\\b").matcher(pdf);
    while (alt.find()) {
      count = Math.max(count, Integer.parseInt(alt.group(1)));
    }
    return count;
  }
}
