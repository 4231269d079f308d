package uk.nhs.screeningplanner.service.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.screeningplanner.service.workbook.TestWorkbooks.cell;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.CellCopyPolicy;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import uk.nhs.screeningplanner.spreadsheet.Problem;

/**
 * Every error names the sheet, row, column, the value found and what is expected, so a service
 * manager can fix it without help; a workbook with any error writes nothing.
 */
class WorkbookErrorsTest extends UnchangedDatabaseTest {

  private static final String CODE = "ERR";

  @Test
  void anUnknownSkillIsNamedWithTheSkillsExpected() {
    assertThat(errors(wb -> cell(wb, "Staff", "D2").setCellValue("Radiolgist")))
        .containsExactly(
            "Staff row 2, column 'Skills': 'Radiolgist' is not a known skill; expected one of"
                + " MAMMOGRAPHER, ASSISTANT_PRACTITIONER, READER, ARBITRATOR, ASSESSOR,"
                + " BREAST_CARE_NURSE");
  }

  @Test
  void textInANumberColumnIsAnError() {
    assertThat(errors(wb -> cell(wb, "Sites", "H2").setCellValue("three")))
        .containsExactly(
            "Sites row 2, column 'Rooms': 'three' is not a number; expected a whole number such"
                + " as 2");
  }

  @Test
  void aValueOutsideTheRangeTheFormsAllowIsAnError() {
    assertThat(errors(wb -> cell(wb, "Staff", "F2").setCellValue(20)))
        .containsExactly(
            "Staff row 2, column 'Contracted sessions per week': '20' is not allowed: must be"
                + " less than or equal to 14");
  }

  @Test
  void aRuleOfTheStaffFormIsAppliedToo() {
    assertThat(errors(wb -> cell(wb, "Staff", "H3").setBlank()))
        .containsExactly(
            "Staff row 3, column 'Reading rate per hour': is empty, but readers need a reading"
                + " rate; expected a whole number such as 45");
  }

  @Test
  void anUnknownSiteCodeIsAnError() {
    assertThat(errors(wb -> cell(wb, "Practices", "H2").setCellValue("TESKO")))
        .containsExactly(
            "Practices row 2, column 'Home site': 'TESKO' is not a site code in the Sites sheet"
                + " for service ERR; expected one of HOSP, TESCO");
  }

  @Test
  void aDuplicateOdsCodeIsAnError() {
    assertThat(errors(wb -> copyRow(wb.getSheet("Practices"), 1, 2)))
        .containsExactly(
            "Practices row 3, column 'ODS code': 'B86001' is already on row 2 (service ERR); a"
                + " practice belongs to one service and appears once in the workbook");
  }

  @Test
  void availabilityOfUnknownStaffIsAnError() {
    assertThat(errors(wb -> cell(wb, "Availability", "B2").setCellValue("M99")))
        .containsExactly(
            "Availability row 2, column 'Staff code': 'M99' is not a staff code in the Staff"
                + " sheet for service ERR; expected one of M01, R01");
  }

  @Test
  void overlappingCalendarEntriesOfOneVanAreAnError() {
    List<String> errors =
        errors(
            wb -> {
              copyRow(wb.getSheet("Unit calendar"), 1, 2);
              cell(wb, "Unit calendar", "D3").setCellValue("01/03/2027");
              cell(wb, "Unit calendar", "E3").setCellValue("30/04/2027");
            });

    assertThat(errors)
        .containsExactly(
            "Unit calendar row 3, column 'Start date': '01/03/2027' overlaps row 2, where VAN1"
                + " is at TESCO from 04/01/2027 to 26/03/2027; one unit's entries may not"
                + " overlap");
  }

  @Test
  void datesOutOfRangeOrBackwardsAreErrors() {
    List<String> errors =
        errors(
            wb -> {
              cell(wb, "Availability", "C3").setCellValue("11/01/1927");
              cell(wb, "Availability", "D2").setCellValue("31/01/2027");
            });

    assertThat(errors)
        .containsExactly(
            "Availability row 2, column 'End date': '31/01/2027' is before the start date"
                + " 01/02/2027; expected a date on or after it",
            "Availability row 3, column 'Start date': '11/01/1927' is out of range; expected a"
                + " date between 01/01/2000 and 31/12/2099");
  }

  @Test
  void aCalendarEntryInASiteBlackoutIsAnError() {
    assertThat(errors(wb -> cell(wb, "Unit calendar", "D2").setCellValue("28/12/2026")))
        .containsExactly(
            "Unit calendar row 2, column 'Site': 'TESCO' is blacked out 01/12/2026 to"
                + " 03/01/2027 (Christmas); expected dates outside its blackouts");
  }

  @Test
  void aServiceCodeNotInTheSettingsSheetIsAnError() {
    assertThat(errors(wb -> cell(wb, "Units", "A3").setCellValue("LDS")))
        .containsExactly(
            "Units row 3, column 'Service': 'LDS' is not a service in the Settings sheet;"
                + " expected one of ERR");
  }

  private List<String> errors(Consumer<XSSFWorkbook> change) {
    byte[] file = TestWorkbooks.edit(TestWorkbooks.fixture(CODE), change);
    ImportCheck check = imports.check(new ByteArrayInputStream(file), "errors.xlsx", m -> {});
    assertThat(check.preview()).isNull();
    return check.errors().stream().map(Problem::text).toList();
  }

  private static void copyRow(Sheet sheet, int from, int to) {
    ((XSSFSheet) sheet).copyRows(from, from, to, new CellCopyPolicy());
  }
}
