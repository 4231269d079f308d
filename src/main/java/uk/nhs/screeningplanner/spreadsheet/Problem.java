package uk.nhs.screeningplanner.spreadsheet;

/**
 * Something wrong with a workbook, pointing at the place a person must look: the sheet, the row
 * number Excel shows, the column heading, the value found, and what was expected.
 *
 * @param severity an error stops the import; a warning is shown and the import may go on
 * @param sheet the tab name, or null for the file as a whole
 * @param row the row number, or null for the whole sheet
 * @param column the column heading, or null for the whole row
 * @param value the value found, or null when there was none or it does not matter
 * @param message what is wrong and what is expected, written to follow the value
 */
public record Problem(
    Severity severity, String sheet, Integer row, String column, String value, String message) {

  private static final int SHOWN_VALUE_LENGTH = 60;

  /** Whether a problem stops the import. */
  public enum Severity {
    ERROR,
    WARNING
  }

  public static Problem error(String sheet, Integer row, String column, String value, String msg) {
    return new Problem(Severity.ERROR, sheet, row, column, value, msg);
  }

  public static Problem warning(String sheet, Integer row, String column, String msg) {
    return new Problem(Severity.WARNING, sheet, row, column, null, msg);
  }

  /** A problem with the file as a whole. */
  public static Problem ofFile(String message) {
    return new Problem(Severity.ERROR, null, null, null, null, message);
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** Where to look, e.g. "Staff row 14, column 'Skills'". */
  public String location() {
    if (sheet == null) {
      return "File";
    }
    StringBuilder where = new StringBuilder(sheet);
    if (row != null) {
      where.append(" row ").append(row);
    }
    if (column != null) {
      where.append(", column '").append(column).append('\'');
    }
    return where.toString();
  }

  /** The value as quoted in messages, shortened when very long. */
  public String shownValue() {
    if (value == null) {
      return null;
    }
    return value.length() <= SHOWN_VALUE_LENGTH
        ? value
        : value.substring(0, SHOWN_VALUE_LENGTH) + "…";
  }

  /** The whole problem in one sentence, e.g. "Staff row 14, column 'Skills': 'X' is not …". */
  public String text() {
    String what = shownValue() == null ? message : "'" + shownValue() + "' " + message;
    return sheet == null ? message : location() + ": " + what;
  }

  @Override
  public String toString() {
    return text();
  }
}
