package uk.nhs.screeningplanner.service.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class TimelineScaleTest {

  // January to April 2027: 31 + 28 + 31 + 30 = 120 days, so one day is 1/120 of the width.
  private final TimelineScale scale = new TimelineScale(YearMonth.of(2027, 1), 4);

  @Test
  void spansWholeMonths() {
    assertThat(scale.start()).isEqualTo(LocalDate.of(2027, 1, 1));
    assertThat(scale.end()).isEqualTo(LocalDate.of(2027, 4, 30));
    assertThat(scale.days()).isEqualTo(120);
    assertThat(scale.monthList())
        .containsExactly(
            YearMonth.of(2027, 1),
            YearMonth.of(2027, 2),
            YearMonth.of(2027, 3),
            YearMonth.of(2027, 4));
  }

  @Test
  void placesARangeByItsDaysIncludingTheLastDay() {
    TimelineScale.Placement february =
        scale.place(LocalDate.of(2027, 2, 1), LocalDate.of(2027, 2, 28)).orElseThrow();

    assertThat(february.leftPercent()).isCloseTo(100.0 * 31 / 120, within(1e-9));
    assertThat(february.widthPercent()).isCloseTo(100.0 * 28 / 120, within(1e-9));
  }

  @Test
  void clipsARangeThatRunsOffEitherEdge() {
    TimelineScale.Placement all =
        scale.place(LocalDate.of(2026, 12, 1), LocalDate.of(2027, 6, 30)).orElseThrow();

    assertThat(all.leftPercent()).isZero();
    assertThat(all.widthPercent()).isCloseTo(100.0, within(1e-9));
  }

  @Test
  void placesNothingForARangeWhollyOutside() {
    assertThat(scale.place(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 12, 31))).isEmpty();
    assertThat(scale.place(LocalDate.of(2027, 5, 1), LocalDate.of(2027, 5, 2))).isEmpty();
  }

  @Test
  void countsTheCalendarWeeksARangeTouches() {
    LocalDate monday = LocalDate.of(2026, 9, 7);
    assertThat(TimelineScale.weeksSpanned(monday, monday.plusDays(4))).isEqualTo(1);
    assertThat(TimelineScale.weeksSpanned(monday.plusDays(4), monday.plusDays(7))).isEqualTo(2);
    assertThat(TimelineScale.weeksSpanned(monday, LocalDate.of(2026, 11, 27))).isEqualTo(12);
  }
}
