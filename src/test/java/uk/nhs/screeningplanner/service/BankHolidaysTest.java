package uk.nhs.screeningplanner.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class BankHolidaysTest {

  @Test
  void matchTheEnglishBankHolidaysOf2026() {
    assertThat(BankHolidays.in(2026))
        .containsExactlyInAnyOrder(
            LocalDate.of(2026, 1, 1),
            LocalDate.of(2026, 4, 3),
            LocalDate.of(2026, 4, 6),
            LocalDate.of(2026, 5, 4),
            LocalDate.of(2026, 5, 25),
            LocalDate.of(2026, 8, 31),
            LocalDate.of(2026, 12, 25),
            LocalDate.of(2026, 12, 28));
  }

  @Test
  void christmasAtAWeekendMovesToTheNextTwoWeekdays() {
    assertThat(BankHolidays.in(2027))
        .containsExactlyInAnyOrder(
            LocalDate.of(2027, 1, 1),
            LocalDate.of(2027, 3, 26),
            LocalDate.of(2027, 3, 29),
            LocalDate.of(2027, 5, 3),
            LocalDate.of(2027, 5, 31),
            LocalDate.of(2027, 8, 30),
            LocalDate.of(2027, 12, 27),
            LocalDate.of(2027, 12, 28));
  }
}
