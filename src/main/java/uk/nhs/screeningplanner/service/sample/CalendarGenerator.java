package uk.nhs.screeningplanner.service.sample;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import uk.nhs.screeningplanner.service.ScreeningUnit;
import uk.nhs.screeningplanner.service.Site;
import uk.nhs.screeningplanner.service.UnitCalendarEntry;

/**
 * A year of the unit calendar from the anchor Monday. Static rooms stay at their own site all year.
 * Each van stays at a pitch for weeks to months, Monday to Friday, and moves at the weekend to the
 * pitch whose practices fell due first, skipping pitches that another van holds or that are blacked
 * out, and cutting a stay short before a blackout when at least two weeks remain. A visited pitch's
 * practices are next due a round later.
 */
final class CalendarGenerator {

  /** domain.md §2.1: a van stays weeks to months at a site and covers ~8 locations a year. */
  private static final int MIN_STAY_WEEKS = 4;

  private static final int MAX_STAY_WEEKS = 9;

  /**
   * A stay cut short by a blackout or another van is kept if it has two working weeks; the last
   * stay of the year may be a single week, as the rota goes on beyond it.
   */
  private static final int MIN_STAY_DAYS = 12;

  private final Random random;
  private final int roundMonths;
  private final LocalDate first;
  private final LocalDate last;
  private final List<UnitCalendarEntry> entries = new ArrayList<>();

  CalendarGenerator(Random random, int roundMonths, LocalDate anchor) {
    this.random = random;
    this.roundMonths = roundMonths;
    this.first = anchor;
    this.last = anchor.plusYears(1).minusDays(1);
  }

  /**
   * @param dueSince for each pitch, when its first practice fell due
   */
  List<UnitCalendarEntry> generate(
      List<ScreeningUnit> vans, List<ScreeningUnit> rooms, Map<Site, LocalDate> dueSince) {
    for (ScreeningUnit room : rooms) {
      UnitCalendarEntry entry = new UnitCalendarEntry(room, room.getStaticSite(), first, last);
      entry.setNote("Static room at its own site all year");
      entries.add(entry);
    }
    Map<Site, LocalDate> queue = new IdentityHashMap<>(dueSince);
    LocalDate[] nextMonday = new LocalDate[vans.size()];
    Arrays.fill(nextMonday, first);
    for (int van = earliest(nextMonday); van >= 0; van = earliest(nextMonday)) {
      nextMonday[van] = stay(vans.get(van), nextMonday[van], queue);
    }
    return List.copyOf(entries);
  }

  /** The van that moves next, so vans choose pitches in date order; -1 when the year is full. */
  private int earliest(LocalDate[] nextMonday) {
    int earliest = -1;
    for (int van = 0; van < nextMonday.length; van++) {
      if (!nextMonday[van].isAfter(last)
          && (earliest < 0 || nextMonday[van].isBefore(nextMonday[earliest]))) {
        earliest = van;
      }
    }
    return earliest;
  }

  /** Books the van's next stay from {@code start}; returns the Monday it can move again. */
  private LocalDate stay(ScreeningUnit van, LocalDate start, Map<Site, LocalDate> queue) {
    int weeks = MIN_STAY_WEEKS + random.nextInt(MAX_STAY_WEEKS - MIN_STAY_WEEKS + 1);
    LocalDate wanted = min(start.plusWeeks(weeks).minusDays(3), last);
    Optional<UnitCalendarEntry> stay = nextStay(van, start, wanted, queue);
    if (stay.isEmpty()) {
      return start.plusWeeks(1); // no pitch free: the van is off the road for a week
    }
    entries.add(stay.get());
    queue.put(stay.get().getSite(), stay.get().getEndDate().plusMonths(roundMonths));
    return stay.get().getEndDate().with(TemporalAdjusters.next(DayOfWeek.MONDAY));
  }

  private Optional<UnitCalendarEntry> nextStay(
      ScreeningUnit van, LocalDate start, LocalDate wanted, Map<Site, LocalDate> queue) {
    List<Site> dueFirst =
        queue.keySet().stream()
            .sorted(
                Comparator.comparing((Site pitch) -> queue.get(pitch)).thenComparing(Site::getCode))
            .toList();
    for (Site pitch : dueFirst) {
      Optional<LocalDate> end = freeUntil(pitch, start, wanted);
      if (end.isPresent()) {
        return Optional.of(new UnitCalendarEntry(van, pitch, start, end.get()));
      }
    }
    return Optional.empty();
  }

  /** The last day of a long enough stay from {@code start}, or empty if the pitch is not free. */
  private Optional<LocalDate> freeUntil(Site pitch, LocalDate start, LocalDate wanted) {
    List<Span> blocked = new ArrayList<>();
    pitch.getBlackouts().forEach(b -> blocked.add(new Span(b.startDate(), b.endDate())));
    entries.stream()
        .filter(other -> other.getSite() == pitch)
        .forEach(other -> blocked.add(new Span(other.getStartDate(), other.getEndDate())));
    LocalDate end = wanted;
    for (Span span : blocked) {
      if (span.overlaps(start, end) && !span.from().isAfter(start)) {
        return Optional.empty();
      }
      if (span.overlaps(start, end)) {
        end = span.from().minusDays(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.FRIDAY));
      }
    }
    boolean longEnough =
        !end.isBefore(start.plusDays(MIN_STAY_DAYS - 1))
            || (end.equals(last) && !end.isBefore(start.plusDays(4)));
    return longEnough && !end.isBefore(start) ? Optional.of(end) : Optional.empty();
  }

  /** Dates a pitch is taken: a blackout, or another van's stay. */
  private record Span(LocalDate from, LocalDate to) {

    boolean overlaps(LocalDate start, LocalDate end) {
      return !from.isAfter(end) && !to.isBefore(start);
    }
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }
}
