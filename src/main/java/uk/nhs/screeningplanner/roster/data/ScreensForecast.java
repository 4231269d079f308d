package uk.nhs.screeningplanner.roster.data;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import uk.nhs.screeningplanner.service.BankHolidays;
import uk.nhs.screeningplanner.service.DemandOverride;

/**
 * Screens per day until a clinic plan is published: what the unit calendar's needed sessions screen
 * (the clinic schedule works that out from the practices each visit screens, issue #12). Where the
 * workbook's Demand sheet gives expected screens for a week, that week uses them instead, spread
 * evenly over its working days (Monday to Friday less bank holidays).
 */
public final class ScreensForecast {

  private ScreensForecast() {}

  public static Map<LocalDate, Integer> screensPerDay(
      Map<LocalDate, Integer> needed,
      Collection<DemandOverride> overrides,
      LocalDate from,
      LocalDate to) {
    Map<LocalDate, Integer> screens = new HashMap<>(needed);
    applyOverrides(screens, overrides, from, to);
    return screens;
  }

  private static void applyOverrides(
      Map<LocalDate, Integer> screens,
      Collection<DemandOverride> overrides,
      LocalDate from,
      LocalDate to) {
    Map<LocalDate, Integer> weekly =
        overrides.stream()
            .filter(
                o -> !o.getWeekStart().isBefore(from.minusDays(6)) && o.getWeekStart().isBefore(to))
            .collect(
                Collectors.groupingBy(
                    DemandOverride::getWeekStart,
                    Collectors.summingInt(DemandOverride::getExpectedScreens)));
    Set<LocalDate> weeks = weekly.keySet();
    for (LocalDate monday : weeks) {
      int total = weekly.get(monday);
      List<LocalDate> days =
          monday.datesUntil(monday.plusDays(5)).filter(ScreensForecast::isWorkingDay).toList();
      for (int i = 0; i < days.size(); i++) {
        int share = total / days.size() + (i < total % days.size() ? 1 : 0);
        screens.put(days.get(i), share);
      }
    }
  }

  /** Units screen Monday to Friday except bank holidays, as the clinic schedule plans them. */
  static boolean isWorkingDay(LocalDate d) {
    return d.getDayOfWeek() != DayOfWeek.SATURDAY
        && d.getDayOfWeek() != DayOfWeek.SUNDAY
        && !BankHolidays.isHoliday(d);
  }
}
