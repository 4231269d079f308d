package uk.nhs.screeningplanner.clinic.assembly;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import uk.nhs.screeningplanner.clinic.Position;
import uk.nhs.screeningplanner.clinic.SessionKind;
import uk.nhs.screeningplanner.service.BankHolidays;
import uk.nhs.screeningplanner.service.ScreeningService;
import uk.nhs.screeningplanner.service.ScreeningUnit;
import uk.nhs.screeningplanner.service.Site;
import uk.nhs.screeningplanner.service.UnitCalendarEntry;

/**
 * The sessions of a horizon. Screening sessions come from the unit calendar: each weekday a unit is
 * at a site, except bank holidays and the site's blackouts, gives an AM and a PM session of
 * floor(minutes / slot minutes) × lanes slots. Only as many of a visit's sessions as its practices'
 * women need are required ({@link VisitDemand}); the others are spare, shown but not staffed.
 * Assessment clinics are added by {@link AssessmentClinics}.
 */
public final class SessionPlanner {

  private final ServiceData data;
  private final ScreeningService settings;

  public SessionPlanner(ServiceData data) {
    this.data = data;
    this.settings = data.service();
  }

  /** Screening sessions then assessment clinics, in date order. */
  public List<PlannedSession> plan(LocalDate start, int weeks) {
    LocalDate end = start.plusWeeks(weeks).minusDays(1);
    VisitDemand demand = demand();
    List<PlannedSession> screening = new ArrayList<>();
    for (UnitCalendarEntry entry : data.calendar()) {
      if (entry.getUnit().isActive() && entry.getSite().isActive()) {
        screening.addAll(sessions(entry, demand.visit(entry), start, end));
      }
    }
    List<PlannedSession> all = new ArrayList<>(screening);
    all.addAll(new AssessmentClinics(data).plan(screening, start, end));
    all.sort(
        Comparator.comparing(PlannedSession::date)
            .thenComparing(s -> !s.morning())
            .thenComparing(PlannedSession::kind)
            .thenComparing(PlannedSession::unitName));
    return all;
  }

  /** Whether anything can happen at the site that day: a weekday, no bank holiday, no blackout. */
  static boolean open(Site site, LocalDate day) {
    return day.getDayOfWeek() != DayOfWeek.SATURDAY
        && day.getDayOfWeek() != DayOfWeek.SUNDAY
        && !BankHolidays.isHoliday(day)
        && site.getBlackouts().stream().noneMatch(b -> b.covers(day));
  }

  /**
   * Screens per day from {@code from} to {@code to} inclusive if every needed session runs: the
   * slots of the sessions the unit calendar's visits need (spare sessions screen nobody).
   */
  public Map<LocalDate, Integer> neededScreensPerDay(LocalDate from, LocalDate to) {
    VisitDemand demand = demand();
    Map<LocalDate, Integer> screens = new TreeMap<>();
    for (UnitCalendarEntry entry : data.calendar()) {
      VisitDemand.Visit visit = demand.visit(entry);
      if (visit == null) {
        continue;
      }
      List<LocalDate> days = visit.days();
      for (int i = 0; i < days.size(); i++) {
        LocalDate day = days.get(i);
        if (!day.isBefore(from) && !day.isAfter(to)) {
          int slots =
              (visit.required(2 * i) ? slots(entry.getUnit(), true) : 0)
                  + (visit.required(2 * i + 1) ? slots(entry.getUnit(), false) : 0);
          screens.merge(day, slots, Integer::sum);
        }
      }
    }
    return screens;
  }

  /** The demand of every visit of the unit calendar, judged over whole visits. */
  public VisitDemand demand() {
    return new VisitDemand(
        settings,
        data.calendar(),
        data.practices(),
        e -> slots(e.getUnit(), true) + slots(e.getUnit(), false),
        SessionPlanner::openDays);
  }

  /**
   * The days a calendar entry's unit screens at its site: its days of the week (Monday to Friday
   * unless set), less bank holidays and the site's blackouts.
   */
  static List<LocalDate> openDays(UnitCalendarEntry entry) {
    return entry
        .getStartDate()
        .datesUntil(entry.getEndDate().plusDays(1))
        .filter(entry::screensOn)
        .toList();
  }

  private List<PlannedSession> sessions(
      UnitCalendarEntry entry, VisitDemand.Visit visit, LocalDate start, LocalDate end) {
    double attendance = attendanceAt(entry.getSite());
    List<PlannedSession> sessions = new ArrayList<>();
    List<LocalDate> days = visit.days();
    for (int i = 0; i < days.size(); i++) {
      LocalDate day = days.get(i);
      if (!day.isBefore(start) && !day.isAfter(end)) {
        for (boolean morning : new boolean[] {true, false}) {
          boolean required = visit.required(2 * i + (morning ? 0 : 1));
          sessions.add(
              session(entry.getUnit(), entry.getSite(), day, morning, attendance, required));
        }
      }
    }
    return sessions;
  }

  private int slots(ScreeningUnit unit, boolean morning) {
    return Times.minutes(settings, morning) / settings.getSlotMinutes() * unit.getLanes();
  }

  private PlannedSession session(
      ScreeningUnit unit,
      Site site,
      LocalDate day,
      boolean morning,
      double attendance,
      boolean required) {
    int start = Times.start(settings, morning);
    int minutes = Times.minutes(settings, morning);
    int slots = slots(unit, morning);
    boolean busy = unit.getKind() == uk.nhs.screeningplanner.service.UnitKind.MOBILE_VAN;
    return new PlannedSession(
        day,
        morning,
        SessionKind.SCREENING,
        unit,
        site,
        start,
        start + minutes,
        slots,
        required ? BookingAdvice.invitations(settings, slots, attendance) : 0,
        busy,
        positions(busy),
        required);
  }

  private List<Position> positions(boolean busy) {
    List<Position> positions = new ArrayList<>(List.of(Position.LEAD));
    if (settings.getMinStaffPerSession() >= 2) {
      positions.add(Position.SECOND);
    }
    if (busy && settings.getBusyStaffPerSession() >= 3) {
      positions.add(Position.THIRD);
    }
    return positions;
  }

  /** The cohort mix of the practices whose home is this site; the whole service's otherwise. */
  private double attendanceAt(Site site) {
    var local =
        data.practices().stream()
            .filter(p -> p.getHomeSite() != null && p.getHomeSite().equals(site))
            .collect(Collectors.toList());
    return BookingAdvice.expectedAttendance(settings, local.isEmpty() ? data.practices() : local);
  }
}
