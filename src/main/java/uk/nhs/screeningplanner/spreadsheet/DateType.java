package uk.nhs.screeningplanner.spreadsheet;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * A calendar date: a date cell, a date typed as text in a common UK form, or an Excel date serial
 * that has lost its date format. Dates outside the allowed range are refused, since they are nearly
 * always typing mistakes (1926 for 2026).
 */
final class DateType implements ValueType<LocalDate> {

  private final LocalDate earliest;
  private final LocalDate latest;

  DateType(LocalDate earliest, LocalDate latest) {
    this.earliest = earliest;
    this.latest = latest;
  }

  @Override
  public LocalDate parse(CellValue cell) throws ValueProblem {
    LocalDate date =
        switch (cell.kind()) {
          case NUMBER -> fromNumber(cell);
          case TEXT ->
              UkDates.parseDate(cell.text())
                  .orElseThrow(() -> new ValueProblem("is not a date; expected " + expected()));
          default -> throw new ValueProblem("is not a date; expected " + expected());
        };
    if (date.isBefore(earliest) || date.isAfter(latest)) {
      throw new ValueProblem(
          "is out of range; expected a date between "
              + earliest.format(UkDates.SHOWN)
              + " and "
              + latest.format(UkDates.SHOWN));
    }
    return date;
  }

  private LocalDate fromNumber(CellValue cell) throws ValueProblem {
    if (cell.dateTime() != null) {
      return cell.dateTime().toLocalDate();
    }
    BigDecimal serial = cell.number();
    if (serial.scale() == 0 && DateUtil.isValidExcelDate(serial.doubleValue())) {
      LocalDate date = DateUtil.getLocalDateTime(serial.doubleValue()).toLocalDate();
      if (!date.isBefore(earliest) && !date.isAfter(latest)) {
        return date;
      }
    }
    throw new ValueProblem("is a number, not a date; expected " + expected());
  }

  @Override
  public Object toCell(LocalDate value) {
    return value;
  }

  @Override
  public String describe(LocalDate value) {
    return value == null ? "(empty)" : value.format(UkDates.SHOWN);
  }

  @Override
  public String expected() {
    return "a date such as 24/11/2026 (day/month/year)";
  }
}
