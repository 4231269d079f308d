package uk.nhs.screeningplanner.clinic.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.screeningplanner.clinic.solver.Fixtures.HOSPITAL;
import static uk.nhs.screeningplanner.clinic.solver.Fixtures.MONDAY;
import static uk.nhs.screeningplanner.clinic.solver.Fixtures.assign;
import static uk.nhs.screeningplanner.clinic.solver.Fixtures.limited;
import static uk.nhs.screeningplanner.clinic.solver.Fixtures.mammographer;
import static uk.nhs.screeningplanner.clinic.solver.Fixtures.published;
import static uk.nhs.screeningplanner.clinic.solver.Fixtures.room;
import static uk.nhs.screeningplanner.clinic.solver.Fixtures.session;
import static uk.nhs.screeningplanner.clinic.solver.Fixtures.staff;
import static uk.nhs.screeningplanner.clinic.solver.Fixtures.van;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.optaplanner.test.api.score.stream.ConstraintVerifier;
import uk.nhs.screeningplanner.clinic.Position;
import uk.nhs.screeningplanner.clinic.domain.ClinicSchedule;
import uk.nhs.screeningplanner.clinic.domain.PositionAssignment;
import uk.nhs.screeningplanner.clinic.domain.Session;
import uk.nhs.screeningplanner.clinic.domain.Staff;
import uk.nhs.screeningplanner.service.Skill;

/**
 * One test per rule, named like the rule: an exact match weight and a case that is not penalised.
 * The verifier counts match weights; each rule's constant weight is in {@link Weights}.
 */
class ClinicConstraintProviderTest {

  private final ConstraintVerifier<ClinicConstraintProvider, ClinicSchedule> verifier =
      // The production configuration, so the rules are checked on the score engine that solves.
      ConstraintVerifier.create(ClinicSolverConfig.create(java.time.Duration.ofSeconds(1)));

  @Test
  void skillForPosition() {
    Session s = room(MONDAY, true);
    Staff ap = staff("Asha", Set.of(Skill.ASSISTANT_PRACTITIONER), Set.of(), Set.of(), Set.of());
    verifier
        .verifyThat(ClinicConstraintProvider::skillForPosition)
        .given(assign(s, Position.LEAD, ap))
        .penalizesBy(1);
    verifier
        .verifyThat(ClinicConstraintProvider::skillForPosition)
        .given(assign(s, Position.SECOND, ap))
        .penalizesBy(0);
  }

  @Test
  void staffAvailable() {
    Session am = room(MONDAY, true);
    Session pm = room(MONDAY, false);
    Staff off = staff("Beth", Set.of(Skill.MAMMOGRAPHER), Set.of(am.halfDay()), Set.of(), Set.of());
    verifier
        .verifyThat(ClinicConstraintProvider::staffAvailable)
        .given(assign(am, Position.LEAD, off), assign(pm, Position.LEAD, off))
        .penalizesBy(1);
  }

  @Test
  void oneSessionAtATime() {
    Staff cara = mammographer("Cara");
    Session roomAm = room(MONDAY, true);
    Session vanAm = van(MONDAY, true);
    verifier
        .verifyThat(ClinicConstraintProvider::oneSessionAtATime)
        .given(assign(roomAm, Position.LEAD, cara), assign(vanAm, Position.SECOND, cara))
        .penalizesBy(1);
    verifier
        .verifyThat(ClinicConstraintProvider::oneSessionAtATime)
        .given(assign(roomAm, Position.LEAD, cara), assign(van(MONDAY, false), Position.LEAD, cara))
        .penalizesBy(0);
  }

  @Test
  void travelFitsLunchBreak() {
    // AM ends 12:20, PM starts 13:30: 70 minutes; the pitch is 60 minutes away, a far one 120.
    Staff dee = mammographer("Dee");
    var far =
        new uk.nhs.screeningplanner.clinic.domain.Location(3, "Far pitch", 51.0, -2.6 + 80 / 70.0);
    Session farPm = session(MONDAY, false, "Van 2", true, far, 25);
    int needed = HOSPITAL.travelMinutesTo(far);
    verifier
        .verifyThat(ClinicConstraintProvider::travelFitsLunchBreak)
        .given(assign(room(MONDAY, true), Position.LEAD, dee), assign(farPm, Position.LEAD, dee))
        .penalizesBy(needed - 70);
    verifier
        .verifyThat(ClinicConstraintProvider::travelFitsLunchBreak)
        .given(
            assign(room(MONDAY, true), Position.LEAD, dee),
            assign(van(MONDAY, false), Position.LEAD, dee))
        .penalizesBy(0);
    assertThat(needed).isGreaterThan(70);
  }

  @Test
  void contractedSessionsPerWeek() {
    Staff partTime = limited("Eve", 2, 3);
    PositionAssignment[] three =
        IntStream.range(0, 3)
            .mapToObj(d -> assign(room(MONDAY.plusDays(d), true), Position.LEAD, partTime))
            .toArray(PositionAssignment[]::new);
    verifier
        .verifyThat(ClinicConstraintProvider::contractedSessionsPerWeek)
        .given((Object[]) three)
        .penalizesBy(1);
    verifier
        .verifyThat(ClinicConstraintProvider::contractedSessionsPerWeek)
        .given(three[0], three[1], assign(room(MONDAY.plusWeeks(1), true), Position.LEAD, partTime))
        .penalizesBy(0);
  }

  @Test
  void maxVanDaysPerWeek() {
    Staff fay = limited("Fay", 10, 1);
    verifier
        .verifyThat(ClinicConstraintProvider::maxVanDaysPerWeek)
        .given(
            assign(van(MONDAY, true), Position.LEAD, fay),
            assign(van(MONDAY, false), Position.LEAD, fay),
            assign(van(MONDAY.plusDays(1), true), Position.LEAD, fay),
            assign(van(MONDAY.plusDays(2), true), Position.LEAD, fay))
        .penalizesBy(2);
    verifier
        .verifyThat(ClinicConstraintProvider::maxVanDaysPerWeek)
        .given(
            assign(van(MONDAY, true), Position.LEAD, fay),
            assign(van(MONDAY, false), Position.LEAD, fay))
        .penalizesBy(0);
  }

  @Test
  void unfilledRequiredPosition() {
    Session s = session(MONDAY, true, "Van 1", true, Fixtures.PITCH, 25);
    verifier
        .verifyThat(ClinicConstraintProvider::unfilledRequiredPosition)
        .given(
            assign(s, Position.LEAD, null),
            assign(s, Position.SECOND, null),
            assign(s, Position.THIRD, null))
        .penalizesBy(50);
    verifier
        .verifyThat(ClinicConstraintProvider::unfilledRequiredPosition)
        .given(assign(s, Position.LEAD, mammographer("Gus")), assign(s, Position.THIRD, null))
        .penalizesBy(0);
  }

  @Test
  void thirdPositionWhenBusy() {
    verifier
        .verifyThat(ClinicConstraintProvider::thirdPositionWhenBusy)
        .given(assign(van(MONDAY, true), Position.THIRD, null))
        .penalizesBy(1);
    verifier
        .verifyThat(ClinicConstraintProvider::thirdPositionWhenBusy)
        .given(
            assign(room(MONDAY, true), Position.THIRD, null),
            assign(van(MONDAY, true), Position.THIRD, mammographer("Hal")))
        .penalizesBy(0);
  }

  @Test
  void fairVanDays() {
    Staff ida = mammographer("Ida");
    verifier
        .verifyThat(ClinicConstraintProvider::fairVanDays)
        .given(
            assign(van(MONDAY, true), Position.LEAD, ida),
            assign(van(MONDAY, false), Position.LEAD, ida),
            assign(van(MONDAY.plusDays(1), true), Position.LEAD, ida))
        .penalizesBy(4);
    verifier
        .verifyThat(ClinicConstraintProvider::fairVanDays)
        .given(assign(room(MONDAY, true), Position.LEAD, ida))
        .penalizesBy(0);
  }

  @Test
  void fairAfternoons() {
    Staff jo = mammographer("Jo");
    verifier
        .verifyThat(ClinicConstraintProvider::fairAfternoons)
        .given(
            assign(room(MONDAY, false), Position.LEAD, jo),
            assign(room(MONDAY.plusDays(1), false), Position.LEAD, jo),
            assign(room(MONDAY.plusDays(2), false), Position.LEAD, jo))
        .penalizesBy(9);
    verifier
        .verifyThat(ClinicConstraintProvider::fairAfternoons)
        .given(assign(room(MONDAY, true), Position.LEAD, jo))
        .penalizesBy(0);
  }

  @Test
  void undesiredSession() {
    Session am = room(MONDAY, true);
    Staff kim = staff("Kim", Set.of(Skill.MAMMOGRAPHER), Set.of(), Set.of(am.halfDay()), Set.of());
    verifier
        .verifyThat(ClinicConstraintProvider::undesiredSession)
        .given(assign(am, Position.LEAD, kim), assign(room(MONDAY, false), Position.LEAD, kim))
        .penalizesBy(1);
  }

  @Test
  void desiredSession() {
    Session am = room(MONDAY, true);
    Staff lee = staff("Lee", Set.of(Skill.MAMMOGRAPHER), Set.of(), Set.of(), Set.of(am.halfDay()));
    verifier
        .verifyThat(ClinicConstraintProvider::desiredSession)
        .given(assign(am, Position.LEAD, lee), assign(room(MONDAY, false), Position.LEAD, lee))
        .rewardsWith(1);
  }

  @Test
  void travelFromBase() {
    Staff mo = mammographer("Mo");
    verifier
        .verifyThat(ClinicConstraintProvider::travelFromBase)
        .given(assign(van(MONDAY, true), Position.LEAD, mo))
        .penalizesBy(HOSPITAL.travelMinutesTo(Fixtures.PITCH));
    verifier
        .verifyThat(ClinicConstraintProvider::travelFromBase)
        .given(assign(room(MONDAY, true), Position.LEAD, mo))
        .penalizesBy(0);
  }

  @Test
  void sameTeamOnVan() {
    Staff ned = mammographer("Ned");
    Staff ola = mammographer("Ola");
    Staff pat = mammographer("Pat");
    verifier
        .verifyThat(ClinicConstraintProvider::sameTeamOnVan)
        .given(
            assign(van(MONDAY, true), Position.LEAD, ned),
            assign(van(MONDAY, true), Position.SECOND, ola),
            assign(van(MONDAY.plusDays(1), true), Position.LEAD, ned),
            assign(van(MONDAY.plusDays(1), true), Position.SECOND, pat))
        .penalizesBy(3);
    verifier
        .verifyThat(ClinicConstraintProvider::sameTeamOnVan)
        .given(assign(room(MONDAY, true), Position.LEAD, ned))
        .penalizesBy(0);
  }

  @Test
  void changeFromPublished() {
    Session room = room(MONDAY, true);
    Session van = van(MONDAY, true);
    Staff quin = mammographer("Quin");
    Staff rae = Fixtures.publishedIn("Rae", room);
    Staff sam = Fixtures.publishedIn("Sam", van);
    Staff tia = mammographer("Tia");
    verifier
        .verifyThat(ClinicConstraintProvider::changeFromPublished)
        .given(
            published(room, Position.LEAD, quin, rae), // moves up in the session: 100
            published(room, Position.SECOND, rae, sam), // from another session: 500
            published(room, Position.THIRD, null, tia), // free that half-day, booked: 1000
            published(van, Position.LEAD, sam, null)) // left empty: 300
        .penalizesBy(
            Weights.CHANGE_SAME_SESSION
                + Weights.CHANGE_OTHER_SESSION
                + Weights.CHANGE_NEW_HALF_DAY
                + Weights.CHANGE_EMPTIED);
    verifier
        .verifyThat(ClinicConstraintProvider::changeFromPublished)
        .given(published(room, Position.LEAD, quin, quin), assign(room, Position.SECOND, rae))
        .penalizesBy(0);
  }

  /** Fails when a rule of the provider has no test of the same name here. */
  @Test
  void everyRuleHasATestNamedLikeIt() {
    List<String> rules =
        Arrays.stream(ClinicConstraintProvider.class.getDeclaredMethods())
            .filter(m -> m.getReturnType().getSimpleName().equals("Constraint"))
            .filter(m -> !Modifier.isPrivate(m.getModifiers()))
            .map(Method::getName)
            .toList();
    List<String> tests =
        Arrays.stream(getClass().getDeclaredMethods())
            .filter(m -> m.isAnnotationPresent(Test.class))
            .map(Method::getName)
            .toList();
    assertThat(rules).hasSize(15);
    assertThat(tests).containsAll(rules);
  }
}
