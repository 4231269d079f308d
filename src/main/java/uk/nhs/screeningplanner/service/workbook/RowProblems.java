package uk.nhs.screeningplanner.service.workbook;

import uk.nhs.screeningplanner.spreadsheet.Column;
import uk.nhs.screeningplanner.spreadsheet.Problem;
import uk.nhs.screeningplanner.spreadsheet.Problems;
import uk.nhs.screeningplanner.spreadsheet.SourceRow;

/** Reports problems at one row, quoting the value in the column at fault. */
final class RowProblems {

  private final Problems problems;
  private final SourceRow row;

  RowProblems(Problems problems, SourceRow row) {
    this.problems = problems;
    this.row = row;
  }

  /** A problem with the value in this column, e.g. "'25' is not allowed: …". */
  void at(Column<?> column, String message) {
    Object value = row.get(column);
    at(column, value == null ? null : row.values().describe(column), message);
  }

  /** A problem with part of a cell, or with a value other than the cell's own. */
  void at(Column<?> column, String value, String message) {
    if (column != null && row.failed(column)) {
      return; // the cell could not be read at all, which is already reported
    }
    problems.add(
        Problem.error(
            row.sheet().name(),
            row.number(),
            column == null ? null : column.header(),
            value,
            message));
  }

  /** A problem with the row as a whole. */
  void row(String message) {
    at(null, null, message);
  }

  SourceRow source() {
    return row;
  }
}
