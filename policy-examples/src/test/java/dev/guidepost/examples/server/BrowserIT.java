package dev.guidepost.examples.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import dev.guidepost.policy.model.Language;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web flow in a real browser: Debian's {@code chromium} driven headless through {@code
 * /usr/bin/chromedriver} by Selenium. Clicks through the form, reads the findings, applies a fix,
 * downloads the policy, and checks the form, the result page and the rendered document with
 * axe-core for violations of WCAG 2.1 A and AA and of axe's best practices. Runs in {@code verify}.
 */
class BrowserIT {
  private static final Path CHROMEDRIVER = Paths.get("/usr/bin/chromedriver");
  private static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
  private static final List<String> TAGS =
      List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice");

  private static PolicyServer server;
  private static WebDriver browser;
  private static Path profile;
  private static Path downloads;

  @BeforeAll
  static void start() throws IOException {
    assertThat(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER))
        .as(
            "the browser tests need Debian's chromium (%s) and chromedriver (%s); install them"
                + " with: apt-get install -y --no-install-recommends chromium chromium-driver",
            CHROMIUM, CHROMEDRIVER)
        .isTrue();
    profile = Files.createTempDirectory("guidepost-chromium");
    downloads = Files.createDirectories(Paths.get("target", "browser-downloads").toAbsolutePath());
    try (Stream<Path> old = Files.list(downloads)) {
      for (Path file : old.toList()) {
        Files.delete(file);
      }
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1100,1500",
        "--user-data-dir=" + profile);
    options.setExperimentalOption(
        "prefs",
        Map.of(
            "download.default_directory",
            downloads.toString(),
            "download.prompt_for_download",
            false,
            "intl.accept_languages",
            "en"));
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
    browser = new ChromeDriver(service, options);
    server = PolicyServer.start(0);
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (server != null) {
      server.close();
    }
  }

  @Test
  void the_form_has_no_accessibility_violation_in_any_language() {
    for (Language language : Language.standard()) {
      browser.get(server.uri() + "?lang=" + language.code());
      assertThat(browser.findElement(By.tagName("html")).getAttribute("lang"))
          .isEqualTo(language.code());
      assertNoViolations("the form in " + language.code());
    }
  }

  @Test
  void a_contradiction_shows_its_finding_and_a_fix_gives_the_policy_to_download() throws Exception {
    browser.get(server.uri() + "?lang=en");
    browser.findElement(By.name("name")).sendKeys("Acme A/S");
    new Select(browser.findElement(By.name("country"))).selectByValue("DK");
    browser.findElement(By.name("version")).sendKeys("1.2.0");
    browser.findElement(By.name("owner")).sendKeys("HR department");
    radio("advocacy", "encouraged");
    radio("working-hours", "prohibited");
    submit(browser.findElement(By.cssSelector("form[action='/policy'] button[type=submit]")));

    List<WebElement> findings = browser.findElements(By.cssSelector(".finding"));
    assertThat(findings).isNotEmpty();
    WebElement main = browser.findElement(By.tagName("main"));
    String before = main.getText();
    assertThat(before).contains("Points to check before you publish").contains("Sources:");
    List<WebElement> fixes = browser.findElements(By.cssSelector("button[name=apply]"));
    assertThat(fixes).as("a verified fix is offered").isNotEmpty();
    assertNoViolations("the result page with findings");
    screenshot("web-findings.png");

    String fix = fixes.get(0).getAttribute("value");
    submit(fixes.get(0));
    assertThat(browser.findElement(By.cssSelector("input[name=fixes]")).getAttribute("value"))
        .isEqualTo(fix);
    assertThat(browser.findElements(By.tagName("article"))).hasSize(1);
    String after = browser.findElement(By.tagName("main")).getText();
    assertThat(after).contains("Acme A/S").contains("1.2.0").contains("HR department");
    assertThat(browser.findElements(By.cssSelector("button[name=apply][value='" + fix + "']")))
        .as("the fix applied is not offered again")
        .isEmpty();
    assertNoViolations("the result page with the policy");
    screenshot("web-result.png");

    browser.findElement(By.cssSelector("button[name=format][value=markdown]")).click();
    String markdown = Files.readString(downloaded(".md"), StandardCharsets.UTF_8);
    assertThat(markdown).startsWith("# ").contains("Acme A/S").contains("1.2.0");

    browser.findElement(By.cssSelector("button[name=format][value=html]")).click();
    Path html = downloaded(".html");
    assertThat(Files.readString(html, StandardCharsets.UTF_8)).contains("<main>");
    browser.get(html.toUri().toString());
    assertThat(browser.getTitle()).contains("Acme A/S");
    assertNoViolations("the downloaded HTML document");
  }

  @Test
  void changing_the_answers_returns_to_the_form_filled_in() {
    browser.get(server.uri() + "?lang=da");
    browser.findElement(By.name("name")).sendKeys("Nordlys A/S");
    radio("monitoring", "public-content-only");
    submit(browser.findElement(By.cssSelector("form[action='/policy'] button[type=submit]")));
    assertThat(browser.findElement(By.tagName("h1")).getText())
        .isEqualTo("Jeres politik for sociale medier");

    submit(browser.findElement(By.cssSelector("form[action='/'] button")));
    assertThat(browser.findElement(By.name("name")).getAttribute("value")).isEqualTo("Nordlys A/S");
    assertThat(
            browser
                .findElement(By.cssSelector("input[name=monitoring][value=public-content-only]"))
                .isSelected())
        .isTrue();
    assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("da");
  }

  private static void radio(String question, String answer) {
    browser
        .findElement(By.cssSelector("input[name='" + question + "'][value='" + answer + "']"))
        .click();
  }

  /**
   * Clicks a button that loads a new page and waits until the old page is gone, so that what the
   * test looks for next is on the new page, however slow the machine.
   */
  private static void submit(WebElement button) {
    WebElement page = browser.findElement(By.tagName("html"));
    button.click();
    new WebDriverWait(browser, Duration.ofSeconds(30)).until(b -> isGone(page));
  }

  /**
   * Whether an element has left the page. Chromium reports an element of a page it is replacing
   * either as stale or, during the swap, as a node that "does not belong to the document"; both
   * mean the old page is gone ({@link ExpectedConditions#stalenessOf} knows only the first).
   */
  private static boolean isGone(WebElement element) {
    try {
      element.isEnabled();
      return false;
    } catch (StaleElementReferenceException e) {
      return true;
    } catch (WebDriverException e) {
      if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
        return true;
      }
      throw e;
    }
  }

  /** Waits for a finished download with an extension and returns it. */
  private static Path downloaded(String extension) {
    return new WebDriverWait(browser, Duration.ofSeconds(20))
        .until(
            b -> {
              try (Stream<Path> files = Files.list(downloads)) {
                Optional<Path> file =
                    files.filter(f -> f.getFileName().toString().endsWith(extension)).findFirst();
                return file.orElse(null);
              } catch (IOException e) {
                return null;
              }
            });
  }

  private static void assertNoViolations(String where) {
    Results results = new AxeBuilder().withTags(TAGS).analyze(browser);
    List<Rule> violations = results.getViolations();
    assertThat(violations)
        .as(
            "axe-core violations on %s:%n%s",
            where,
            violations.stream()
                .map(
                    v ->
                        v.getId()
                            + ": "
                            + v.getHelp()
                            + " at "
                            + v.getNodes().stream()
                                .map(n -> String.valueOf(n.getTarget()))
                                .collect(Collectors.joining(", ")))
                .collect(Collectors.joining(System.lineSeparator())))
        .isEmpty();
  }

  private static void screenshot(String name) throws IOException {
    byte[] png = ((ChromeDriver) browser).getScreenshotAs(OutputType.BYTES);
    Files.write(Paths.get("target", name), png);
  }
}
