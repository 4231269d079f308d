package uk.nhs.screeningplanner.clinic;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import uk.nhs.screeningplanner.service.ServiceSettingsService;

/**
 * The clinic plan tables (V5) on one database: make a plan, fill and pin positions by hand,
 * publish, read it back, and replace it with a new plan (the old rows go with it).
 */
@WithMockUser(username = "manager", roles = "SERVICE_MANAGER")
abstract class ClinicPlanRoundTrip {

  @Autowired ClinicScheduleService clinic;
  @Autowired ServiceSettingsService services;
  @Autowired JdbcTemplate jdbc;

  @Test
  void runsOnTheIntendedDatabase() throws java.sql.SQLException {
    try (var connection = jdbc.getDataSource().getConnection()) {
      assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo(expectedDatabase());
    }
  }

  @Test
  void aPlanSurvivesEditPublishAndReplacement() {
    PlanSummary made = clinic.createPlan(clinic.nextMonday(), 4);
    SessionView first = firstScreening();
    PositionView lead = first.positions().get(0);
    PositionView second = first.positions().get(1);
    long leadStaff = assignSomeoneFree(lead, true, null);
    long secondStaff = assignSomeoneFree(second, false, leadStaff);
    clinic.publish();

    PlanSummary read = clinic.summary().orElseThrow();
    assertThat(read.planId()).isEqualTo(made.planId());
    assertThat(read.status()).isEqualTo(PlanStatus.PUBLISHED);
    assertThat(read.publishedBy()).isEqualTo("manager");
    SessionView back = firstScreening();
    assertThat(back.positions().get(0).staffId()).isEqualTo(leadStaff);
    assertThat(back.positions().get(0).pinned()).isTrue();
    assertThat(back.positions().get(0).publishedStaffId()).isEqualTo(leadStaff);
    assertThat(back.positions().get(1).publishedStaffId()).isEqualTo(secondStaff);
    Map<LocalDate, Integer> screens =
        clinic.plannedScreensPerDay(services.current().getId(), first.date(), first.date());
    assertThat(screens).containsEntry(first.date(), first.slots());

    PlanSummary replaced = clinic.createPlan(clinic.nextMonday().plusWeeks(1), 4);
    assertThat(replaced.planId()).isNotEqualTo(made.planId());
    assertThat(clinic.summary().orElseThrow().status()).isEqualTo(PlanStatus.DRAFT);
    assertThat(clinic.sessions())
        .allMatch(s -> !s.date().isBefore(clinic.nextMonday().plusWeeks(1)));
  }

  /** Puts the first qualified person who breaks no hard rule there (not someone on leave). */
  private long assignSomeoneFree(PositionView position, boolean pinned, Long notThem) {
    for (StaffOption option : clinic.staffFor(position.position())) {
      if (notThem != null && option.id() == notThem) {
        continue;
      }
      PositionView now = positionNow(position.assignmentId());
      clinic.assign(now.assignmentId(), now.version(), option.id(), pinned);
      if (clinic.summary().orElseThrow().score().startsWith("0hard")) {
        return option.id();
      }
    }
    throw new AssertionError("nobody free for " + position.position());
  }

  private PositionView positionNow(long assignmentId) {
    return clinic.sessions().stream()
        .flatMap(s -> s.positions().stream())
        .filter(p -> p.assignmentId() == assignmentId)
        .findFirst()
        .orElseThrow();
  }

  private SessionView firstScreening() {
    return clinic.sessions().stream()
        .filter(s -> s.kind() == SessionKind.SCREENING)
        .findFirst()
        .orElseThrow();
  }

  abstract String expectedDatabase();
}
