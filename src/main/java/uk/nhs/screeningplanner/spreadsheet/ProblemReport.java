package uk.nhs.screeningplanner.spreadsheet;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * The problems found in a workbook as a workbook of their own, to download, sort and work through:
 * one row per problem with the sheet, row, column, value and message in separate columns.
 */
public final class ProblemReport {

  static final Column<String> SEVERITY =
      Column.required("Severity", ValueTypes.text(), "Error stops the import; Warning does not.");
  static final Column<String> SHEET =
      Column.optional("Sheet", ValueTypes.text(), "The sheet to look at; empty for the file.");
  static final Column<Integer> ROW =
      Column.optional("Row", ValueTypes.wholeNumber("14"), "The row number Excel shows.");
  static final Column<String> COLUMN =
      Column.optional("Column", ValueTypes.text(), "The column heading.");
  static final Column<String> VALUE =
      Column.optional("Value found", ValueTypes.text(), "What the cell holds.").width(24);
  static final Column<String> MESSAGE =
      Column.required("Problem", ValueTypes.text(), "What is wrong and what is expected.")
          .width(90);

  static final SheetLayout LAYOUT =
      new SheetLayout(
          "Problems",
          "Every problem found",
          true,
          0,
          List.of(SEVERITY, SHEET, ROW, COLUMN, VALUE, MESSAGE));

  private ProblemReport() {}

  public static void write(OutputStream out, List<Problem> problems) throws IOException {
    List<Row> rows =
        problems.stream()
            .map(
                p ->
                    Row.builder()
                        .put(SEVERITY, p.isError() ? "Error" : "Warning")
                        .put(SHEET, p.sheet())
                        .put(ROW, p.row())
                        .put(COLUMN, p.column())
                        .put(VALUE, p.value())
                        .put(MESSAGE, p.message())
                        .build())
            .toList();
    WorkbookWriter.write(out, null, List.of(new SheetContent(LAYOUT, rows)));
  }
}
