package uk.nhs.screeningplanner.service.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.nhs.screeningplanner.service.Availability;
import uk.nhs.screeningplanner.service.AvailabilityKind;
import uk.nhs.screeningplanner.service.PartOfDay;

class MonthGridTest {

  private static final LocalDate MONDAY_16_NOV = LocalDate.of(2026, 11, 16);

  @Test
  void weeksRunMondayToSundayAndPadTheMonthWithNeighbouringDays() {
    List<List<LocalDate>> weeks = MonthGrid.weeks(YearMonth.of(2026, 11));

    assertThat(weeks).hasSize(6).allSatisfy(week -> assertThat(week).hasSize(7));
    assertThat(weeks.get(0).get(0)).isEqualTo(LocalDate.of(2026, 10, 26));
    assertThat(weeks.get(0).get(6)).isEqualTo(LocalDate.of(2026, 11, 1));
    assertThat(weeks.get(5).get(6)).isEqualTo(LocalDate.of(2026, 12, 6));
    assertThat(weeks)
        .allSatisfy(week -> assertThat(week.get(0).getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY));
  }

  @Test
  void aMonthStartingOnMondayNeedsNoLeadingDays() {
    List<List<LocalDate>> weeks = MonthGrid.weeks(YearMonth.of(2027, 2));

    assertThat(weeks).hasSize(4);
    assertThat(weeks.get(0).get(0)).isEqualTo(LocalDate.of(2027, 2, 1));
    assertThat(weeks.get(3).get(6)).isEqualTo(LocalDate.of(2027, 2, 28));
  }

  @Test
  void anAllDayEntryCoversBothHalvesOfEveryDayInItsRange() {
    List<Availability> entries =
        List.of(entry(MONDAY_16_NOV, MONDAY_16_NOV.plusDays(4), PartOfDay.ALL_DAY, unavailable()));

    assertThat(MonthGrid.kindOn(entries, MONDAY_16_NOV.plusDays(4), PartOfDay.AM))
        .contains(AvailabilityKind.UNAVAILABLE);
    assertThat(MonthGrid.kindOn(entries, MONDAY_16_NOV, PartOfDay.PM))
        .contains(AvailabilityKind.UNAVAILABLE);
    assertThat(MonthGrid.kindOn(entries, MONDAY_16_NOV.plusDays(5), PartOfDay.AM)).isEmpty();
  }

  @Test
  void aMorningEntryLeavesTheAfternoonFree() {
    List<Availability> entries =
        List.of(entry(MONDAY_16_NOV, MONDAY_16_NOV, PartOfDay.AM, AvailabilityKind.DESIRED));

    assertThat(MonthGrid.kindOn(entries, MONDAY_16_NOV, PartOfDay.AM))
        .contains(AvailabilityKind.DESIRED);
    assertThat(MonthGrid.kindOn(entries, MONDAY_16_NOV, PartOfDay.PM)).isEmpty();
  }

  @Test
  void unavailableWinsOverPreferencesOnTheSameHalfDay() {
    List<Availability> entries =
        List.of(
            entry(MONDAY_16_NOV, MONDAY_16_NOV, PartOfDay.PM, AvailabilityKind.DESIRED),
            entry(MONDAY_16_NOV, MONDAY_16_NOV, PartOfDay.ALL_DAY, unavailable()),
            entry(MONDAY_16_NOV, MONDAY_16_NOV, PartOfDay.PM, AvailabilityKind.UNDESIRED));

    assertThat(MonthGrid.kindOn(entries, MONDAY_16_NOV, PartOfDay.PM))
        .contains(AvailabilityKind.UNAVAILABLE);
  }

  @Test
  void prefersNotWinsOverPrefersToWork() {
    List<Availability> entries =
        List.of(
            entry(MONDAY_16_NOV, MONDAY_16_NOV, PartOfDay.AM, AvailabilityKind.DESIRED),
            entry(MONDAY_16_NOV, MONDAY_16_NOV, PartOfDay.AM, AvailabilityKind.UNDESIRED));

    assertThat(MonthGrid.kindOn(entries, MONDAY_16_NOV, PartOfDay.AM))
        .contains(AvailabilityKind.UNDESIRED);
  }

  private static AvailabilityKind unavailable() {
    return AvailabilityKind.UNAVAILABLE;
  }

  private static Availability entry(
      LocalDate from, LocalDate to, PartOfDay part, AvailabilityKind kind) {
    return new Availability(null, from, to, part, kind, null);
  }
}
