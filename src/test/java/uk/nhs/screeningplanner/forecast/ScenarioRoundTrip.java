package uk.nhs.screeningplanner.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import uk.nhs.screeningplanner.service.UnitCalendarService;
import uk.nhs.screeningplanner.shared.ValidationException;

/**
 * Saved what-if scenarios (V20) on one database: an executive saves their own, everyone sees it,
 * only its author deletes it, and saving one changes no plan or reference data.
 */
abstract class ScenarioRoundTrip {

  @Autowired ForecastService forecasts;
  @Autowired UnitCalendarService calendar;
  @Autowired JdbcTemplate jdbc;

  abstract String expectedDatabase();

  @Test
  void runsOnTheIntendedDatabase() throws java.sql.SQLException {
    try (var connection = jdbc.getDataSource().getConnection()) {
      assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo(expectedDatabase());
    }
  }

  @Test
  @WithMockUser(username = "executive", roles = "EXECUTIVE")
  void anExecutiveSavesAScenarioAndReadsItBack() {
    int entries = calendar.entries().size();
    Long unit = forecasts.data().units().get(0).id();
    Scenario s =
        new Scenario(
            "Van out in March " + expectedDatabase(),
            -1,
            6,
            unit,
            LocalDate.of(2027, 3, 1),
            LocalDate.of(2027, 3, 31),
            LocalDate.of(2027, 6, 1),
            4);
    var saved = forecasts.saveScenario(s);
    assertThat(saved.author()).isEqualTo("executive");
    var back =
        forecasts.savedScenarios().stream()
            .filter(v -> v.id() == saved.id())
            .findFirst()
            .orElseThrow();
    assertThat(back.scenario()).isEqualTo(s);
    assertThat(back.author()).isEqualTo("executive");
    assertThat(calendar.entries()).hasSize(entries);
    // an impossible scenario is refused and nothing is saved
    int count = forecasts.savedScenarios().size();
    assertThatThrownBy(
            () ->
                forecasts.saveScenario(
                    new Scenario(
                        "Bad",
                        0,
                        8,
                        unit,
                        LocalDate.of(2027, 3, 2),
                        LocalDate.of(2027, 3, 1),
                        null,
                        0)))
        .isInstanceOf(ValidationException.class);
    assertThat(forecasts.savedScenarios()).hasSize(count);
  }

  @Test
  @WithMockUser(username = "manager", roles = "SERVICE_MANAGER")
  void onlyItsAuthorDeletesAScenario() {
    var mine =
        forecasts.saveScenario(
            new Scenario("Manager's " + expectedDatabase(), 1, 8, null, null, null, null, 0));
    var theirs =
        saveAs(
            "executive",
            new Scenario("Executive's " + expectedDatabase(), 2, 8, null, null, null, null, 0));
    assertThatThrownBy(() -> forecasts.deleteScenario(theirs))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessageContaining("Only executive");
    assertThat(forecasts.savedScenarios()).anyMatch(v -> v.id() == theirs);
    forecasts.deleteScenario(mine.id());
    assertThat(forecasts.savedScenarios()).noneMatch(v -> v.id() == mine.id());
    assertThatThrownBy(() -> forecasts.deleteScenario(mine.id()))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("no longer exists");
  }

  private long saveAs(String user, Scenario s) {
    var context = org.springframework.security.core.context.SecurityContextHolder.getContext();
    var before = context.getAuthentication();
    context.setAuthentication(
        new org.springframework.security.authentication.UsernamePasswordAuthenticationToken(
            user,
            "n/a",
            java.util.List.of(
                new org.springframework.security.core.authority.SimpleGrantedAuthority(
                    "ROLE_EXECUTIVE"))));
    try {
      return forecasts.saveScenario(s).id();
    } finally {
      context.setAuthentication(before);
    }
  }
}
