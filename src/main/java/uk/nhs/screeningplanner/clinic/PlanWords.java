package uk.nhs.screeningplanner.clinic;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates and times as UK managers read them, for sentences the service writes (audit, reasons). */
public final class PlanWords {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("EEE dd/MM/yyyy", Locale.UK);
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(ZoneId.of("Europe/London"));

  private PlanWords() {}

  public static String date(LocalDate d) {
    return d == null ? "" : DATE.format(d);
  }

  /** "Tue 08/12/2026". */
  public static String day(LocalDate d) {
    return d == null ? "" : DAY.format(d);
  }

  /** "28/11/2026 17:05", UK time. */
  public static String stamp(Instant at) {
    return at == null ? "" : STAMP.format(at);
  }
}
