package uk.nhs.screeningplanner.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import uk.nhs.screeningplanner.service.StaffMember;
import uk.nhs.screeningplanner.service.StaffMemberRepository;

/**
 * A service manager edits a staff member of the sample service in the browser; the change is in the
 * database and still shown after a reload. An executive sees the same form read-only; a refused
 * value shows its rule beside the field and saves nothing.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "planner.test.context=staff-editing")
class StaffEditingBrowserTest extends BrowserTest {

  @Autowired StaffMemberRepository staff;

  @Test
  void aManagersEditPersistsAfterReload() {
    StaffMember member =
        staff.findAll().stream().filter(m -> m.getStaffCode() != null).findFirst().orElseThrow();
    String newName = member.getName() + " Edited";
    Page page = browser.signIn("manager", "manager-demo-2026");
    openStaffMember(page, member.getStaffCode());

    Locator name = page.locator("#staff-name input");
    name.fill(newName);
    page.locator("#staff-contracted-sessions-per-week input").fill("7");
    page.locator("#staff-save-button").click();
    page.locator("vaadin-notification-card.saved-notification").first().waitFor();
    BrowserSession.screenshot(page, "manager-staff-saved");

    StaffMember saved = staff.findById(member.getId()).orElseThrow();
    assertThat(saved.getName()).isEqualTo(newName);
    assertThat(saved.getContractedSessionsPerWeek()).isEqualTo(7);

    page.reload();
    openStaffMember(page, member.getStaffCode());
    assertThat(page.locator("#staff-name input").inputValue()).isEqualTo(newName);
    assertThat(page.locator("#staff-grid").innerText()).contains(newName);
    BrowserSession.screenshot(page, "manager-staff-after-reload");
    page.context().close();
  }

  @Test
  void aRefusedValueShowsItsRuleAndSavesNothing() {
    StaffMember member = staff.findAll().get(1);
    Page page = browser.signIn("manager", "manager-demo-2026");
    openStaffMember(page, member.getStaffCode());
    page.locator("#staff-contracted-sessions-per-week input").fill("40");
    page.locator("#staff-save-button").click();
    page.getByText("Enter a whole number from 0 to 14").first().waitFor();
    BrowserSession.screenshot(page, "manager-staff-invalid");
    assertThat(staff.findById(member.getId()).orElseThrow().getContractedSessionsPerWeek())
        .isEqualTo(member.getContractedSessionsPerWeek());
    page.context().close();
  }

  @Test
  void anExecutiveSeesTheFormReadOnly() {
    StaffMember member = staff.findAll().get(2);
    Page page = browser.signIn("executive", "executive-demo-2026");
    openStaffMember(page, member.getStaffCode());
    assertThat(page.locator("#staff-save-button").count()).isZero();
    assertThat(page.locator("#staff-add").count()).isZero();
    assertThat(page.locator("#staff-name").getAttribute("readonly")).isNotNull();
    BrowserSession.screenshot(page, "executive-staff-readonly");
    page.context().close();
  }

  private void openStaffMember(Page page, String staffCode) {
    page.navigate(browser.url("/staff"));
    page.locator("#staff-search input").fill(staffCode);
    Locator row =
        page.locator("#staff-grid vaadin-grid-cell-content")
            .getByText(staffCode, new Locator.GetByTextOptions().setExact(true));
    row.first().click();
    page.locator("#staff-form").waitFor();
    page.locator("#staff-name input").waitFor();
  }
}
