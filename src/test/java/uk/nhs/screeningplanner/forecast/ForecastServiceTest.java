package uk.nhs.screeningplanner.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import uk.nhs.screeningplanner.forecast.data.ForecastData;
import uk.nhs.screeningplanner.forecast.model.Forecast;
import uk.nhs.screeningplanner.forecast.model.Kpis;
import uk.nhs.screeningplanner.forecast.model.Quintiles;
import uk.nhs.screeningplanner.service.ServiceSettingsService;
import uk.nhs.screeningplanner.service.UnitCalendarService;
import uk.nhs.screeningplanner.shared.ValidationException;

/** The forecast on the sample service, as an executive (read-only). */
@SpringBootTest(properties = "planner.test.context=forecast-service")
@ActiveProfiles("test")
@WithMockUser(username = "executive", roles = "EXECUTIVE")
class ForecastServiceTest {

  @Autowired ForecastService forecasts;
  @Autowired UnitCalendarService calendar;
  @Autowired ServiceSettingsService settings;

  @Test
  void baselineCoversThirtySixMonthsWithKpisForEveryPeriodAndQuintile() {
    ForecastReport report = forecasts.report(null);
    Forecast f = report.baseline();
    assertThat(f.start().plusMonths(36)).isEqualTo(f.start().plusDays(f.days()));
    for (int months : ForecastReport.PERIODS) {
      Kpis k = f.kpis(months);
      assertThat(k.pctInvitedWithinRound()).isBetween(0.0, 100.0);
      assertThat(k.pctResultsWithin()).isBetween(0.0, 100.0);
      assertThat(k.readingLoad()).isPositive();
      // the quintiles add up to the service
      double overdue = 0;
      for (int q = 0; q < Quintiles.COUNT; q++) {
        overdue += f.kpis(months, q).womenOverdue();
      }
      assertThat(overdue).isCloseTo(k.womenOverdue(), within(1e-6));
    }
    assertThat(f.weeks()).hasSizeBetween(156, 158);
    assertThat(report.summary()).isNotEmpty();
    // every woman of the sample's practices is in a batch
    assertThat(report.data().batches().stream().mapToDouble(b -> b.women()).sum()).isPositive();
    report.summary().forEach(System.out::println);
    System.out.println(f.kpis(3) + "\n" + f.kpis(12) + "\n" + f.kpis(36));
    f.relief(3, 12).forEach(System.out::println);
  }

  @Test
  void scenariosChangeACopyOfTheInputsOnly() {
    ForecastData data = forecasts.data();
    int entries = calendar.entries().size();
    Forecast base = ForecastService.run(data, Scenario.none());
    // two more readers at 6 sessions: each working day gains 2 × 6/5 reading sessions of reads
    Forecast readers =
        ForecastService.run(data, new Scenario("Readers", 2, 6, null, null, null, null, 0));
    int working = 0;
    for (int d = 0; d < data.days(); d++) {
      double gained = readers.pathway().readsCapacity()[d] - base.pathway().readsCapacity()[d];
      if (data.workingDay()[d] > 0) {
        working++;
        assertThat(gained).isCloseTo(2 * 6 / 5.0 * data.readsPerSession(), within(1e-9));
      } else {
        assertThat(gained).isZero();
      }
    }
    assertThat(working).isGreaterThan(700);
    // a unit out for a month screens nobody then; other units are as before
    ForecastData.Unit unit = data.units().get(0);
    var from = data.start().plusMonths(2);
    var to = from.plusMonths(1).minusDays(1);
    Forecast out =
        ForecastService.run(data, new Scenario("Van out", 0, 8, unit.id(), from, to, null, 0));
    double lost = 0;
    for (int d = data.dayOf(from); d <= data.dayOf(to); d++) {
      lost += data.unitSlots()[0][d];
    }
    double slotsBase = Arrays.stream(base.screening().slots()).sum();
    double slotsOut = Arrays.stream(out.screening().slots()).sum();
    assertThat(slotsBase - slotsOut).isCloseTo(lost, within(1e-6));
    // the AI second reader needs fewer human reads for the same screens
    Forecast ai =
        ForecastService.run(data, new Scenario("AI", 0, 8, null, null, null, data.start(), 0));
    double readsBase = Arrays.stream(base.pathway().readsDemand()).sum();
    double readsAi = Arrays.stream(ai.pathway().readsDemand()).sum();
    assertThat(readsAi / readsBase).isLessThan(0.65);
    // the plan itself is untouched
    assertThat(calendar.entries()).hasSize(entries);
    assertThat(forecasts.data().unitSlots()[0]).isEqualTo(data.unitSlots()[0]);
  }

  @Test
  void impossibleScenariosAreRefusedWithTheReason() {
    var d = java.time.LocalDate.of(2027, 3, 1);
    assertThatThrownBy(
            () -> forecasts.report(new Scenario("Bad", 0, 8, 1L, d, d.minusDays(1), null, 0)))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("last day must be on or after the first");
    assertThatThrownBy(() -> forecasts.report(new Scenario("Bad", 0, 8, 999_999L, d, d, null, 0)))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("no active unit");
    assertThatThrownBy(() -> forecasts.report(new Scenario("", 99, 8, null, null, null, null, 0)))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("Readers")
        .hasMessageContaining("Name");
  }

  @Test
  @WithMockUser(username = "manager", roles = "SERVICE_MANAGER")
  void theForecastFollowsTheDataAsItIsNow() {
    assertThat(forecasts.data().rates().aiFromDay()).isEqualTo(-1);
    var service = settings.current();
    service.setAiSecondReader(true);
    settings.save(service);
    try {
      assertThat(forecasts.data().rates().aiFromDay()).isZero();
    } finally {
      var again = settings.current();
      again.setAiSecondReader(false);
      settings.save(again);
    }
    assertThat(List.of(forecasts.data().rates().aiFromDay())).containsExactly(-1);
  }
}
