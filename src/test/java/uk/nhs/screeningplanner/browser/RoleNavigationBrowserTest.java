package uk.nhs.screeningplanner.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Each demo user signs in through the real login page in headless Chromium, sees only the views
 * their role allows in the navigation, opens each of them, and is refused the others.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RoleNavigationBrowserTest extends BrowserTest {

  /** Route → heading shown on the page. */
  static final Map<String, String> REFERENCE_VIEWS =
      Map.of(
          "", "Overview",
          "sites", "Sites and units",
          "unit-calendar", "Unit calendar",
          "practices", "GP practices",
          "staff", "Staff",
          "clinic-schedule", "Clinic schedule",
          "reader-roster", "Reader roster",
          "forecast", "Backlog forecast",
          "settings", "Service settings");

  static final Map<String, String> ADMIN_VIEWS = Map.of("users", "Users", "audit", "Audit log");

  /** Views for service managers and administrators only. */
  static final Map<String, String> IMPORT_VIEWS = Map.of("workbook", "Import and export");

  @Test
  void aServiceManagerSeesReferenceDataButNotAdministration() {
    checkRole("manager", both(REFERENCE_VIEWS, IMPORT_VIEWS), ADMIN_VIEWS);
  }

  @Test
  void aRotaCoordinatorSeesReferenceDataButNotAdministration() {
    checkRole("rota", REFERENCE_VIEWS, both(ADMIN_VIEWS, IMPORT_VIEWS));
  }

  @Test
  void anExecutiveSeesReferenceDataButNotAdministration() {
    checkRole("executive", REFERENCE_VIEWS, both(ADMIN_VIEWS, IMPORT_VIEWS));
  }

  @Test
  void anAdministratorSeesEverything() {
    checkRole("admin", both(both(REFERENCE_VIEWS, ADMIN_VIEWS), IMPORT_VIEWS), Map.of());
  }

  private static Map<String, String> both(Map<String, String> some, Map<String, String> more) {
    Map<String, String> all = new java.util.HashMap<>(some);
    all.putAll(more);
    return all;
  }

  @Test
  void theOverviewDrawsTheWomenFallingDueChartWithItsNumbersForScreenReaders() {
    Page page = browser.signIn("executive", "executive-demo-2026");
    var chart = page.locator("#overview-due-chart");
    chart.locator("canvas").waitFor();
    page.waitForFunction(
        "() => document.querySelector('#overview-due-chart').shadowRoot"
            + ".querySelectorAll('tbody tr').length === 12");
    assertThat(chart.locator("canvas").boundingBox().height).isGreaterThan(150);
    assertThat(chart.locator("canvas").getAttribute("aria-label")).contains("falls due");
    assertThat(chart.locator("tbody tr").first().innerText())
        .matches("(?s)\\w{3} \\d{4}\\s+\\d+.*");
    BrowserSession.screenshot(page, "executive-overview-chart");
    page.context().close();
  }

  @Test
  void aWrongPasswordIsRefusedWithAClearMessage() {
    Page page = browser.newPage();
    page.navigate(browser.url("/login"));
    page.locator("vaadin-login-form input[name=username]").fill("manager");
    page.locator("vaadin-login-form input[name=password]").fill("not-the-password");
    page.locator("vaadin-login-form vaadin-button[slot=submit]").click();
    page.waitForURL("**/login?error");
    page.getByText("Wrong username or password").waitFor();
    // the message lives in the login form's shadow DOM; Playwright's text locators pierce it
    assertThat(page.getByText("Check them and try again").isVisible()).isTrue();
    BrowserSession.screenshot(page, "login-error");
    page.context().close();
  }

  private void checkRole(String user, Map<String, String> allowed, Map<String, String> refused) {
    Page page = browser.signIn(user, user + "-demo-2026");
    List<String> navLinks = page.locator("#main-nav vaadin-side-nav-item").allInnerTexts();
    assertThat(navLinks.stream().map(String::trim).toList())
        .as("navigation of " + user)
        .containsExactlyInAnyOrderElementsOf(allowed.values());
    for (var view : allowed.entrySet()) {
      page.navigate(browser.url("/" + view.getKey()));
      assertThat(page.locator("h2").first().innerText()).isEqualTo(view.getValue());
      page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
      BrowserSession.screenshot(
          page, user + "-" + (view.getKey().isEmpty() ? "overview" : view.getKey()));
    }
    for (String route : refused.keySet()) {
      page.navigate(browser.url("/" + route));
      page.locator("#page-not-available").waitFor();
      assertThat(page.locator("h2").allInnerTexts()).doesNotContain(refused.get(route));
      assertThat(page.content()).doesNotContain("Exception").doesNotContain("at uk.nhs");
    }
    page.context().close();
  }
}
