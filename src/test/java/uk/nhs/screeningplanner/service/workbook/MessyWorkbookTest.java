package uk.nhs.screeningplanner.service.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.screeningplanner.service.workbook.TestWorkbooks.cell;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import uk.nhs.screeningplanner.spreadsheet.Problem;

/**
 * Workbooks as people and other tools really make them. What can be read without guessing is read
 * (text numbers, UK text dates, stray spaces, blank rows, formula results, extra columns); what
 * cannot is an error naming the place to look. Checking never writes to the database.
 */
class MessyWorkbookTest extends UnchangedDatabaseTest {

  private static final String CODE = "MESSY";

  @Test
  void formulasAreReadAsTheResultsSavedWithTheFile() {
    ImportCheck check =
        check(
            wb -> {
              cell(wb, "Staff", "F2").setCellFormula("4+4");
              wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            });

    assertThat(check.problems())
        .extracting(Problem::text)
        .containsExactly(
            "Staff: 1 cells hold formulas; the results Excel saved with the file were used");
    assertSameAsFixture(check);
  }

  @Test
  void aFormulaWithoutASavedResultIsAnError() {
    byte[] withFormula =
        TestWorkbooks.edit(
            TestWorkbooks.fixture(CODE),
            wb -> {
              cell(wb, "Staff", "F2").setCellFormula("4+4");
              wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            });
    byte[] neverCalculated =
        TestWorkbooks.rewriteParts(
            withFormula,
            TestWorkbooks.sheetPart("Staff"),
            xml -> xml.replaceAll("(</f>)<v>[^<]*</v>", "$1"));

    assertThat(errors(check(neverCalculated)))
        .containsExactly(
            "Staff row 2, column 'Contracted sessions per week': is a formula Excel has never"
                + " calculated, so it has no value; open the file in Excel, let it calculate and"
                + " save it, or type the value");
  }

  @Test
  void mergedCellsAreAnError() {
    ImportCheck check = check(wb -> wb.getSheet("Sites").addMergedRegion(range("A2:C2")));

    assertThat(errors(check))
        .containsExactly(
            "Sites row 2: cells A2:C2 are merged; unmerge them (Home > Merge & Center) so each"
                + " value sits in its own cell");
  }

  @Test
  void aHiddenSheetOfTheWorkbookIsAnErrorAndAnotherHiddenSheetIsIgnored() {
    ImportCheck hidden = check(wb -> wb.setSheetHidden(wb.getSheetIndex("Staff"), true));
    ImportCheck otherHidden =
        check(
            wb -> {
              wb.createSheet("Workings").createRow(0).createCell(0).setCellValue("x");
              wb.setSheetHidden(wb.getSheetIndex("Workings"), true);
            });

    assertThat(errors(hidden))
        .containsExactly(
            "Staff: the sheet is hidden. Hidden sheets are not imported unseen: unhide it"
                + " (right-click any tab > Unhide), check it, save and upload again");
    assertThat(otherHidden.hasErrors()).isFalse();
    assertThat(otherHidden.warnings())
        .extracting(Problem::text)
        .singleElement()
        .asString()
        .startsWith("Workings: this sheet is hidden; this sheet is not one the import reads;");
  }

  @Test
  void blankRowsInTheMiddleAreSkipped() {
    ImportCheck check = check(wb -> wb.getSheet("Staff").shiftRows(2, 2, 6));

    assertThat(check.problems()).isEmpty();
    assertSameAsFixture(check);
  }

  @Test
  void numbersStoredAsTextAreReadAsNumbers() {
    ImportCheck check =
        check(
            wb -> {
              cell(wb, "Staff", "F2").setCellValue("8");
              cell(wb, "Practices", "D2").setCellValue(" 120 ");
              cell(wb, "Practices", "E2").setCellValue("700");
              cell(wb, "Sites", "F2").setCellValue("53.801234");
              cell(wb, "Staff", "J3").setCellValue("3,100");
            });

    assertThat(check.problems()).isEmpty();
    assertSameAsFixture(check);
  }

  @Test
  void datesTypedAsTextInCommonUkFormsAreReadAsDates() {
    ImportCheck check =
        check(
            wb -> {
              cell(wb, "Availability", "C3").setCellValue("11/01/2027");
              cell(wb, "Availability", "D3").setCellValue("15 Jan 2027");
              cell(wb, "Availability", "C2").setCellValue("01-02-2027");
              cell(wb, "Availability", "D2").setCellValue("1st February 2027");
              cell(wb, "Practices", "G2").setCellValue("12/02/24");
              cell(wb, "Unit calendar", "D2").setCellValue("2027-01-04");
            });

    assertThat(check.problems()).isEmpty();
    assertSameAsFixture(check);
  }

  @Test
  void spacesAroundValuesAndLowerCaseCodesAreTidied() {
    ImportCheck check =
        check(
            wb -> {
              cell(wb, "Sites", "B2").setCellValue("  hosp ");
              cell(wb, "Sites", "C2").setCellValue(" General Hospital  ");
              cell(wb, "Staff", "D3").setCellValue(" reader ,Arbitrator ");
              cell(wb, "Staff", "A2").setCellValue(" " + CODE.toLowerCase() + " ");
            });

    assertThat(check.problems()).isEmpty();
    assertSameAsFixture(check);
  }

  @Test
  void nonBreakingSpacesAroundCodesAreTrimmedAndTextReversingControlsRemoved() {
    // issue 13 item 7: pasted non-breaking spaces stayed in codes (an error showing invisible
    // characters), and U+202E made a name display reversed
    ImportCheck check =
        check(
            wb -> {
              cell(wb, "Sites", "B2").setCellValue("\u00a0HOSP\u00a0");
              cell(wb, "Sites", "C2").setCellValue("General \u202eHospital\u202c");
              cell(wb, "Staff", "A2").setCellValue(CODE + "\u202f");
            });

    assertThat(check.problems()).isEmpty();
    assertSameAsFixture(check);
  }

  @Test
  void anExtraColumnIsIgnoredWithAWarning() {
    ImportCheck check =
        check(
            wb -> {
              cell(wb, "Sites", "K1").setCellValue("Colour");
              cell(wb, "Sites", "K2").setCellValue("Blue");
            });

    assertThat(check.problems())
        .extracting(Problem::text)
        .containsExactly(
            "Sites, column 'Colour': is not a column of this sheet (column K); its values are"
                + " ignored");
    assertSameAsFixture(check);
  }

  @Test
  void aMissingRequiredColumnIsAnError() {
    ImportCheck check = check(wb -> cell(wb, "Units", "C1").setCellValue("Title"));

    assertThat(errors(check))
        .containsExactly(
            "Units, column 'Name': is missing: the header row (row 1) has no such heading, and"
                + " this column is required. The columns of this sheet are 'Service', 'Code',"
                + " 'Name', 'Kind', 'Registration', 'Static site', 'Lanes', 'Daily throughput',"
                + " 'Active'");
  }

  private ImportCheck check(java.util.function.Consumer<XSSFWorkbook> change) {
    return check(TestWorkbooks.edit(TestWorkbooks.fixture(CODE), change));
  }

  private ImportCheck check(byte[] file) {
    return imports.check(new ByteArrayInputStream(file), "messy.xlsx", m -> {});
  }

  private static List<String> errors(ImportCheck check) {
    return check.errors().stream().map(Problem::text).toList();
  }

  private static void assertSameAsFixture(ImportCheck check) {
    assertThat(check.workbook().services())
        .containsExactly(WorkbookFixtures.smallService(CODE).rows());
  }

  private static CellRangeAddress range(String reference) {
    return CellRangeAddress.valueOf(reference);
  }
}
