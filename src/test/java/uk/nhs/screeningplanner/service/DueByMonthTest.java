package uk.nhs.screeningplanner.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class DueByMonthTest {

  private final ScreeningService service = new ScreeningService("T", "Test");

  @Test
  void shouldCountEligibleWomenInTheMonthTheirPracticeFallsDue() {
    GpPractice due = practice("A1", LocalDate.of(2023, 12, 15), 100);
    GpPractice alsoDue = practice("A2", LocalDate.of(2023, 12, 1), 20);
    GpPractice overdue = practice("A3", LocalDate.of(2023, 1, 1), 999);
    GpPractice never = practice("A4", null, 50);

    List<ServiceOverview.MonthDue> months =
        OverviewService.dueByMonth(
            List.of(due, alsoDue, overdue, never), 36, YearMonth.of(2026, 11));

    assertThat(months).hasSize(12);
    assertThat(months.get(0)).isEqualTo(new ServiceOverview.MonthDue(YearMonth.of(2026, 11), 0));
    assertThat(months.get(1)).isEqualTo(new ServiceOverview.MonthDue(YearMonth.of(2026, 12), 120));
    assertThat(months.stream().mapToLong(ServiceOverview.MonthDue::women).sum()).isEqualTo(120);
  }

  private GpPractice practice(String ods, LocalDate lastOffered, int women) {
    GpPractice practice = new GpPractice(service, ods, ods);
    practice.setEligiblePreviousAttender(women);
    practice.setLastFirstOfferedDate(lastOffered);
    return practice;
  }
}
