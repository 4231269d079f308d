package uk.nhs.screeningplanner.clinic.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.screeningplanner.clinic.solver.Fixtures.MONDAY;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.solver.SolverFactory;
import uk.nhs.screeningplanner.clinic.Position;
import uk.nhs.screeningplanner.clinic.assembly.AssignmentRow;
import uk.nhs.screeningplanner.clinic.assembly.ProblemBuilder;
import uk.nhs.screeningplanner.clinic.domain.ClinicSchedule;
import uk.nhs.screeningplanner.clinic.domain.PositionAssignment;
import uk.nhs.screeningplanner.clinic.domain.Session;
import uk.nhs.screeningplanner.clinic.domain.Staff;
import uk.nhs.screeningplanner.service.Skill;

/**
 * Issue #12 item 4: after an absence the people present move up rather than the session being lost,
 * and nothing else moves. The published van session had lead Ann (absent now), second Bea (a
 * mammographer) and third Cat (an assistant practitioner); another van at the same time had Dee and
 * Eve. The replan must give the lead to Bea and the second place to Cat, leaving only the third
 * place (optional) empty, and leave the other van alone.
 */
class ReplanAfterAbsenceTest {

  private static final Staff ANN = person(1, "Ann", Skill.MAMMOGRAPHER);
  private static final Staff BEA = person(2, "Bea", Skill.MAMMOGRAPHER);
  private static final Staff CAT = person(3, "Cat", Skill.ASSISTANT_PRACTITIONER);
  private static final Staff DEE = person(4, "Dee", Skill.MAMMOGRAPHER);
  private static final Staff EVE = person(5, "Eve", Skill.ASSISTANT_PRACTITIONER);

  private static Staff person(long id, String name, Skill skill) {
    Map<Long, String> away =
        name.equals("Ann") ? Map.of(MONDAY.toEpochDay() * 2, "Sickness") : Map.of();
    return new Staff(
        id, name, Set.of(skill), Fixtures.HOSPITAL, 10, 3, away, Set.of(), Set.of(), Map.of());
  }

  @Test
  void peoplePresentMoveUpSoTheSessionRunsAndNothingElseMoves() {
    Session van1 = Fixtures.session(MONDAY, true, "Van 1", true, Fixtures.PITCH, 25);
    Session van2 = Fixtures.session(MONDAY, true, "Van 2", true, Fixtures.PITCH, 25);
    // Ann's place was emptied when her absence was recorded; every other place is as published.
    List<AssignmentRow> rows =
        List.of(
            row(11, van1, Position.LEAD, null, ANN),
            row(12, van1, Position.SECOND, BEA, BEA),
            row(13, van1, Position.THIRD, CAT, CAT),
            row(21, van2, Position.LEAD, DEE, DEE),
            row(22, van2, Position.SECOND, EVE, EVE),
            row(23, van2, Position.THIRD, null, null));
    ClinicSchedule problem =
        ProblemBuilder.build(
            List.of(van1, van2), rows, List.of(ANN, BEA, CAT, DEE, EVE), MONDAY, MONDAY);

    ClinicSchedule replanned =
        SolverFactory.<ClinicSchedule>create(ClinicSolverConfig.create(Duration.ofSeconds(2)))
            .buildSolver()
            .solve(problem);

    assertThat(holder(replanned, 11)).isEqualTo("Bea");
    assertThat(holder(replanned, 12)).isEqualTo("Cat");
    assertThat(holder(replanned, 13)).isNull();
    assertThat(replanned.getScore().mediumScore()).as("no slot lost").isZero();
    assertThat(holder(replanned, 21)).isEqualTo("Dee");
    assertThat(holder(replanned, 22)).isEqualTo("Eve");
    assertThat(holder(replanned, 23)).isNull();
  }

  private static AssignmentRow row(
      long id, Session session, Position position, Staff now, Staff published) {
    return new AssignmentRow(
        id,
        session.id(),
        position,
        now == null ? null : now.id(),
        false,
        true,
        published == null ? null : published.id());
  }

  private static String holder(ClinicSchedule plan, long id) {
    return plan.getAssignments().stream()
        .filter(a -> a.getId() == id)
        .map(PositionAssignment::getStaff)
        .map(s -> s == null ? null : s.name())
        .findFirst()
        .orElseThrow();
  }
}
