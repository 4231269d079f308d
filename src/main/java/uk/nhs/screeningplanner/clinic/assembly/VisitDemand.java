package uk.nhs.screeningplanner.clinic.assembly;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import uk.nhs.screeningplanner.service.GpPractice;
import uk.nhs.screeningplanner.service.ScreeningService;
import uk.nhs.screeningplanner.service.Site;
import uk.nhs.screeningplanner.service.UnitCalendarEntry;

/**
 * Which practices' women each unit-calendar visit screens, and so how many of its sessions are
 * needed (issue #12: sessions follow demand; domain.md §1.4 batching, §9 "Annual demand").
 *
 * <p>A practice's batch (all its eligible women) is invited once a round, when a unit visits one of
 * its sites: the visit at its home site nearest its due date (last first offered appointment +
 * round months; distance 0 when the visit spans it), or at an alternative site when its home site
 * has none. Visits that end more than the early-invitation window (a setting) before the due date
 * screen another round's women, so they do not count; a practice already overdue goes to its next
 * visit. Visits tied for a batch (two rooms at one site all year) share its women in proportion to
 * their sessions. A visit's expected screens are its batches' women × cohort uptake; it needs
 * enough of its sessions to give that many slots, spread evenly over the visit, and the rest of its
 * sessions are spare.
 */
public final class VisitDemand {

  private final ScreeningService settings;
  private final Map<UnitCalendarEntry, Visit> visits = new IdentityHashMap<>();
  private final Map<GpPractice, Map<UnitCalendarEntry, Double>> shares = new IdentityHashMap<>();

  /** One calendar entry's sessions and the screens its batches need. */
  public static final class Visit {
    private final List<LocalDate> days;
    private final int slotsPerDay;
    private double screens;

    private Visit(List<LocalDate> days, int slotsPerDay) {
      this.days = days;
      this.slotsPerDay = slotsPerDay;
    }

    /** Sessions (AM and PM of each open day) in the whole visit. */
    public int sessions() {
      return days.size() * 2;
    }

    /** Expected screens of the batches this visit screens. */
    public double screens() {
      return screens;
    }

    /** Sessions needed for the screens: enough slots, never more than the visit has. */
    public int requiredSessions() {
      if (screens <= 0 || days.isEmpty()) {
        return 0;
      }
      double perSession = slotsPerDay / 2.0;
      return (int) Math.min(sessions(), Math.ceil(screens / perSession - 1e-9));
    }

    /**
     * Whether the session with this index (0 = the first day's AM) is needed. Needed sessions are
     * spread evenly over the visit, so the spare ones are too.
     */
    public boolean required(int index) {
      long r = requiredSessions();
      long n = sessions();
      return (index + 1) * r / n > index * r / n;
    }

    /** Expected screens per session of the visit, for the weekly demand figures. */
    public double screensPerSession() {
      return sessions() == 0 ? 0 : screens / sessions();
    }

    public List<LocalDate> days() {
      return days;
    }
  }

  /**
   * @param slotsPerDay the slots of a unit's AM and PM sessions together, by calendar entry
   * @param openDays the days a calendar entry's unit can screen at its site
   */
  public VisitDemand(
      ScreeningService settings,
      List<UnitCalendarEntry> calendar,
      List<GpPractice> practices,
      java.util.function.ToIntFunction<UnitCalendarEntry> slotsPerDay,
      java.util.function.Function<UnitCalendarEntry, List<LocalDate>> openDays) {
    this.settings = settings;
    for (UnitCalendarEntry entry : calendar) {
      if (entry.getUnit().isActive() && entry.getSite().isActive()) {
        visits.put(entry, new Visit(openDays.apply(entry), slotsPerDay.applyAsInt(entry)));
      }
    }
    for (GpPractice practice : practices) {
      assign(practice);
    }
  }

  /** The visit of a calendar entry, or null when the entry's unit or site is inactive. */
  public Visit visit(UnitCalendarEntry entry) {
    return visits.get(entry);
  }

  /**
   * The visits that invite a practice's women and each one's share of them (shares add up to 1);
   * empty when no visit of the calendar serves the practice (none at its sites in the window).
   */
  public Map<UnitCalendarEntry, Double> visitsOf(GpPractice practice) {
    return shares.getOrDefault(practice, Map.of());
  }

  private void assign(GpPractice practice) {
    double screens = practice.expectedAttendances(settings);
    if (screens <= 0) {
      return;
    }
    LocalDate due = practice.dueDate(settings);
    List<UnitCalendarEntry> nearest = nearest(practice, due, true);
    if (nearest.isEmpty()) {
      nearest = nearest(practice, due, false);
    }
    int sessions = nearest.stream().mapToInt(e -> visits.get(e).sessions()).sum();
    for (UnitCalendarEntry entry : nearest) {
      Visit visit = visits.get(entry);
      double share = sessions == 0 ? 0 : (double) visit.sessions() / sessions;
      visit.screens += screens * share;
      shares.computeIfAbsent(practice, p -> new IdentityHashMap<>()).put(entry, share);
    }
  }

  /**
   * The visits at the practice's home site (or its alternatives) nearest its due date, leaving out
   * those that end before the early-invitation window opens; a practice never invited (no date)
   * goes to the first visit.
   */
  private List<UnitCalendarEntry> nearest(GpPractice practice, LocalDate due, boolean home) {
    LocalDate earliest = due == null ? null : due.minusMonths(settings.getEarlyInvitationMonths());
    long best = Long.MAX_VALUE;
    List<UnitCalendarEntry> nearest = new ArrayList<>();
    for (Map.Entry<UnitCalendarEntry, Visit> e : visits.entrySet()) {
      UnitCalendarEntry entry = e.getKey();
      if (e.getValue().sessions() == 0 || !allowed(practice, entry.getSite(), home)) {
        continue;
      }
      if (earliest != null && entry.getEndDate().isBefore(earliest)) {
        continue;
      }
      long distance = due == null ? entry.getStartDate().toEpochDay() : distance(entry, due);
      if (distance < best) {
        best = distance;
        nearest.clear();
      }
      if (distance == best) {
        nearest.add(entry);
      }
    }
    return nearest;
  }

  private static boolean allowed(GpPractice practice, Site site, boolean home) {
    return home
        ? same(practice.getHomeSite(), site)
        : practice.getAlternativeSites().stream().anyMatch(s -> same(s, site));
  }

  private static boolean same(Site a, Site b) {
    return a != null && (a == b || (a.getId() != null && a.getId().equals(b.getId())));
  }

  private static long distance(UnitCalendarEntry entry, LocalDate due) {
    if (due.isBefore(entry.getStartDate())) {
      return ChronoUnit.DAYS.between(due, entry.getStartDate());
    }
    if (due.isAfter(entry.getEndDate())) {
      return ChronoUnit.DAYS.between(entry.getEndDate(), due);
    }
    return 0;
  }
}
