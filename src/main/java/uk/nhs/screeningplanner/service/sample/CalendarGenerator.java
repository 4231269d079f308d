package uk.nhs.screeningplanner.service.sample;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.nhs.screeningplanner.service.BankHolidays;
import uk.nhs.screeningplanner.service.GpPractice;
import uk.nhs.screeningplanner.service.ScreeningService;
import uk.nhs.screeningplanner.service.ScreeningUnit;
import uk.nhs.screeningplanner.service.Site;
import uk.nhs.screeningplanner.service.SiteKind;
import uk.nhs.screeningplanner.service.UnitCalendarEntry;

/**
 * A year of the unit calendar from the anchor Monday, sized to demand as a service plans it: a
 * little more screening capacity than its practices' women need ({@link #CAPACITY_MARGIN}), so
 * staffing, not van days, is what binds (issue #12).
 *
 * <p>Static rooms stay at their own site all year, screening on as many weekdays as the site's
 * practices due that year need (each room at least one day; on the other days rooms hold assessment
 * or symptomatic clinics). Each batch of a pitch's practices (screened together last round, so due
 * together) gets one van visit, long enough for its women, timed to span its due date where a van
 * is free, moved past the pitch's blackouts and other vans' stays. Vans wait between visits when no
 * batch is due: their idle weeks are the service's spare capacity.
 */
final class CalendarGenerator {

  /** [B] Capacity over demand: services plan a margin for non-attenders and sickness. */
  static final double CAPACITY_MARGIN = 1.2;

  /** A van stays at least a working week at a pitch (domain.md §2.1: weeks to months). */
  private static final int MIN_STAY_DAYS = 5;

  /**
   * Practices last offered appointments this close together are screened in one visit (a batch
   * overdue and the next one due soon after at the same pitch share the van's stay).
   */
  private static final int SAME_BATCH_DAYS = 90;

  private final ScreeningService service;
  private final LocalDate first;
  private final LocalDate last;
  private final List<UnitCalendarEntry> entries = new ArrayList<>();

  CalendarGenerator(ScreeningService service, LocalDate anchor) {
    this.service = service;
    this.first = anchor;
    this.last = anchor.plusYears(1).minusDays(1);
  }

  List<UnitCalendarEntry> generate(
      List<ScreeningUnit> vans, List<ScreeningUnit> rooms, List<GpPractice> practices) {
    Map<Site, List<ScreeningUnit>> roomsBySite = new LinkedHashMap<>();
    rooms.forEach(
        r -> roomsBySite.computeIfAbsent(r.getStaticSite(), s -> new ArrayList<>()).add(r));
    roomsBySite.forEach((site, siteRooms) -> rooms(site, siteRooms, practices));
    visits(vans, practices);
    return List.copyOf(entries);
  }

  /** Women due this year (or overdue) whose home is the site, as screens. */
  private double screensDue(Site site, List<GpPractice> practices) {
    LocalDate until = last.plusMonths(service.getEarlyInvitationMonths());
    return practices.stream()
        .filter(p -> p.getHomeSite() == site && !p.dueDate(service).isAfter(until))
        .mapToDouble(p -> p.expectedAttendances(service))
        .sum();
  }

  /**
   * The site's rooms screen on as many weekdays as its practices due this year need, at least one;
   * the first room fills its week before the next is used, and a room not needed for screening has
   * no entry (it holds assessment or symptomatic clinics).
   */
  private void rooms(Site site, List<ScreeningUnit> rooms, List<GpPractice> practices) {
    double perWeek = screensDue(site, practices) / 52.0;
    int days = (int) Math.ceil(CAPACITY_MARGIN * perWeek / slotsPerDay(rooms.get(0)));
    days = Math.max(1, Math.min(5 * rooms.size(), days));
    for (ScreeningUnit room : rooms) {
      int mine = Math.min(5, days);
      days -= mine;
      if (mine == 0) {
        continue;
      }
      UnitCalendarEntry entry = new UnitCalendarEntry(room, site, first, last);
      if (mine < 5) {
        Set<DayOfWeek> weekdays = EnumSet.noneOf(DayOfWeek.class);
        for (int d = 0; d < mine; d++) {
          weekdays.add(DayOfWeek.of(1 + d));
        }
        entry.setWeekdays(weekdays);
        entry.setNote(
            "Screens "
                + mine
                + (mine == 1 ? " day" : " days")
                + " a week; assessment and symptomatic clinics on the others");
      } else {
        entry.setNote("Static room screening at its own site all year");
      }
      entries.add(entry);
    }
  }

  /** A batch of a pitch's practices: due together, screened in one visit. */
  private record Batch(Site pitch, LocalDate due, double screens) {}

  private void visits(List<ScreeningUnit> vans, List<GpPractice> practices) {
    if (vans.isEmpty()) {
      return;
    }
    LocalDate[] free = new LocalDate[vans.size()];
    java.util.Arrays.fill(free, first);
    for (Batch batch : batches(practices)) {
      int van = 0;
      for (int v = 1; v < vans.size(); v++) {
        van = free[v].isBefore(free[van]) ? v : van;
      }
      int days =
          Math.max(
              MIN_STAY_DAYS,
              (int) Math.ceil(CAPACITY_MARGIN * batch.screens() / slotsPerDay(vans.get(van))));
      LocalDate ideal =
          batch
              .due()
              .minusDays(days * 7L / 10)
              .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      LocalDate start = ideal.isBefore(free[van]) ? free[van] : ideal;
      UnitCalendarEntry visit = place(vans.get(van), batch.pitch(), start, days);
      if (visit != null) {
        entries.add(visit);
        free[van] = visit.getEndDate().with(TemporalAdjusters.next(DayOfWeek.MONDAY));
      }
    }
  }

  /** Each pitch's practices in batches, due this year (or overdue), in due order. */
  private List<Batch> batches(List<GpPractice> practices) {
    LocalDate until = last.plusMonths(service.getEarlyInvitationMonths());
    List<GpPractice> sorted =
        practices.stream()
            .filter(
                p -> p.getHomeSite() != null && p.getHomeSite().getKind() == SiteKind.MOBILE_PITCH)
            .sorted(
                Comparator.comparing((GpPractice p) -> p.getHomeSite().getCode())
                    .thenComparing(GpPractice::getLastFirstOfferedDate))
            .toList();
    List<Batch> batches = new ArrayList<>();
    Site pitch = null;
    LocalDate opened = null;
    LocalDate due = null;
    double screens = 0;
    for (GpPractice p : sorted) {
      boolean sameBatch =
          p.getHomeSite() == pitch
              && !p.getLastFirstOfferedDate().isAfter(opened.plusDays(SAME_BATCH_DAYS));
      if (!sameBatch) {
        add(batches, pitch, due, screens, until);
        pitch = p.getHomeSite();
        opened = p.getLastFirstOfferedDate();
        due = p.dueDate(service);
        screens = 0;
      }
      screens += p.expectedAttendances(service);
    }
    add(batches, pitch, due, screens, until);
    batches.sort(Comparator.comparing(Batch::due).thenComparing(b -> b.pitch().getCode()));
    return batches;
  }

  private static void add(
      List<Batch> batches, Site pitch, LocalDate due, double screens, LocalDate until) {
    if (pitch != null && screens > 0 && !due.isAfter(until)) {
      batches.add(new Batch(pitch, due, screens));
    }
  }

  /**
   * The visit from the first Monday on or after {@code start} when the pitch is clear of blackouts
   * and other vans for {@code days} screening days; null when none fits in the year.
   */
  private UnitCalendarEntry place(ScreeningUnit van, Site pitch, LocalDate start, int days) {
    for (LocalDate monday = start.with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        !monday.isAfter(last);
        monday = monday.plusWeeks(1)) {
      LocalDate end = afterScreeningDays(monday, days);
      if (end.isAfter(last)) {
        end = last;
      }
      if (clear(pitch, monday, end)) {
        return new UnitCalendarEntry(van, pitch, monday, end);
      }
    }
    return null;
  }

  /** The last day of {@code days} weekdays (bank holidays skipped) from {@code monday}. */
  private static LocalDate afterScreeningDays(LocalDate monday, int days) {
    LocalDate day = monday;
    int counted = 0;
    while (true) {
      boolean weekday =
          day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
      if (weekday && !BankHolidays.isHoliday(day)) {
        counted++;
        if (counted == days) {
          return day;
        }
      }
      day = day.plusDays(1);
    }
  }

  private boolean clear(Site pitch, LocalDate from, LocalDate to) {
    boolean blackout =
        pitch.getBlackouts().stream()
            .anyMatch(b -> !b.startDate().isAfter(to) && !b.endDate().isBefore(from));
    boolean taken = entries.stream().anyMatch(e -> e.getSite() == pitch && e.overlaps(from, to));
    return !blackout && !taken;
  }

  /** Slots a day of the unit's AM and PM sessions, as the clinic schedule plans them. */
  private int slotsPerDay(ScreeningUnit unit) {
    int slot = service.getSlotMinutes();
    return (service.getAmSessionMinutes() / slot + service.getPmSessionMinutes() / slot)
        * unit.getLanes();
  }
}
