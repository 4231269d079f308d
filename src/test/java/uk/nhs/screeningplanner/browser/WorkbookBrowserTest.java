package uk.nhs.screeningplanner.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A service manager uploads the sample workbook in headless Chromium, reads the preview, confirms,
 * and sees the imported service; then uploads a broken copy and reads its row-level errors.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WorkbookBrowserTest extends BrowserTest {

  static final Path SAMPLE = Path.of("sample-data", "sample-service.xlsx");

  @Autowired JdbcTemplate jdbc;
  Path files;

  @BeforeAll
  void tempFiles() throws Exception {
    files = Files.createTempDirectory("workbook-browser");
  }

  @Test
  void aManagerImportsTheSampleWorkbookAfterSeeingThePreview() throws IOException {
    // the sample under its own code, so it is a new service whatever the test database holds
    Path sample = edited("sample-as-new.xlsx", workbook -> renameService(workbook, "UIT"));
    Page page = openWorkbookPage();

    upload(page, sample);
    page.locator("#preview-title").waitFor();
    assertThat(page.locator("#preview-title").innerText())
        .isEqualTo("What importing sample-as-new.xlsx would change");
    assertThat(cells(page, "#change-grid")).containsSequence("Practices", "120", "0", "0", "0");
    page.locator("#confirm-import").scrollIntoViewIfNeeded();
    BrowserSession.screenshot(page, "workbook-preview");

    page.locator("#confirm-import").click();
    page.locator("#import-done").waitFor();
    assertThat(page.locator("#import-done").innerText())
        .startsWith("Imported sample-as-new.xlsx: Settings: 1 added; Sites: 14 added;");
    assertThat(cells(page, "#held-grid"))
        .containsSequence(
            "UIT", "Marlshire Breast Screening" + " Service", "14", "7", "120", "27", "79");
    assertThat(
            jdbc.queryForObject(
                "select username from audit_entry where action = 'IMPORT'"
                    + " and summary like 'Imported sample-as-new.xlsx:%'",
                String.class))
        .isEqualTo("manager");
    BrowserSession.screenshot(page, "workbook-imported");
    page.context().close();
  }

  @Test
  void aBrokenWorkbookShowsItsRowLevelErrorsAndChangesNothing() throws IOException {
    Path broken =
        edited(
            "broken.xlsx",
            workbook -> {
              renameService(workbook, "UIB");
              cell(workbook.getSheet("Staff"), 13, 3).setCellValue("MAMMOGRAPHER, Radiolgist");
              cell(workbook.getSheet("Availability"), 4, 2).setCellValue("31/02/2027");
            });
    Page page = openWorkbookPage();

    upload(page, broken);
    page.locator("#problems-title").waitFor();
    assertThat(page.locator("#problems-title").innerText())
        .isEqualTo("2 errors in broken.xlsx: nothing was imported");
    assertThat(cells(page, "#problem-grid"))
        .containsSequence("Error", "Staff", "14", "Skills", "Radiolgist")
        .contains("is not a date; expected a date such as 24/11/2026 (day/month/year)");
    assertThat(cells(page, "#held-grid")).doesNotContain("UIB");
    BrowserSession.screenshot(page, "workbook-errors");

    Download list = page.waitForDownload(() -> page.locator("#download-problems").click());
    try (InputStream in = list.createReadStream();
        XSSFWorkbook problems = new XSSFWorkbook(in)) {
      Row first = problems.getSheet("Problems").getRow(1);
      assertThat(first.getCell(1).getStringCellValue()).isEqualTo("Staff");
      assertThat(first.getCell(4).getStringCellValue()).isEqualTo("Radiolgist");
    }
    page.context().close();
  }

  @Test
  void removingAllStaffNeedsTheTypedConfirmationAndKeepsThemInTheAuditLog() throws IOException {
    // issue 13 item 2: an import that empties a sheet used to be applied with no warning
    Path whole = edited("wipe-base.xlsx", workbook -> renameService(workbook, "UIW"));
    Path noStaff =
        edited(
            "no-staff.xlsx",
            workbook -> {
              renameService(workbook, "UIW");
              for (String name : List.of("Staff", "Availability")) {
                Sheet sheet = workbook.getSheet(name);
                for (int r = sheet.getLastRowNum(); r >= 1; r--) {
                  if (sheet.getRow(r) != null) {
                    sheet.removeRow(sheet.getRow(r));
                  }
                }
              }
            });
    Page page = openWorkbookPage();
    upload(page, whole);
    page.locator("#confirm-import").click();
    page.locator("#import-done").waitFor();

    upload(page, noStaff);
    page.locator("#large-removals").waitFor();
    assertThat(page.locator("#large-removals").innerText())
        .contains("Staff of UIW: all 27 records would be removed");
    assertThat(page.locator("#confirm-import").isEnabled()).isFalse();
    page.locator("#confirm-removals input").fill("REMOVE");
    page.locator("#confirm-import").scrollIntoViewIfNeeded();
    BrowserSession.screenshot(page, "workbook-large-removals");
    page.locator("#confirm-import").click();
    page.locator("#import-done").waitFor();
    assertThat(page.locator("#import-done").innerText()).contains("Staff: 27 removed");
    page.context().close();

    Page admin = browser.signIn("admin", "admin-demo-2026");
    admin.navigate(browser.url("/audit"));
    admin.locator(".audit-attachment").first().waitFor();
    assertThat(admin.locator(".audit-attachment").first().innerText())
        .isEqualTo("before-import-UIW.xlsx");
    BrowserSession.screenshot(admin, "audit-kept-file");
    Download kept = admin.waitForDownload(() -> admin.locator(".audit-attachment").first().click());
    try (InputStream in = kept.createReadStream();
        XSSFWorkbook before = new XSSFWorkbook(in)) {
      assertThat(before.getSheet("Staff").getLastRowNum()).isEqualTo(27);
    }
    admin.context().close();
  }

  private Page openWorkbookPage() {
    Page page = browser.signIn("manager", "manager-demo-2026");
    page.navigate(browser.url("/workbook"));
    page.locator("#held-grid").waitFor();
    return page;
  }

  private static void upload(Page page, Path file) {
    // Vaadin's upload keeps its file input in its shadow root; Playwright's CSS pierces it
    page.locator("vaadin-upload input[type=file]").setInputFiles(file);
  }

  private static List<String> cells(Page page, String grid) {
    page.waitForTimeout(300);
    return page.locator(grid + " vaadin-grid-cell-content").allInnerTexts().stream()
        .map(String::trim)
        .toList();
  }

  private Path edited(String name, java.util.function.Consumer<XSSFWorkbook> change)
      throws IOException {
    Path file = files.resolve(name);
    try (InputStream in = Files.newInputStream(SAMPLE);
        XSSFWorkbook workbook = new XSSFWorkbook(in);
        OutputStream out = Files.newOutputStream(file)) {
      change.accept(workbook);
      workbook.write(out);
    }
    return file;
  }

  /** Every Service cell (column A below the header) of every data sheet. */
  private static void renameService(XSSFWorkbook workbook, String code) {
    for (Sheet sheet : workbook) {
      if (sheet.getSheetName().equals("Read me")) {
        continue;
      }
      for (Row row : sheet) {
        if (row.getRowNum() > 0 && row.getCell(0) != null) {
          row.getCell(0).setCellValue(code);
        }
      }
    }
  }

  private static Cell cell(Sheet sheet, int row, int column) {
    Row r = sheet.getRow(row);
    return r.getCell(column) == null ? r.createCell(column) : r.getCell(column);
  }
}
