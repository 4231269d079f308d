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
import uk.nhs.screeningplanner.clinic.SampleClinicProblems;
import uk.nhs.screeningplanner.clinic.SessionKind;
import uk.nhs.screeningplanner.clinic.domain.ClinicSchedule;
import uk.nhs.screeningplanner.clinic.domain.PositionAssignment;
import uk.nhs.screeningplanner.clinic.domain.Session;
import uk.nhs.screeningplanner.clinic.domain.Staff;
import uk.nhs.screeningplanner.service.Skill;

/**
 * The optimal fill (issue #15) on hand-made plans whose optimum is plain, and its bound against
 * plans the solver finds. Sessions have 25 slots.
 */
class OptimalFillTest {

  private static Staff person(String name, Skill skill, int contract) {
    return new Staff(
        name.hashCode(),
        name,
        Set.of(skill),
        Fixtures.HOSPITAL,
        contract,
        3,
        Map.of(),
        Set.of(),
        Set.of(),
        Map.of());
  }

  private static PositionAssignment place(
      long id, Session session, Position position, List<Staff> all, Staff now) {
    List<Staff> eligible = all.stream().filter(s -> position.accepts(s.skills())).toList();
    return new PositionAssignment(id, session, position, eligible, now);
  }

  private static OptimalFill.Result fill(ClinicSchedule plan) {
    return OptimalFill.solve(plan, Duration.ofSeconds(5)).orElseThrow();
  }

  private static String holder(OptimalFill.Result r, long id) {
    Staff s = r.staffByAssignment().get(id);
    return s == null ? null : s.name();
  }

  @Test
  void aPositionOnlyOnePersonCanFillGetsThatPerson() {
    Staff ann = person("Ann", Skill.MAMMOGRAPHER, 10);
    Staff bea = person("Bea", Skill.ASSISTANT_PRACTITIONER, 10);
    List<Staff> all = List.of(ann, bea);
    Session room = Fixtures.room(MONDAY, true);
    ClinicSchedule plan =
        new ClinicSchedule(
            List.of(room),
            all,
            List.of(
                place(1, room, Position.LEAD, all, null),
                place(2, room, Position.SECOND, all, null)));

    OptimalFill.Result r = fill(plan);

    assertThat(holder(r, 1)).isEqualTo("Ann");
    assertThat(holder(r, 2)).isEqualTo("Bea");
    assertThat(r.slotsLost()).isZero();
    assertThat(r.leastSlotsLost()).isZero();
    assertThat(r.optimal()).isTrue();
  }

  @Test
  void aPersonWhoseContractForbidsASecondSessionFillsOnlyOne() {
    Staff ann = person("Ann", Skill.MAMMOGRAPHER, 1);
    List<Staff> all = List.of(ann);
    Session monday = Fixtures.room(MONDAY, true);
    Session tuesday = Fixtures.room(MONDAY.plusDays(1), true);
    ClinicSchedule plan =
        new ClinicSchedule(
            List.of(monday, tuesday),
            all,
            List.of(
                place(1, monday, Position.LEAD, all, null),
                place(2, tuesday, Position.LEAD, all, null)));

    OptimalFill.Result r = fill(plan);

    assertThat(r.staffByAssignment().values().stream().filter(s -> s != null)).hasSize(1);
    assertThat(r.slotsLost()).isEqualTo(25);
    assertThat(r.leastSlotsLost()).as("no plan does better").isEqualTo(25);
    assertThat(r.optimal()).isTrue();
  }

  @Test
  void onlyASwapFreesALeadAndTheFillFindsIt() {
    Staff m1 = person("M1", Skill.MAMMOGRAPHER, 10);
    Staff m2 = person("M2", Skill.MAMMOGRAPHER, 10);
    Staff a1 = person("A1", Skill.ASSISTANT_PRACTITIONER, 10);
    Staff a2 = person("A2", Skill.ASSISTANT_PRACTITIONER, 10);
    List<Staff> all = List.of(m1, m2, a1, a2);
    Session s1 = Fixtures.session(MONDAY, true, "Van 1", true, Fixtures.PITCH, 25);
    Session s2 = Fixtures.session(MONDAY, true, "Van 2", true, Fixtures.PITCH, 25);
    // As it stands M2 is second on van 1, so van 2 has no lead; the fill must move M2 across and
    // put an assistant practitioner second on van 1.
    ClinicSchedule plan =
        new ClinicSchedule(
            List.of(s1, s2),
            all,
            List.of(
                place(1, s1, Position.LEAD, all, m1),
                place(2, s1, Position.SECOND, all, m2),
                place(3, s2, Position.LEAD, all, null),
                place(4, s2, Position.SECOND, all, a1)));

    OptimalFill.Result r = fill(plan);

    assertThat(r.slotsLost()).isZero();
    assertThat(holder(r, 1)).isEqualTo("M1");
    assertThat(holder(r, 3)).isEqualTo("M2");
    assertThat(holder(r, 4)).as("kept as it was").isEqualTo("A1");
    assertThat(holder(r, 2)).isEqualTo("A2");
  }

  @Test
  void aMorningAtAFarPitchRulesOutAnAfternoonAtTheHospitalForTheSamePerson() {
    Staff ann = person("Ann", Skill.MAMMOGRAPHER, 10);
    List<Staff> all = List.of(ann);
    Session am = Fixtures.session(MONDAY, true, "Van 1", true, Fixtures.PITCH, 25);
    // The van's morning ends 12:20; an afternoon from 13:00 leaves 40 minutes for a 60-minute
    // drive.
    Session pm =
        new Session(
            999,
            MONDAY,
            false,
            SessionKind.SCREENING,
            "Room 1",
            false,
            Fixtures.HOSPITAL,
            780,
            980,
            25,
            false,
            true);
    ClinicSchedule plan =
        new ClinicSchedule(
            List.of(am, pm),
            all,
            List.of(
                place(1, am, Position.LEAD, all, null), place(2, pm, Position.LEAD, all, null)));

    OptimalFill.Result r = fill(plan);

    assertThat(r.staffByAssignment().values().stream().filter(s -> s != null)).hasSize(1);
    assertThat(r.leastSlotsLost()).isEqualTo(25);
  }

  @Test
  void theBoundNeverExceedsAPlanTheSolverFindsOnTheSampleService() {
    ClinicSchedule problem = SampleClinicProblems.standard(4);
    OptimalFill.Result r = OptimalFill.solve(problem, Duration.ofSeconds(20)).orElseThrow();
    assertThat(r.leastSlotsLost()).isLessThanOrEqualTo(r.slotsLost());

    ClinicSchedule solved =
        SolverFactory.<ClinicSchedule>create(ClinicSolverConfig.create(Duration.ofSeconds(5)))
            .buildSolver()
            .solve(SampleClinicProblems.standard(4));

    assertThat(solved.getScore().hardScore()).isZero();
    assertThat((long) -solved.getScore().mediumScore())
        .as("the solver's plan loses no fewer slots than the bound")
        .isGreaterThanOrEqualTo(r.leastSlotsLost());
    assertThat(solved.getLeastSlotsLost()).as("the solve records the bound").isNotNull();
  }

  @Test
  void aNetworkFallsApartIntoWeeksAndTeamsThatShareNobodyAndIsProvenPartByPart() {
    ClinicSchedule network = SampleClinicProblems.consortium(2);
    List<List<PositionAssignment>> parts = OptimalFill.parts(network);

    assertThat(parts.stream().mapToInt(List::size).sum())
        .as("every movable position in exactly one part")
        .isEqualTo((int) network.getAssignments().stream().filter(a -> !a.isPinned()).count());
    assertThat(parts)
        .as("a part lies within one week")
        .allSatisfy(
            p -> assertThat(p.stream().map(a -> a.getSession().week()).distinct()).hasSize(1));
    for (int i = 0; i < parts.size(); i++) {
      for (int j = i + 1; j < parts.size(); j++) {
        if (parts
            .get(i)
            .get(0)
            .getSession()
            .week()
            .equals(parts.get(j).get(0).getSession().week())) {
          assertThat(parts.get(j).stream().flatMap(x -> x.getEligible().stream()))
              .as("two parts of one week share no one")
              .noneMatch(partPeople(parts.get(i))::contains);
        }
      }
    }
    assertThat(parts.size())
        .as("2 weeks of 7 services: at least 14 parts")
        .isGreaterThanOrEqualTo(14);

    OptimalFill.Result r = OptimalFill.solve(network, Duration.ofSeconds(60)).orElseThrow();
    assertThat(r.optimal()).as("each small part proven").isTrue();
    assertThat(r.slotsLost()).isEqualTo(r.leastSlotsLost());
  }

  private static Set<Staff> partPeople(List<PositionAssignment> part) {
    Set<Staff> people = new java.util.HashSet<>();
    part.forEach(x -> people.addAll(x.getEligible()));
    return people;
  }
}
