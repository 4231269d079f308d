package uk.nhs.screeningplanner.roster.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import uk.nhs.screeningplanner.clinic.ClinicScheduleService;
import uk.nhs.screeningplanner.service.ScreeningService;
import uk.nhs.screeningplanner.service.ServiceSettingsService;

/** The reader roster reads its demand from the published clinic schedule where one exists. */
@SpringBootTest(properties = "planner.clinic.solve-seconds=12")
@ActiveProfiles("test")
@WithMockUser(username = "manager", roles = "SERVICE_MANAGER")
class RosterDemandFromClinicPlanTest {

  @Autowired ClinicScheduleService clinic;
  @Autowired RosterAssembler assembler;
  @Autowired ServiceSettingsService services;

  @Test
  void shouldTakeScreensFromThePublishedClinicPlanAndTheForecastBeyondIt() throws Exception {
    ScreeningService service = services.current();
    LocalDate monday = clinic.nextMonday();
    LocalDate end = monday.plusWeeks(8);
    Map<LocalDate, Integer> forecastOnly = assembler.screensPerDay(service, monday, end);

    clinic.createPlan(monday, 4);
    clinic.solve();
    long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
    while (clinic.solving() && System.nanoTime() < deadline) {
      Thread.sleep(200);
    }
    clinic.publish();
    Map<LocalDate, Integer> planned =
        clinic.plannedScreensPerDay(service.getId(), monday, end.minusDays(1));
    Map<LocalDate, Integer> screens = assembler.screensPerDay(service, monday, end);

    LocalDate tuesday = monday.plusDays(1);
    assertThat(screens.get(tuesday)).isEqualTo(planned.get(tuesday)).isPositive();
    assertThat(monday.datesUntil(monday.plusWeeks(4)))
        .allMatch(day -> screens.getOrDefault(day, 0).equals(planned.get(day)));
    assertThat(monday.plusWeeks(4).datesUntil(end))
        .as("beyond the clinic plan the unit-calendar forecast stands")
        .allMatch(day -> java.util.Objects.equals(screens.get(day), forecastOnly.get(day)));
  }
}
