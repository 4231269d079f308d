package uk.nhs.screeningplanner.service.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.nhs.screeningplanner.service.BlackoutPeriod;

class BlackoutPeriodsTest {

  private static final LocalDate DEC_1 = LocalDate.of(2026, 12, 1);

  @Test
  void acceptsSeparatePeriods() {
    assertThat(
            BlackoutPeriods.problem(
                List.of(
                    new BlackoutPeriod(DEC_1, DEC_1.plusDays(35), "Christmas"),
                    new BlackoutPeriod(DEC_1.plusMonths(8), DEC_1.plusMonths(8), null))))
        .isEmpty();
  }

  @Test
  void namesAPeriodWithoutDates() {
    assertThat(BlackoutPeriods.problem(List.of(new BlackoutPeriod(DEC_1, null, null))))
        .contains("Period 1 needs a start and an end date");
  }

  @Test
  void namesAPeriodThatEndsBeforeItStarts() {
    assertThat(
            BlackoutPeriods.problem(
                List.of(
                    new BlackoutPeriod(DEC_1, DEC_1, null),
                    new BlackoutPeriod(DEC_1.plusDays(9), DEC_1.plusDays(2), null))))
        .contains("Period 2 ends before it starts");
  }

  @Test
  void refusesTwoPeriodsStartingOnTheSameDay() {
    assertThat(
            BlackoutPeriods.problem(
                List.of(
                    new BlackoutPeriod(DEC_1, DEC_1.plusDays(1), null),
                    new BlackoutPeriod(DEC_1, DEC_1.plusDays(5), "again"))))
        .hasValueSatisfying(
            message -> assertThat(message).startsWith("Period 2 starts on the same"));
  }
}
