package uk.nhs.screeningplanner.service.ui;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import uk.nhs.screeningplanner.service.Availability;
import uk.nhs.screeningplanner.service.AvailabilityKind;
import uk.nhs.screeningplanner.service.PartOfDay;

/** The days of a month laid out in UK calendar weeks, and what someone's entries say about each. */
final class MonthGrid {

  private MonthGrid() {}

  /**
   * Whole weeks, Monday to Sunday, covering the month; days of the neighbouring months pad them.
   */
  static List<List<LocalDate>> weeks(YearMonth month) {
    LocalDate day = month.atDay(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    LocalDate last = month.atEndOfMonth().with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
    List<List<LocalDate>> weeks = new ArrayList<>();
    while (!day.isAfter(last)) {
      List<LocalDate> week = new ArrayList<>(7);
      for (int i = 0; i < 7; i++) {
        week.add(day);
        day = day.plusDays(1);
      }
      weeks.add(week);
    }
    return weeks;
  }

  /**
   * What applies to one half of a day ({@code AM} or {@code PM}). An all-day entry covers both
   * halves. When entries overlap the strongest wins: unavailable, then prefers not, then prefers to
   * work, because the planners treat unavailability as a hard rule.
   */
  static Optional<AvailabilityKind> kindOn(
      List<Availability> entries, LocalDate day, PartOfDay half) {
    return entries.stream()
        .filter(entry -> entry.covers(day))
        .filter(entry -> entry.getPartOfDay() == PartOfDay.ALL_DAY || entry.getPartOfDay() == half)
        .map(Availability::getKind)
        .min(Comparator.naturalOrder());
  }
}
