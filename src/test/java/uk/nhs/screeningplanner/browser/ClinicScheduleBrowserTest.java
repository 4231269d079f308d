package uk.nhs.screeningplanner.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import uk.nhs.screeningplanner.clinic.persistence.ClinicAssignmentRepository;
import uk.nhs.screeningplanner.clinic.persistence.ClinicPlanRepository;
import uk.nhs.screeningplanner.clinic.persistence.ClinicSessionRepository;
import uk.nhs.screeningplanner.service.StaffMemberRepository;

/**
 * A service manager makes and solves a clinic plan in the browser, sees the calendar, pins a
 * position by hand, publishes, reads why rules are broken and downloads the workbook. An executive
 * then sees the published calendar without the buttons that change it.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"planner.test.context=clinic-schedule", "planner.clinic.solve-seconds=8"})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClinicScheduleBrowserTest extends BrowserTest {

  @Autowired ClinicPlanRepository plans;
  @Autowired ClinicAssignmentRepository assignments;
  @Autowired ClinicSessionRepository sessions;
  @Autowired StaffMemberRepository staff;

  @Test
  @Order(1)
  void aManagerSolvesPinsPublishesAndExports() throws Exception {
    Page page = browser.signIn("manager", "manager-demo-2026");
    page.navigate(browser.url("/clinic-schedule"));
    page.locator("#clinic-weeks input").fill("4");
    page.locator("#clinic-create").click();
    page.waitForCondition(() -> page.locator("#clinic-summary").innerText().contains("sessions"));
    BrowserSession.screenshot(page, "clinic-new-plan");

    page.locator("#clinic-solve").click();
    // The best plan so far shows while the solver runs (issue #12): names appear before the end.
    page.waitForCondition(
        () ->
            page.locator("#clinic-progress").innerText().contains("Solving")
                && page.locator("#clinic-calendar .clinic-cell")
                        .filter(
                            new Locator.FilterOptions()
                                .setHasText("Lead:")
                                .setHasNotText("Lead: UNFILLED"))
                        .count()
                    > 0,
        new Page.WaitForConditionOptions().setTimeout(60_000));
    BrowserSession.screenshot(page, "clinic-solving-live");
    page.waitForCondition(
        () -> page.locator("#clinic-progress").innerText().contains("Finished"),
        new Page.WaitForConditionOptions().setTimeout(60_000));
    assertThat(page.locator("#clinic-summary").innerText()).contains("every hard rule kept");
    Locator cells = page.locator("#clinic-calendar .clinic-cell");
    cells.first().waitFor();
    BrowserSession.screenshot(page, "clinic-solved-calendar");

    cells
        .filter(new Locator.FilterOptions().setHasText("Lead:").setHasNotText("Lead: UNFILLED"))
        .first()
        .click();
    page.locator("#session-pin-LEAD").waitFor();
    page.locator("#session-pin-LEAD").click();
    BrowserSession.screenshot(page, "clinic-session-dialog");
    page.locator("#session-save").click();
    page.locator("#session-dialog")
        .first()
        .waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.DETACHED));
    assertThat(assignments.findAll()).anyMatch(a -> a.isPinned() && a.getStaffId() != null);
    assertThat(page.locator("#clinic-calendar").innerText()).contains("pinned");

    page.locator("#clinic-publish").click();
    page.locator("vaadin-button[slot='confirm-button']").click();
    page.waitForCondition(() -> page.locator("#clinic-summary").innerText().contains("Published"));
    assertThat(plans.findAll()).anyMatch(p -> p.getPublishedAt() != null);

    page.locator("vaadin-tab#clinic-tab-why").click();
    page.locator("#clinic-why-rules").waitFor();
    page.waitForCondition(
        () -> page.locator("#clinic-why-rules").innerText().contains("Travel from base"));
    BrowserSession.screenshot(page, "clinic-why");

    page.locator("vaadin-tab#clinic-tab-people").click();
    page.locator("#clinic-people-grid").waitFor();
    BrowserSession.screenshot(page, "clinic-people-week");

    page.locator("vaadin-tab#clinic-tab-capacity").click();
    page.locator("#clinic-capacity-grid").waitFor();
    BrowserSession.screenshot(page, "clinic-capacity");

    Download download = page.waitForDownload(() -> page.locator("#clinic-export").click());
    Path file = BrowserSession.SCREENSHOTS.resolve("clinic-schedule.xlsx");
    download.saveAs(file);
    try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(file))) {
      assertThat(book.getSheet("Staff schedule")).isNotNull();
      assertThat(book.getSheet("Score")).isNotNull();
    }

    recordAnAbsenceAndSeeTheChanges(page);
    page.context().close();
  }

  /** Someone working in the second week is off sick for a day: the replan lists what changed. */
  private void recordAnAbsenceAndSeeTheChanges(Page page) {
    var session =
        sessions.findAll().stream()
            .filter(x -> x.getKind() == uk.nhs.screeningplanner.clinic.SessionKind.SCREENING)
            .filter(x -> x.getSessionDate().getDayOfWeek() == java.time.DayOfWeek.TUESDAY)
            .filter(x -> x.isRequired())
            .sorted(java.util.Comparator.comparing(x -> x.getSessionDate()))
            .skip(6)
            .findFirst()
            .orElseThrow();
    var absent =
        assignments.findAll().stream()
            .filter(
                a -> a.getSessionId() == session.getId() && a.getStaffId() != null && !a.isPinned())
            .findFirst()
            .orElseThrow();
    String name = staff.findById(absent.getStaffId()).orElseThrow().getName();
    String day =
        session.getSessionDate().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    page.locator("#clinic-absence").click();
    page.locator("#absence-staff input").fill(name);
    page.locator("vaadin-combo-box-item")
        .filter(new Locator.FilterOptions().setHasText(name))
        .first()
        .click();
    page.locator("#absence-from input").fill(day);
    page.locator("#absence-from input").press("Enter");
    // the last day follows the first when it is empty (a one-day absence needs one date); typing
    // into it while the server fills it in would run the two together
    page.waitForCondition(() -> day.equals(page.locator("#absence-to input").inputValue()));
    BrowserSession.screenshot(page, "clinic-absence-dialog");
    page.locator("#absence-save").click();
    // the view reloads when the replan ends: then the progress says Finished and the plan is a
    // draft
    page.waitForCondition(
        () ->
            page.locator("#clinic-progress").innerText().contains("Finished")
                && page.locator("#clinic-summary").innerText().contains("Draft"),
        new Page.WaitForConditionOptions().setTimeout(90_000));
    page.locator("vaadin-tab#clinic-tab-changes").click();
    page.waitForCondition(
        () -> page.locator("#clinic-changes-count").innerText().contains("differ"));
    assertThat(page.locator("#clinic-changes-grid").innerText())
        .contains(name)
        .contains(name + " is away (Sickness)");
    BrowserSession.screenshot(page, "clinic-changes-after-absence");

    page.locator("#clinic-revert").click();
    page.locator("vaadin-button[slot='confirm-button']").click();
    page.waitForCondition(
        () ->
            page.locator("#clinic-summary").innerText().contains("Published ")
                && page.locator("#clinic-summary").innerText().contains("0 changes"));
    BrowserSession.screenshot(page, "clinic-reverted");
  }

  @Test
  @Order(2)
  void anExecutiveReadsTheScheduleWithoutChangingIt() {
    Page page = browser.signIn("executive", "executive-demo-2026");
    page.navigate(browser.url("/clinic-schedule"));
    page.locator("#clinic-calendar .clinic-cell").first().waitFor();
    assertThat(page.locator("#clinic-summary").innerText()).contains("published");
    assertThat(page.locator("#clinic-version vaadin-radio-button[checked]").innerText())
        .as("readers see the plan in force by default")
        .contains("Plan in force");
    assertThat(page.locator("#clinic-solve").count()).isZero();
    assertThat(page.locator("#clinic-publish").count()).isZero();
    BrowserSession.screenshot(page, "clinic-executive");
    page.context().close();
  }
}
