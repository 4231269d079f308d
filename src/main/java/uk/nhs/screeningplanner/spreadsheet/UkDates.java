package uk.nhs.screeningplanner.spreadsheet;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Dates and times typed as text the ways people in the UK type them: day first (24/11/2026,
 * 24-11-26, 24.11.2026, 24 Nov 2026, 24th November 2026, Tue 24 Nov 2026) or ISO (2026-11-24).
 * Month-first (US) dates are not guessed at: 11/24/2026 is refused rather than misread.
 */
final class UkDates {

  static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/uuuu");

  private static final List<DateTimeFormatter> DATES =
      List.of(
              "uuuu-M-d",
              "d/M/uuuu",
              "d-M-uuuu",
              "d.M.uuuu",
              "d M uuuu",
              "d MMM uuuu",
              "d MMMM uuuu",
              "d-MMM-uuuu",
              "d-MMMM-uuuu",
              "EEE d MMM uuuu",
              "EEEE d MMMM uuuu",
              "d/M/yy",
              "d-M-yy",
              "d.M.yy",
              "d MMM yy",
              "d-MMM-yy")
          .stream()
          .map(UkDates::formatter)
          .toList();

  private static final List<DateTimeFormatter> TIMES =
      List.of("H:mm", "H:mm:ss", "H.mm", "HHmm", "h:mm a", "h.mm a", "h a", "ha", "h:mma").stream()
          .map(UkDates::formatter)
          .toList();

  private UkDates() {}

  static Optional<LocalDate> parseDate(String text) {
    String cleaned =
        text.strip()
            .replaceAll("(?i)(\\d)(st|nd|rd|th)\\b", "$1")
            .replaceAll("(?i)\\bsept\\b", "Sep")
            .replaceAll(",", " ")
            .replaceAll("\\s+", " ");
    String dateOnly = cleaned.replaceFirst("[ T]00:00(:00)?$", "");
    for (DateTimeFormatter format : DATES) {
      try {
        return Optional.of(LocalDate.parse(dateOnly, format));
      } catch (DateTimeParseException e) {
        // try the next way of writing a date
      }
    }
    return Optional.empty();
  }

  static Optional<LocalTime> parseTime(String text) {
    String cleaned = text.strip().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
    for (DateTimeFormatter format : TIMES) {
      try {
        return Optional.of(LocalTime.parse(cleaned, format));
      } catch (DateTimeParseException e) {
        // try the next way of writing a time
      }
    }
    return Optional.empty();
  }

  private static DateTimeFormatter formatter(String pattern) {
    DateTimeFormatterBuilder builder = new DateTimeFormatterBuilder().parseCaseInsensitive();
    if (pattern.contains("yy") && !pattern.contains("uuuu")) {
      builder
          .appendPattern(pattern.replace("yy", ""))
          .appendValueReduced(ChronoField.YEAR, 2, 2, 2000);
    } else {
      builder.appendPattern(pattern);
    }
    return builder.toFormatter(Locale.ENGLISH).withResolverStyle(ResolverStyle.STRICT);
  }
}
