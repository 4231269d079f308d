package uk.nhs.screeningplanner.roster.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import uk.nhs.screeningplanner.service.BankHolidays;

/**
 * Builds the planning problem: working days (Monday to Friday) of the horizon, one shift per reader
 * per session, and each reader's pro-rata reading targets (domain.md §3.2). Nobody reads on an
 * England bank holiday: those shifts are marked unavailable (shown "off"), as for leave.
 */
public final class RosterProblem {

  private RosterProblem() {}

  /** Monday to Friday of {@code weeks} weeks from {@code monday}. */
  public static List<LocalDate> workingDays(LocalDate monday, int weeks) {
    List<LocalDate> days = new ArrayList<>();
    for (LocalDate d = monday; d.isBefore(monday.plusWeeks(weeks)); d = d.plusDays(1)) {
      if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
        days.add(d);
      }
    }
    return days;
  }

  public static ReaderRoster build(
      LocalDate monday,
      int weeks,
      RosterSettings settings,
      List<ReaderInput> inputs,
      Map<LocalDate, Integer> screensPerDay) {
    return build(monday, weeks, settings, inputs, screensPerDay, OpeningBacklog.NONE);
  }

  /** As above, with the cases already waiting when the horizon starts. */
  public static ReaderRoster build(
      LocalDate monday,
      int weeks,
      RosterSettings settings,
      List<ReaderInput> inputs,
      Map<LocalDate, Integer> screensPerDay,
      OpeningBacklog opening) {
    List<LocalDate> days = workingDays(monday, weeks);
    ReadingDemand demand =
        new ReadingDemand(
            days,
            screensPerDay,
            settings.secondReadShare(),
            settings.arbitrationRate(),
            settings.targetWorkingDays(),
            opening);
    List<Reader> readers = new ArrayList<>();
    List<ReadingShift> shifts = new ArrayList<>();
    List<SessionPart> parts =
        settings.eveningSessions()
            ? List.of(SessionPart.AM, SessionPart.PM, SessionPart.EVENING)
            : List.of(SessionPart.AM, SessionPart.PM);
    for (ReaderInput input : inputs) {
      Reader reader = reader(input, monday, weeks, settings);
      readers.add(reader);
      for (int i = 0; i < days.size(); i++) {
        for (SessionPart part : parts) {
          int capacity = (int) Math.round(input.readsPerHour() * settings.minutes(part) / 60.0);
          ReadingShift shift =
              new ReadingShift(
                  shiftId(input.id(), i, part), reader, days.get(i), part, i, capacity);
          shift.setWeek(weekOf(monday, days.get(i)));
          shift.setPreference(
              BankHolidays.isHoliday(days.get(i))
                  ? Preference.UNAVAILABLE
                  : input.preference(days.get(i), part));
          shifts.add(shift);
        }
      }
    }
    return new ReaderRoster(readers, demand, shifts);
  }

  /** A stable id per reader, day and session, so a shift keeps its id across rebuilds. */
  public static long shiftId(long readerId, int dayIndex, SessionPart part) {
    return (readerId * 1000 + dayIndex) * 4 + part.ordinal();
  }

  static int weekOf(LocalDate monday, LocalDate date) {
    return (int) (java.time.temporal.ChronoUnit.DAYS.between(monday, date) / 7);
  }

  /**
   * Pro-rata target for the horizon: the yearly minimum's share for the horizon's weeks, plus any
   * shortfall so far this calendar year (reads to date against the minimum's share to date).
   */
  static Reader reader(ReaderInput in, LocalDate monday, int weeks, RosterSettings settings) {
    double yearSoFar = (monday.getDayOfYear() - 1) / 365.0;
    double horizonShare = weeks * 7 / 365.0;
    int reads = target(settings.minReadsPerYear(), yearSoFar, horizonShare, in.readsThisYear());
    int firsts =
        target(settings.minFirstReadsPerYear(), yearSoFar, horizonShare, in.firstReadsThisYear());
    return new Reader(
        in.id(), in.code(), in.name(), in.arbitrator(), in.readingSessionsPerWeek(), reads, firsts);
  }

  private static int target(int perYear, double yearSoFar, double horizonShare, int done) {
    double behind = Math.max(0, perYear * yearSoFar - done);
    return (int) Math.round(perYear * horizonShare + behind);
  }
}
