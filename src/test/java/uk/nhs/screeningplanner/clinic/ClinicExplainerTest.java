package uk.nhs.screeningplanner.clinic;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.nhs.screeningplanner.clinic.domain.ClinicSchedule;
import uk.nhs.screeningplanner.clinic.domain.Location;
import uk.nhs.screeningplanner.clinic.domain.PositionAssignment;
import uk.nhs.screeningplanner.clinic.domain.Session;
import uk.nhs.screeningplanner.clinic.domain.Staff;
import uk.nhs.screeningplanner.clinic.solver.Rules;
import uk.nhs.screeningplanner.service.Skill;

/**
 * Issue #12 item 7: an empty required place says why nobody with the skill fills it, person by
 * person, and rewards (a wish granted) are not listed as broken rules.
 */
class ClinicExplainerTest {

  private static final LocalDate MONDAY = LocalDate.of(2027, 3, 1);
  private static final Location ROOM = new Location(1, "Main hospital", 51.0, -2.6);

  private static Session session(long id, LocalDate day, String unit) {
    return new Session(
        id, day, true, SessionKind.SCREENING, unit, false, ROOM, 540, 740, 25, false, true);
  }

  private static Staff person(long id, String name, int contract, Map<Long, String> away) {
    long mondayAm = MONDAY.toEpochDay() * 2;
    return new Staff(
        id,
        name,
        Set.of(Skill.MAMMOGRAPHER),
        ROOM,
        contract,
        3,
        away,
        Set.of(),
        name.equals("Bea") ? Set.of(mondayAm) : Set.of(),
        Map.of());
  }

  @Test
  void anEmptyPlaceSaysWhoHoldsTheSkillAndWhyEachIsNotFreeAndRewardsAreNotBrokenRules() {
    long mondayAm = MONDAY.toEpochDay() * 2;
    Staff ann = person(1, "Ann", 10, Map.of(mondayAm, "Annual leave"));
    Staff bea = person(2, "Bea", 10, Map.of());
    Staff cat = person(3, "Cat", 1, Map.of());
    Staff dee = person(4, "Dee", 10, Map.of(mondayAm, "reading (published reader roster)"));
    Session room1 = session(100, MONDAY, "Room 1");
    Session room2 = session(101, MONDAY, "Room 2");
    Session tuesday = session(102, MONDAY.plusDays(1), "Room 1");
    List<Staff> all = List.of(ann, bea, cat, dee);
    PositionAssignment empty = new PositionAssignment(1, room1, Position.LEAD, all, null);
    ClinicSchedule plan =
        new ClinicSchedule(
            List.of(room1, room2, tuesday),
            all,
            List.of(
                empty,
                new PositionAssignment(2, room2, Position.LEAD, all, bea),
                new PositionAssignment(3, tuesday, Position.LEAD, all, cat)));

    List<RuleBreach> breaches = new ClinicExplainer().explain(plan);

    RuleBreach unfilled =
        breaches.stream().filter(b -> b.rule().equals(Rules.UNFILLED)).findFirst().orElseThrow();
    assertThat(unfilled.description())
        .contains("Of 4 people with the skill")
        .contains("1 away: annual leave (Ann)")
        .contains("1 working at another session then (Bea)")
        .contains("1 at their weekly limit of clinic sessions (Cat)")
        .contains("1 reading (published reader roster) (Dee)");
    assertThat(breaches).noneMatch(b -> b.rule().equals(Rules.DESIRED));
    assertThat(breaches).allMatch(b -> b.penalty() > 0);
  }
}
