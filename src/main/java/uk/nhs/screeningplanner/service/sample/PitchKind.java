package uk.nhs.screeningplanner.service.sample;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import uk.nhs.screeningplanner.service.BlackoutPeriod;

/**
 * Kinds of van pitch, from the site types of the 2026 survey of services (domain.md §2.1:
 * supermarkets, GP surgeries, community and leisure centres, retail, civic, car parks, sports,
 * hospitals), with the dates each kind cannot host a van (§2.1: supermarkets at Christmas, seaside
 * sites in the summer holidays, event days such as football).
 */
enum PitchKind {
  SUPERMARKET("Superstore car park"),
  LEISURE_CENTRE("Leisure Centre"),
  SEASIDE("Seafront car park"),
  HEALTH_CENTRE("Health Centre"),
  SHOWGROUND("Showground"),
  COMMUNITY_HOSPITAL("Community Hospital car park"),
  RETAIL_PARK("Retail Park"),
  FOOTBALL_GROUND("Town FC car park"),
  CIVIC_CENTRE("Civic Centre");

  /** The order pitches are laid out in, so any number of pitches has a realistic mix. */
  private static final List<PitchKind> PATTERN =
      List.of(
          SUPERMARKET,
          LEISURE_CENTRE,
          SUPERMARKET,
          SEASIDE,
          HEALTH_CENTRE,
          SHOWGROUND,
          SUPERMARKET,
          COMMUNITY_HOSPITAL,
          RETAIL_PARK,
          FOOTBALL_GROUND,
          SUPERMARKET,
          CIVIC_CENTRE);

  // Local choices [B]: the Christmas trading peak and the English school summer holidays.
  private static final MonthDay CHRISTMAS_FROM = MonthDay.of(Month.DECEMBER, 1);
  private static final MonthDay CHRISTMAS_TO = MonthDay.of(Month.JANUARY, 2);
  private static final MonthDay SUMMER_FROM = MonthDay.of(Month.JULY, 20);
  private static final MonthDay SUMMER_TO = MonthDay.of(Month.SEPTEMBER, 3);

  private final String label;

  PitchKind(String label) {
    this.label = label;
  }

  String label() {
    return label;
  }

  /** The kind of the n-th pitch; a county without a coast gets a retail park instead. */
  static PitchKind nth(int index, boolean coastal) {
    PitchKind kind = PATTERN.get(index % PATTERN.size());
    return kind == SEASIDE && !coastal ? RETAIL_PARK : kind;
  }

  /** This kind's blackout periods that touch the dates from {@code from} to {@code to}. */
  List<BlackoutPeriod> blackouts(LocalDate from, LocalDate to) {
    List<BlackoutPeriod> result = new ArrayList<>();
    for (int year = from.getYear() - 1; year <= to.getYear(); year++) {
      for (BlackoutPeriod period : periodsIn(year)) {
        if (!period.startDate().isAfter(to) && !period.endDate().isBefore(from)) {
          result.add(period);
        }
      }
    }
    return result;
  }

  private List<BlackoutPeriod> periodsIn(int year) {
    return switch (this) {
      case SUPERMARKET ->
          List.of(
              new BlackoutPeriod(
                  CHRISTMAS_FROM.atYear(year),
                  CHRISTMAS_TO.atYear(year + 1),
                  "Christmas: the store needs its car park"));
      case SEASIDE ->
          List.of(
              new BlackoutPeriod(
                  SUMMER_FROM.atYear(year), SUMMER_TO.atYear(year), "Summer holidays"));
      case SHOWGROUND -> List.of(countyShow(year));
      case FOOTBALL_GROUND ->
          List.of(
              new BlackoutPeriod(
                  LocalDate.of(year, Month.DECEMBER, 26),
                  LocalDate.of(year, Month.DECEMBER, 26),
                  "Event day: Boxing Day home match"));
      default -> List.of();
    };
  }

  /** Three days from the second Wednesday of June. */
  private static BlackoutPeriod countyShow(int year) {
    LocalDate start =
        LocalDate.of(year, Month.JUNE, 1)
            .with(TemporalAdjusters.dayOfWeekInMonth(2, DayOfWeek.WEDNESDAY));
    return new BlackoutPeriod(start, start.plusDays(2), "Event days: county show");
  }
}
