package uk.nhs.screeningplanner.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.nhs.screeningplanner.roster.domain.Preference;
import uk.nhs.screeningplanner.roster.domain.ReaderRoster;
import uk.nhs.screeningplanner.roster.domain.ReadingShift;

class BankHolidayRosterTest {

  private static final LocalDate CHRISTMAS = LocalDate.of(2026, 12, 25);
  private static final LocalDate BOXING_DAY_SUBSTITUTE = LocalDate.of(2026, 12, 28);

  @Test
  void shouldMarkEveryReaderOffOnBankHolidaysAndScreenNobodyThen() {
    ReaderRoster roster = SampleRosters.standard(6);

    assertThat(roster.getShifts())
        .filteredOn(s -> s.getDate().equals(CHRISTMAS) || s.getDate().equals(BOXING_DAY_SUBSTITUTE))
        .isNotEmpty()
        .allMatch(s -> s.getPreference() == Preference.UNAVAILABLE);
    assertThat(roster.getShifts())
        .filteredOn(s -> s.getDate().equals(CHRISTMAS.minusDays(1)))
        .extracting(ReadingShift::getPreference)
        .contains(Preference.NONE);
  }
}
