package uk.nhs.screeningplanner.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.io.InputStream;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import uk.nhs.screeningplanner.roster.ReaderRosterService;
import uk.nhs.screeningplanner.roster.RosterFigures;
import uk.nhs.screeningplanner.roster.RosterSnapshot;
import uk.nhs.screeningplanner.roster.domain.ReadingRole;

/**
 * A rota coordinator builds a 12-week reader roster in the browser: creates and solves it, pins a
 * session by hand and solves around it, publishes, records an absence and sees the replan's
 * changes, reads "Why?" and exports the wall chart. An executive sees it read-only.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "planner.test.context=reader-roster-browser")
class ReaderRosterBrowserTest extends BrowserTest {

  static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  @Autowired ReaderRosterService roster;

  @Test
  void aCoordinatorSolvesPinsPublishesReplansAndExports() throws Exception {
    Page page = browser.signIn("rota", "rota-demo-2026");
    page.navigate(browser.url("/reader-roster"));
    page.locator("#roster-create").click();
    page.locator("#roster-grid").waitFor();
    solveAndWait(page);
    assertThat(page.locator("#roster-score").innerText()).contains("Every hard rule kept");
    BrowserSession.screenshot(page, "roster-solved");

    // issue 15: the lower bound beside the roster's late case-days, once computed in the
    // background; issue 12: days to result and the queue at the start and the end
    page.locator("#roster-bound")
        .filter(new Locator.FilterOptions().setHasText("no roster of these readers"))
        .waitFor(new Locator.WaitForOptions().setTimeout(120_000));
    RosterFigures figures = roster.current().orElseThrow().figures();
    assertThat(figures.boundReady()).isTrue();
    assertThat(page.locator("#roster-bound").innerText())
        .startsWith(String.format("%,d late case-days", figures.caseDaysLate()))
        .contains(String.format("can have fewer than %,d", figures.bound()));
    assertThat(figures.bound()).isLessThanOrEqualTo(figures.caseDaysLate());
    assertThat(page.locator("#roster-days-to-result").innerText())
        .contains(String.format("95%% within %d", figures.p95DaysToResult()));
    assertThat(page.locator("#roster-queue").innerText())
        .contains(String.format("%,d at the start", figures.queueAtStart()))
        .contains(String.format("%,d at the end", figures.queueAtEnd()));
    assertThat(page.locator("#roster-capacity").innerText()).isNotBlank();
    BrowserSession.screenshot(page, "roster-bound");

    RosterSnapshot solved = roster.current().orElseThrow();
    RosterSnapshot.RosterReader reader = solved.readers().get(0);
    String cellId = "cell-" + reader.staffId() + "-" + solved.start() + "-AM";
    boolean wasSecond =
        solved.cellsOf(reader.staffId(), solved.start()).get(0).role() == ReadingRole.SECOND_READ;
    ReadingRole chosen = wasSecond ? ReadingRole.FIRST_READ : ReadingRole.SECOND_READ;
    String expected = "AM " + chosen.letter();
    page.locator("#" + cellId).click();
    page.locator("#cell-role vaadin-radio-button")
        .filter(new Locator.FilterOptions().setHasText(chosen.label()))
        .click();
    page.locator("#cell-save").click();
    page.locator("#" + cellId + "[data-pinned=true]").waitFor();
    assertThat(page.locator("#" + cellId).innerText()).isEqualTo(expected);
    BrowserSession.screenshot(page, "roster-pinned");

    solveAndWait(page);
    assertThat(page.locator("#" + cellId).innerText()).isEqualTo(expected);
    assertThat(page.locator("#" + cellId).getAttribute("data-pinned")).isEqualTo("true");

    page.locator("#roster-publish").click();
    page.locator("vaadin-button[slot='confirm-button']").click();
    // case-sensitive: a plain "Published" also matches "(never published)" at once
    page.locator("#roster-status")
        .filter(
            new Locator.FilterOptions().setHasText(java.util.regex.Pattern.compile("Published")))
        .waitFor();
    assertThat(page.locator("#roster-status").innerText()).contains("published").contains("rota");

    LocalDate from = solved.start().plusWeeks(1);
    page.locator("#roster-absence").click();
    page.locator("#absence-reader input").fill(reader.name());
    page.locator("vaadin-combo-box-item")
        .filter(new Locator.FilterOptions().setHasText(reader.name()))
        .first()
        .click();
    page.locator("#absence-from input").fill(UK.format(from));
    page.locator("#absence-from input").press("Enter");
    page.locator("#absence-to input").fill(UK.format(from.plusDays(4)));
    page.locator("#absence-to input").press("Enter");
    page.locator("#absence-save").click();
    waitForSolveEnd(page);
    page.locator("#roster-diff").waitFor();
    assertThat(page.locator("#roster-diff").innerText()).contains(reader.name());
    assertThat(page.locator("#roster-status").innerText())
        .contains("Draft")
        .doesNotContain("to be replanned");
    page.locator("#roster-diff").scrollIntoViewIfNeeded();
    BrowserSession.screenshot(page, "roster-replan-diff");

    page.locator("#roster-why").click();
    page.locator("#roster-why-panel").waitFor();
    assertThat(page.locator("#roster-why-panel").innerText()).contains("Why the roster scores");
    page.locator("#roster-why-panel").scrollIntoViewIfNeeded();
    BrowserSession.screenshot(page, "roster-why");
    page.locator("#roster-backlog").scrollIntoViewIfNeeded();
    BrowserSession.screenshot(page, "roster-backlog");

    Download download = page.waitForDownload(() -> page.locator("#roster-export").click());
    try (InputStream in = Files.newInputStream(download.path());
        XSSFWorkbook wb = new XSSFWorkbook(in)) {
      assertThat(wb.getSheetAt(0).getSheetName()).startsWith("Week 1");
      assertThat(wb.getSheet("Score")).isNotNull();
    }

    page.locator("#roster-revert").click();
    page.locator("vaadin-button[slot='confirm-button']").click();
    page.locator("#roster-status")
        .filter(new Locator.FilterOptions().setHasText("Published roster"))
        .waitFor();
    BrowserSession.screenshot(page, "roster-reverted");
    page.context().close();
  }

  @Test
  void anExecutiveSeesTheRosterReadOnly() {
    Page page = browser.signIn("executive", "executive-demo-2026");
    page.navigate(browser.url("/reader-roster"));
    page.locator("#roster-status").waitFor();
    assertThat(page.locator("#roster-solve").count()).isZero();
    assertThat(page.locator("#roster-create").count()).isZero();
    BrowserSession.screenshot(page, "roster-executive");
    page.context().close();
  }

  private static void solveAndWait(Page page) {
    page.locator("#roster-solve").click();
    waitForSolveEnd(page);
  }

  private static void waitForSolveEnd(Page page) {
    page.locator("#roster-stop")
        .waitFor(
            new Locator.WaitForOptions().setState(WaitForSelectorState.VISIBLE).setTimeout(30_000));
    page.locator("#roster-stop")
        .waitFor(
            new Locator.WaitForOptions().setState(WaitForSelectorState.HIDDEN).setTimeout(90_000));
    page.locator("#roster-grid").waitFor();
  }
}
