package uk.nhs.screeningplanner.roster.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Dates as UK users read them: 01/12/2026, or "Tue 01/12" in the grid. */
public final class Dates {

  private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("EEE dd/MM");

  private Dates() {}

  public static String show(LocalDate date) {
    return date == null ? "" : UK.format(date);
  }

  /** "28/11/2026 17:05", UK time. */
  public static String stamp(java.time.Instant at) {
    return at == null
        ? ""
        : java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(java.time.ZoneId.of("Europe/London"))
            .format(at);
  }

  public static String shortDay(LocalDate date) {
    return SHORT.format(date);
  }
}
