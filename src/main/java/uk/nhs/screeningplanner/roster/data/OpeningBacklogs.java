package uk.nhs.screeningplanner.roster.data;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import uk.nhs.screeningplanner.roster.domain.Dates;
import uk.nhs.screeningplanner.roster.domain.OpeningBacklog;
import uk.nhs.screeningplanner.service.BankHolidays;

/**
 * The cases a roster starts with. No roster's queue before the horizon is kept, so the figure is
 * the least any service meeting the target holds: the screens of the last working day before the
 * horizon (and of any weekend or bank holiday after it), which can be read from the horizon's first
 * day at the earliest. A service with a backlog has more; the roster page says how the figure was
 * made.
 */
final class OpeningBacklogs {

  private OpeningBacklogs() {}

  /**
   * @param screens screens per day between two dates (from inclusive, to exclusive), as the roster
   *     takes them (published clinic schedule, else the forecast)
   */
  static OpeningBacklog dayBefore(
      LocalDate start, BiFunction<LocalDate, LocalDate, Map<LocalDate, Integer>> screens) {
    LocalDate last = start.minusDays(1);
    while (last.getDayOfWeek() == DayOfWeek.SATURDAY
        || last.getDayOfWeek() == DayOfWeek.SUNDAY
        || BankHolidays.isHoliday(last)) {
      last = last.minusDays(1);
    }
    int cases = 0;
    for (Map.Entry<LocalDate, Integer> e : screens.apply(last, start).entrySet()) {
      if (!e.getKey().isBefore(last) && e.getKey().isBefore(start) && e.getValue() != null) {
        cases += e.getValue();
      }
    }
    if (cases <= 0) {
      return new OpeningBacklog(
          List.of(),
          "none: nothing was screened on "
              + Dates.show(last)
              + ", the last working day before the roster starts");
    }
    return new OpeningBacklog(
        List.of(new OpeningBacklog.Cohort(1, OpeningBacklog.Stage.FIRST_READ, 0, 0, cases)),
        String.format(
            "the %,d cases screened on %s, the last working day before the roster starts (no"
                + " earlier roster's queue is known, so earlier screens are taken as read; a"
                + " service that reads each day's screens the next working day still holds these)",
            cases, Dates.show(last)));
  }
}
