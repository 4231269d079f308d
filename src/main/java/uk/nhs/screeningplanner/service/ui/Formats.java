package uk.nhs.screeningplanner.service.ui;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How the reference-data screens write dates, yes/no and percentages: UK style throughout. */
final class Formats {

  static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.UK);
  static final DateTimeFormatter MONTH_YEAR = DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK);

  private Formats() {}

  static String date(LocalDate date) {
    return date == null ? "" : UK_DATE.format(date);
  }

  /** "Sep 2026 – Aug 2027". */
  static String monthRange(YearMonth from, YearMonth to) {
    return MONTH_YEAR.format(from) + " – " + MONTH_YEAR.format(to);
  }

  static String yesNo(boolean value) {
    return value ? "Yes" : "No";
  }

  /** A fraction such as 0.715 as "71.5%". */
  static String percentOf(BigDecimal fraction) {
    if (fraction == null) {
      return "";
    }
    return fraction
            .movePointRight(2)
            .setScale(1, RoundingMode.HALF_UP)
            .stripTrailingZeros()
            .toPlainString()
        + "%";
  }
}
