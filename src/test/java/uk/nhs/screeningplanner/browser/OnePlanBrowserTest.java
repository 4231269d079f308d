package uk.nhs.screeningplanner.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import uk.nhs.screeningplanner.planning.Booking;
import uk.nhs.screeningplanner.planning.StaffBookings;
import uk.nhs.screeningplanner.service.ServiceSettingsService;
import uk.nhs.screeningplanner.service.StaffMemberRepository;

/**
 * Issue #12 in the browser: a service manager publishes a clinic schedule, then builds and
 * publishes the reader roster around it. The roster grid shows the half-days the clinic takes, and
 * the staff page shows one person's week across both plans with no clash.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "planner.test.context=one-plan-browser",
      "planner.clinic.solve-seconds=6",
      "planner.roster.solve-seconds=6"
    })
class OnePlanBrowserTest extends BrowserTest {

  @Autowired StaffBookings bookings;
  @Autowired ServiceSettingsService services;
  @Autowired StaffMemberRepository staff;

  @Test
  void theRosterReadsAroundThePublishedClinicScheduleAndTheStaffPageShowsBoth() {
    Page page = browser.signIn("manager", "manager-demo-2026");
    page.navigate(browser.url("/clinic-schedule"));
    page.locator("#clinic-weeks input").fill("4");
    page.locator("#clinic-create").click();
    page.waitForCondition(() -> page.locator("#clinic-summary").innerText().contains("sessions"));
    page.locator("#clinic-solve").click();
    page.waitForCondition(
        () -> page.locator("#clinic-progress").innerText().contains("Finished"),
        new Page.WaitForConditionOptions().setTimeout(90_000));
    page.locator("#clinic-publish").click();
    page.locator("vaadin-button[slot='confirm-button']").click();
    page.waitForCondition(() -> page.locator("#clinic-summary").innerText().contains("Published"));

    page.navigate(browser.url("/reader-roster"));
    page.locator("#roster-weeks").click();
    page.locator("vaadin-select-item")
        .filter(new Locator.FilterOptions().setHasText("4"))
        .first()
        .click();
    page.locator("#roster-create").click();
    page.locator("#roster-grid").waitFor();
    assertThat(page.locator("#roster-grid").innerText())
        .as("half-days the published clinic schedule takes are marked on the roster")
        .contains("clinic");
    page.locator("#roster-solve").click();
    page.locator("#roster-stop")
        .waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.VISIBLE));
    page.locator("#roster-stop")
        .waitFor(
            new Locator.WaitForOptions().setState(WaitForSelectorState.HIDDEN).setTimeout(90_000));
    page.locator("#roster-publish").click();
    page.locator("vaadin-button[slot='confirm-button']").click();
    page.locator("#roster-status")
        .filter(new Locator.FilterOptions().setHasText("Published"))
        .waitFor();
    BrowserSession.screenshot(page, "one-plan-roster-around-clinic");

    LocalDate monday =
        LocalDate.now().with(java.time.temporal.TemporalAdjusters.next(DayOfWeek.MONDAY));
    List<Booking> inForce =
        bookings.all(services.current().getId(), monday, monday.plusDays(4)).stream()
            .filter(Booking::published)
            .toList();
    Map<Long, Set<String>> plansByPerson =
        inForce.stream()
            .collect(
                Collectors.groupingBy(
                    Booking::staffId, Collectors.mapping(Booking::plan, Collectors.toSet())));
    long both =
        plansByPerson.entrySet().stream()
            .filter(e -> e.getValue().size() == 2)
            .map(Map.Entry::getKey)
            .findFirst()
            .orElseThrow(() -> new AssertionError("nobody both reads and works in clinics"));
    String code = staff.findById(both).orElseThrow().getStaffCode();

    page.navigate(browser.url("/staff"));
    page.locator("#staff-search input").fill(code);
    page.locator("#staff-grid vaadin-grid-cell-content")
        .getByText(code, new Locator.GetByTextOptions().setExact(true))
        .first()
        .click();
    page.locator("#staff-week").waitFor();
    page.locator("#staff-week-next").click();
    page.waitForCondition(
        () -> page.locator("#staff-week-grid").innerText().contains("published reader roster"));
    String week = page.locator("#staff-week-grid").innerText();
    assertThat(week).contains("published clinic schedule").doesNotContain("Clash");
    page.locator("#staff-week").scrollIntoViewIfNeeded();
    BrowserSession.screenshot(page, "one-plan-staff-week");
    page.context().close();
  }
}
