package uk.nhs.screeningplanner.service;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.HashSet;
import java.util.Set;

/**
 * Bank holidays in England, by the usual pattern (a holiday on a weekend moves to the next free
 * weekday), so that generated single-day leave does not fall on a day nobody works. Special one-off
 * holidays, such as coronations, are not included.
 */
public final class BankHolidays {

  private BankHolidays() {}

  /** Whether the day is a bank holiday in England (by the usual pattern). */
  public static boolean isHoliday(LocalDate day) {
    return in(day.getYear()).contains(day);
  }

  public static Set<LocalDate> in(int year) {
    Set<LocalDate> days = new HashSet<>();
    addOrSubstitute(days, LocalDate.of(year, Month.JANUARY, 1));
    LocalDate easter = easterSunday(year);
    days.add(easter.minusDays(2));
    days.add(easter.plusDays(1));
    days.add(
        LocalDate.of(year, Month.MAY, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)));
    days.add(
        LocalDate.of(year, Month.MAY, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
    days.add(
        LocalDate.of(year, Month.AUGUST, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
    addOrSubstitute(days, LocalDate.of(year, Month.DECEMBER, 25));
    addOrSubstitute(days, LocalDate.of(year, Month.DECEMBER, 26));
    return days;
  }

  private static void addOrSubstitute(Set<LocalDate> days, LocalDate holiday) {
    LocalDate day = holiday;
    while (day.getDayOfWeek() == DayOfWeek.SATURDAY
        || day.getDayOfWeek() == DayOfWeek.SUNDAY
        || days.contains(day)) {
      day = day.plusDays(1);
    }
    days.add(day);
  }

  /** The anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
  static LocalDate easterSunday(int year) {
    int a = year % 19;
    int b = year / 100;
    int c = year % 100;
    int d = b / 4;
    int e = b % 4;
    int f = (b + 8) / 25;
    int g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4;
    int k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31;
    int day = (h + l - 7 * m + 114) % 31 + 1;
    return LocalDate.of(year, month, day);
  }
}
