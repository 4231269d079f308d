package uk.nhs.screeningplanner.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

/**
 * Debian's headless Chromium driven by Playwright, started with the flags this machine needs (no
 * background networking). Playwright gives every launch a fresh temporary profile. Never downloads
 * a browser.
 */
final class BrowserSession implements AutoCloseable {

  static final Path SCREENSHOTS = Paths.get("target", "screenshots");
  private static final String CHROMIUM =
      System.getenv().getOrDefault("PLANNER_CHROMIUM", "/usr/bin/chromium");

  private final Playwright playwright;
  private final Browser browser;
  private final String baseUrl;

  BrowserSession(int port) throws IOException {
    this.baseUrl = "http://localhost:" + port;
    if (!Files.isExecutable(Paths.get(CHROMIUM))) {
      String why =
          "No Chromium at " + CHROMIUM + " (apt-get install chromium, or set PLANNER_CHROMIUM)";
      if (System.getenv("CI") != null) {
        throw new IllegalStateException(why);
      }
      org.junit.jupiter.api.Assumptions.abort(why + " — skipping browser tests (CI would fail)");
    }
    Files.createDirectories(SCREENSHOTS);
    this.playwright = Playwright.create();
    this.browser =
        playwright
            .chromium()
            .launch(
                new BrowserType.LaunchOptions()
                    .setExecutablePath(Paths.get(CHROMIUM))
                    .setHeadless(true)
                    .setArgs(
                        List.of(
                            "--no-sandbox",
                            "--disable-gpu",
                            "--no-first-run",
                            "--disable-background-networking",
                            "--disable-component-update",
                            "--disable-sync")));
  }

  /** A new page in its own browser context (its own cookies), 1400×900. */
  Page newPage() {
    Page page =
        browser.newContext(new Browser.NewContextOptions().setViewportSize(1400, 900)).newPage();
    page.setDefaultTimeout(30_000);
    page.addInitScript(PageChecks.CSP_LISTENER);
    return page;
  }

  String url(String path) {
    return baseUrl + path;
  }

  /** Signs in through the login form and waits for the app layout. */
  Page signIn(String username, String password) {
    Page page = newPage();
    page.navigate(url("/login"));
    page.locator("vaadin-login-form input[name=username]").fill(username);
    page.locator("vaadin-login-form input[name=password]").fill(password);
    page.locator("vaadin-login-form vaadin-button[slot=submit]").click();
    page.waitForSelector("#current-user");
    return page;
  }

  /**
   * Saves a screenshot of the page and checks it: no CSP violation, no serious or critical
   * accessibility fault (see {@link PageChecks}).
   */
  static void screenshot(Page page, String name) {
    page.waitForTimeout(300);
    page.screenshot(
        new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
    PageChecks.check(page, name);
  }

  @Override
  public void close() {
    browser.close();
    playwright.close();
  }
}
