package uk.nhs.screeningplanner.spreadsheet;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * One cell as stored in the file, before any column gives it a meaning.
 *
 * @param kind what the cell holds
 * @param text the text, the number as written in the file, TRUE/FALSE or the error code
 * @param dateTime the date and time when the number is shown with a date or time format
 * @param formula whether the value is the saved result of a formula
 */
public record CellValue(Kind kind, String text, LocalDateTime dateTime, boolean formula) {

  /** Excel keeps 15 significant digits; anything beyond is binary noise such as 0.0449999…98. */
  private static final MathContext EXCEL_DIGITS = new MathContext(15);

  private static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  public static final CellValue BLANK = new CellValue(Kind.BLANK, "", null, false);

  /** What a cell may hold. */
  public enum Kind {
    BLANK,
    TEXT,
    NUMBER,
    BOOLEAN,
    /** An Excel error such as #REF! or #DIV/0!. */
    ERROR,
    /** A formula saved without its result (never calculated). */
    NO_RESULT
  }

  public static CellValue text(String text) {
    return new CellValue(Kind.TEXT, text, null, false);
  }

  public static CellValue number(String raw) {
    return new CellValue(Kind.NUMBER, raw, null, false);
  }

  /** Blank, or text that is only spaces. */
  public boolean isBlank() {
    return kind == Kind.BLANK || (kind == Kind.TEXT && text.isBlank());
  }

  /** The number as Excel shows it: 15 significant digits, no trailing zeros. */
  public BigDecimal number() {
    return normalised(new BigDecimal(text.trim()).round(EXCEL_DIGITS));
  }

  /** Without trailing zeros, and never in exponent form: 1E+3 becomes 1000. */
  public static BigDecimal normalised(BigDecimal number) {
    BigDecimal value = number.stripTrailingZeros();
    return value.scale() < 0 ? value.setScale(0) : value;
  }

  /** The value as the user sees it in Excel, for error messages. */
  public String shown() {
    return switch (kind) {
      case BLANK -> "";
      case NUMBER -> dateTime != null ? shownDate() : safeNumber();
      default -> text.strip();
    };
  }

  private String shownDate() {
    if (dateTime.getYear() < 1900) {
      return dateTime.toLocalTime().toString();
    }
    String date = dateTime.toLocalDate().format(UK_DATE);
    return dateTime.toLocalTime().equals(java.time.LocalTime.MIDNIGHT)
        ? date
        : date + " " + dateTime.toLocalTime();
  }

  private String safeNumber() {
    try {
      return number().toPlainString();
    } catch (NumberFormatException e) {
      return text;
    }
  }
}
