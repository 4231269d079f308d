package uk.nhs.screeningplanner.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import uk.nhs.screeningplanner.forecast.ForecastFigures;
import uk.nhs.screeningplanner.forecast.ForecastReport;
import uk.nhs.screeningplanner.forecast.ForecastService;
import uk.nhs.screeningplanner.forecast.model.Kpis;

/**
 * An executive opens the backlog forecast (issue #14): the tiles show the service's own figures for
 * 3, 6, 12 and 36 months, the summary, equity and relief tables are there, and a what-if scenario
 * (AI second reader from today) appears beside the baseline, is saved under the executive's name
 * and loaded again; an impossible one is refused; the forecast downloads as .xlsx.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "planner.test.context=forecast-browser")
class ForecastBrowserTest extends BrowserTest {

  @Autowired ForecastService forecasts;

  @Test
  @WithMockUser(username = "executive", roles = "EXECUTIVE")
  void anExecutiveSeesTheForecastAndTriesAScenario() throws Exception {
    ForecastReport expected = forecasts.report(null);
    Page page = browser.signIn("executive", "executive-demo-2026");
    page.navigate(browser.url("/forecast"));
    page.locator("#forecast-tiles").waitFor();
    assertThat(page.locator("#main-nav").innerText()).contains("Backlog forecast");

    var rows =
        ForecastFigures.rows(
            expected.data().roundAcceptablePct(), expected.data().roundAchievablePct());
    for (int months : ForecastReport.PERIODS) {
      Kpis k = expected.baseline().kpis(months);
      for (ForecastFigures.Row row : rows) {
        assertThat(page.locator("#kpi-" + months + "-" + row.id()).innerText())
            .as("%s over %d months", row.label(), months)
            .isEqualTo(row.format(k));
      }
    }
    String summary = page.locator("#forecast-summary").innerText();
    for (String line : expected.summary()) {
      assertThat(summary).contains(line);
    }
    assertThat(page.locator("#forecast-equity").innerText()).contains("1 (most deprived)");
    assertThat(page.locator("#forecast-relief").innerText()).contains("Reading (human reads)");
    assertThat(page.locator("#forecast-reading-chart")).isNotNull();
    BrowserSession.screenshot(page, "forecast-executive");
    page.locator("#forecast-equity").scrollIntoViewIfNeeded();
    BrowserSession.screenshot(page, "forecast-equity");

    // an impossible what-if is refused with the reason and nothing is shown beside the baseline
    String unitName = expected.data().units().get(0).name();
    page.locator("#scenario-unit").click();
    page.locator("vaadin-select-item")
        .filter(new Locator.FilterOptions().setHasText(unitName))
        .first()
        .click();
    page.waitForCondition(() -> page.locator("#scenario-unit").innerText().contains(unitName));
    page.locator("#scenario-apply").click();
    BrowserSession.screenshot(page, "forecast-refused");
    page.locator("vaadin-notification-card.problem-notification")
        .filter(new Locator.FilterOptions().setHasText("give the first and last day"))
        .waitFor();
    assertThat(page.locator("#forecast-compare").count()).isZero();
    page.locator("#scenario-unit").click();
    page.locator("vaadin-select-item")
        .filter(new Locator.FilterOptions().setHasText("None"))
        .first()
        .click();

    // AI second reader from today
    page.locator("#scenario-name input").fill("AI second reader");
    page.locator("#scenario-ai-from input").fill(ForecastBrowserDates.uk(expected.data().start()));
    page.locator("#scenario-ai-from input").press("Enter");
    page.locator("#scenario-apply").click();
    page.locator("#forecast-compare-title").waitFor();
    assertThat(page.locator("#forecast-compare-title").innerText()).contains("AI second reader");
    assertThat(page.locator("#forecast-compare").innerText())
        .contains("Reading load")
        .contains("Baseline, 12 months");
    page.locator("#forecast-compare").scrollIntoViewIfNeeded();
    BrowserSession.screenshot(page, "forecast-scenario");

    // saved under the executive's name, cleared, and loaded again from the saved list
    page.locator("#scenario-save").click();
    page.locator("vaadin-notification-card.saved-notification")
        .filter(new Locator.FilterOptions().setHasText("Saved scenario 'AI second reader'"))
        .waitFor();
    assertThat(forecasts.savedScenarios())
        .anyMatch(
            v -> v.scenario().name().equals("AI second reader") && v.author().equals("executive"));
    page.locator("#scenario-clear").click();
    page.waitForCondition(() -> page.locator("#forecast-compare").count() == 0);
    page.locator("#scenario-saved").click();
    page.locator("vaadin-select-item")
        .filter(new Locator.FilterOptions().setHasText("AI second reader (by executive"))
        .first()
        .click();
    page.locator("#forecast-compare-title").waitFor();
    assertThat(page.locator("#scenario-name input").inputValue()).isEqualTo("AI second reader");
    page.locator("#forecast-scenario").scrollIntoViewIfNeeded();
    BrowserSession.screenshot(page, "forecast-saved-scenario");

    // the forecast with the scenario downloads as .xlsx: KPI sheet with the scenario beside it
    Download download = page.waitForDownload(() -> page.locator("#forecast-export").click());
    try (var wb = new XSSFWorkbook(download.createReadStream())) {
      assertThat(wb.getSheet("KPIs").getRow(0).getCell(2).getStringCellValue())
          .contains("AI second reader");
      assertThat(wb.getSheet("Weekly").getPhysicalNumberOfRows()).isGreaterThan(150);
      var readingLoad = wb.getSheet("KPIs").getRow(rows.size() - 1);
      assertThat(readingLoad.getCell(0).getStringCellValue()).startsWith("Reading load");
      assertThat(readingLoad.getCell(1).getNumericCellValue())
          .isCloseTo(expected.baseline().kpis(3).readingLoad(), within(1e-9));
    }
  }

  /** UK date entry for the date pickers. */
  static final class ForecastBrowserDates {
    static String uk(java.time.LocalDate d) {
      return d.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    }
  }
}
