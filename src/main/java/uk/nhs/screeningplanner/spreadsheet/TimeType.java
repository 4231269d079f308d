package uk.nhs.screeningplanner.spreadsheet;

import java.math.BigDecimal;
import java.time.LocalTime;
import org.apache.poi.ss.usermodel.DateUtil;

/** A time of day: a time cell, a fraction of a day, or text such as 09:00, 9.30 or 1:30 pm. */
final class TimeType implements ValueType<LocalTime> {

  @Override
  public LocalTime parse(CellValue cell) throws ValueProblem {
    return switch (cell.kind()) {
      case NUMBER -> fromNumber(cell);
      case TEXT ->
          UkDates.parseTime(cell.text())
              .orElseThrow(() -> new ValueProblem("is not a time of day; expected " + expected()));
      default -> throw new ValueProblem("is not a time of day; expected " + expected());
    };
  }

  private LocalTime fromNumber(CellValue cell) throws ValueProblem {
    BigDecimal fraction = cell.number();
    if (fraction.signum() < 0 || fraction.compareTo(BigDecimal.ONE) >= 0) {
      throw new ValueProblem("is not a time of day; expected " + expected());
    }
    LocalTime time = DateUtil.getLocalDateTime(fraction.doubleValue(), false, true).toLocalTime();
    return time.withNano(0);
  }

  @Override
  public Object toCell(LocalTime value) {
    return value;
  }

  @Override
  public String describe(LocalTime value) {
    return value == null ? "(empty)" : value.toString();
  }

  @Override
  public String expected() {
    return "a time of day such as 09:00 (24-hour clock)";
  }
}
