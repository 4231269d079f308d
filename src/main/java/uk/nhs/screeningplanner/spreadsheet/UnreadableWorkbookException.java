package uk.nhs.screeningplanner.spreadsheet;

/**
 * The file as a whole cannot be read as a workbook: not an .xlsx, damaged, or beyond a limit. The
 * message is written for the person who uploaded it and says what to do.
 */
public class UnreadableWorkbookException extends Exception {

  public UnreadableWorkbookException(String message) {
    super(message);
  }

  public UnreadableWorkbookException(String message, Throwable cause) {
    super(message, cause);
  }
}
