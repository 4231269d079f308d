package uk.nhs.screeningplanner.roster.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.stream.Constraint;
import org.optaplanner.test.api.score.stream.ConstraintVerifier;
import uk.nhs.screeningplanner.roster.domain.Preference;
import uk.nhs.screeningplanner.roster.domain.Reader;
import uk.nhs.screeningplanner.roster.domain.ReaderRoster;
import uk.nhs.screeningplanner.roster.domain.ReadingDemand;
import uk.nhs.screeningplanner.roster.domain.ReadingRole;
import uk.nhs.screeningplanner.roster.domain.ReadingShift;
import uk.nhs.screeningplanner.roster.domain.RosterProblem;
import uk.nhs.screeningplanner.roster.domain.SessionPart;

/** One test per rule, named like the rule's method, each with an exact penalty and a clean case. */
class RosterConstraintProviderTest {

  static final List<LocalDate> DAYS = RosterProblem.workingDays(LocalDate.of(2026, 11, 30), 1);
  final ConstraintVerifier<RosterConstraintProvider, ReaderRoster> verifier =
      // The production configuration, so the rules are checked on the score engine that solves.
      ConstraintVerifier.create(RosterSolverConfig.create(java.time.Duration.ofSeconds(1)));

  final Reader ann = new Reader(1, "ANN", "Ann", false, 2, 0, 0);
  final Reader bob = new Reader(2, "BOB", "Bob", true, 2, 0, 0);
  final Reader cat = new Reader(3, "CAT", "Cat", true, 2, 0, 0);
  long ids;

  ReadingShift shift(Reader r, int day, SessionPart part, int capacity, ReadingRole role) {
    ReadingShift s = new ReadingShift(++ids, r, DAYS.get(day), part, day, capacity);
    s.setRole(role);
    return s;
  }

  ReadingShift shift(Reader r, int day, ReadingRole role) {
    return shift(r, day, SessionPart.AM, 100, role);
  }

  static ReadingDemand demand(Map<Integer, Integer> intake, double arb, int target) {
    Map<LocalDate, Integer> screens = new java.util.HashMap<>();
    intake.forEach((day, n) -> screens.put(DAYS.get(day), n));
    return new ReadingDemand(DAYS, screens, 1.0, arb, target);
  }

  @Test
  void readerUnavailable() {
    ReadingShift onLeave = shift(ann, 0, ReadingRole.FIRST_READ);
    onLeave.setPreference(Preference.UNAVAILABLE);
    verifier.verifyThat(RosterConstraintProvider::readerUnavailable).given(onLeave).penalizesBy(1);
    onLeave.setRole(null);
    verifier.verifyThat(RosterConstraintProvider::readerUnavailable).given(onLeave).penalizesBy(0);
  }

  @Test
  void arbitrationOnlyByArbitrators() {
    verifier
        .verifyThat(RosterConstraintProvider::arbitrationOnlyByArbitrators)
        .given(shift(ann, 0, ReadingRole.ARBITRATION), shift(bob, 0, ReadingRole.ARBITRATION))
        .penalizesBy(1);
    verifier
        .verifyThat(RosterConstraintProvider::arbitrationOnlyByArbitrators)
        .given(shift(ann, 0, ReadingRole.FIRST_READ), shift(bob, 0, ReadingRole.ARBITRATION))
        .penalizesBy(0);
  }

  @Test
  void readingSessionsWithinJobPlan() {
    ReadingShift a = shift(ann, 0, ReadingRole.FIRST_READ);
    ReadingShift b = shift(ann, 1, ReadingRole.FIRST_READ);
    ReadingShift c = shift(ann, 2, ReadingRole.SECOND_READ);
    verifier
        .verifyThat(RosterConstraintProvider::readingSessionsWithinJobPlan)
        .given(a, b, c)
        .penalizesBy(1);
    c.setRole(null);
    verifier
        .verifyThat(RosterConstraintProvider::readingSessionsWithinJobPlan)
        .given(a, b, c)
        .penalizesBy(0);
  }

  @Test
  void secondReadByAnotherReader() {
    // Ann alone first reads day 0's 100 in the morning and second reads in the afternoon: her
    // afternoon could only read cases she read herself
    ReadingDemand d = demand(Map.of(0, 100), 0, 10);
    ReadingShift morning = shift(ann, 1, SessionPart.AM, 100, ReadingRole.FIRST_READ);
    ReadingShift afternoon = shift(ann, 1, SessionPart.PM, 100, ReadingRole.SECOND_READ);
    verifier
        .verifyThat(RosterConstraintProvider::secondReadByAnotherReader)
        .given(d, morning, afternoon)
        .penalizesBy(100);
    // Bob second reads 60 beside her: 40 remain hers only
    verifier
        .verifyThat(RosterConstraintProvider::secondReadByAnotherReader)
        .given(d, morning, afternoon, shift(bob, 1, SessionPart.PM, 60, ReadingRole.SECOND_READ))
        .penalizesBy(40);
    // Bob alone second reads: nobody reads a case twice
    verifier
        .verifyThat(RosterConstraintProvider::secondReadByAnotherReader)
        .given(d, morning, shift(bob, 1, SessionPart.PM, 100, ReadingRole.SECOND_READ))
        .penalizesBy(0);
  }

  @Test
  void arbitrationByAThirdReader() {
    // every second-read case goes to arbitration (rate 1): Bob second read them, so only Cat may
    ReadingDemand d = demand(Map.of(0, 100), 1.0, 10);
    ReadingShift first = shift(ann, 1, SessionPart.AM, 100, ReadingRole.FIRST_READ);
    ReadingShift second = shift(bob, 1, SessionPart.PM, 100, ReadingRole.SECOND_READ);
    ReadingShift bobArbitrates = shift(bob, 2, SessionPart.AM, 100, ReadingRole.ARBITRATION);
    verifier
        .verifyThat(RosterConstraintProvider::arbitrationByAThirdReader)
        .given(d, first, second, bobArbitrates)
        .penalizesBy(100);
    verifier
        .verifyThat(RosterConstraintProvider::arbitrationByAThirdReader)
        .given(
            d,
            first,
            second,
            bobArbitrates,
            shift(cat, 2, SessionPart.AM, 100, ReadingRole.ARBITRATION))
        .penalizesBy(0);
  }

  @Test
  void casesReadLate() {
    ReadingDemand d = demand(Map.of(0, 10), 0, 1);
    // screened day 0, read from day 1; done on day 2 with a 1-day target: 10 cases × 1 day
    verifier
        .verifyThat(RosterConstraintProvider::casesReadLate)
        .given(
            d,
            shift(ann, 2, SessionPart.AM, 10, ReadingRole.FIRST_READ),
            shift(bob, 2, SessionPart.PM, 10, ReadingRole.SECOND_READ))
        .penalizesBy(10);
    verifier
        .verifyThat(RosterConstraintProvider::casesReadLate)
        .given(
            d,
            shift(ann, 1, SessionPart.AM, 10, ReadingRole.FIRST_READ),
            shift(bob, 1, SessionPart.PM, 10, ReadingRole.SECOND_READ))
        .penalizesBy(0);
    // nobody reads: done on the next working day after the horizon, 5 days: 4 late
    verifier
        .verifyThat(RosterConstraintProvider::casesReadLate)
        .given(d, shift(ann, 1, SessionPart.AM, 10, null))
        .penalizesBy(40);
  }

  @Test
  void casesWaiting() {
    ReadingDemand d = demand(Map.of(0, 10), 0, 10);
    // read on day 2: 10 cases × 2 working days, none late
    verifier
        .verifyThat(RosterConstraintProvider::casesWaiting)
        .given(
            d,
            shift(ann, 2, SessionPart.AM, 10, ReadingRole.FIRST_READ),
            shift(bob, 2, SessionPart.PM, 10, ReadingRole.SECOND_READ))
        .penalizesBy(20L * RosterConstraintProvider.WAITING_WEIGHT);
    verifier
        .verifyThat(RosterConstraintProvider::casesWaiting)
        .given(
            d,
            shift(ann, 1, SessionPart.AM, 10, ReadingRole.FIRST_READ),
            shift(bob, 1, SessionPart.PM, 10, ReadingRole.SECOND_READ))
        .penalizesBy(10L * RosterConstraintProvider.WAITING_WEIGHT);
  }

  @Test
  void readsOnTrack() {
    Reader behind = new Reader(4, "DAN", "Dan", false, 4, 300, 0);
    verifier
        .verifyThat(RosterConstraintProvider::readsOnTrack)
        .given(shift(behind, 0, ReadingRole.SECOND_READ), shift(behind, 1, null))
        .penalizesBy(200);
    verifier
        .verifyThat(RosterConstraintProvider::readsOnTrack)
        .given(shift(ann, 0, ReadingRole.SECOND_READ))
        .penalizesBy(0);
  }

  @Test
  void firstReadsOnTrack() {
    Reader behind = new Reader(4, "DAN", "Dan", false, 4, 0, 300);
    verifier
        .verifyThat(RosterConstraintProvider::firstReadsOnTrack)
        .given(shift(behind, 0, ReadingRole.FIRST_READ), shift(behind, 1, ReadingRole.SECOND_READ))
        .penalizesBy(200);
    verifier
        .verifyThat(RosterConstraintProvider::firstReadsOnTrack)
        .given(shift(ann, 0, ReadingRole.FIRST_READ))
        .penalizesBy(0);
  }

  @Test
  void fairSpread() {
    verifier
        .verifyThat(RosterConstraintProvider::fairSpread)
        .given(shift(ann, 0, ReadingRole.FIRST_READ), shift(ann, 1, ReadingRole.SECOND_READ))
        .penalizesBy(RosterConstraintProvider.FAIRNESS_WEIGHT * 4);
    verifier
        .verifyThat(RosterConstraintProvider::fairSpread)
        .given(shift(ann, 0, null))
        .penalizesBy(0);
  }

  @Test
  void undesiredSession() {
    ReadingShift s = shift(ann, 0, ReadingRole.FIRST_READ);
    s.setPreference(Preference.UNDESIRED);
    verifier
        .verifyThat(RosterConstraintProvider::undesiredSession)
        .given(s)
        .penalizesBy(RosterConstraintProvider.UNDESIRED_WEIGHT);
    s.setRole(null);
    verifier.verifyThat(RosterConstraintProvider::undesiredSession).given(s).penalizesBy(0);
  }

  @Test
  void desiredSessionUnused() {
    ReadingShift s = shift(ann, 0, null);
    s.setPreference(Preference.DESIRED);
    verifier
        .verifyThat(RosterConstraintProvider::desiredSessionUnused)
        .given(s)
        .penalizesBy(RosterConstraintProvider.DESIRED_WEIGHT);
    s.setRole(ReadingRole.FIRST_READ);
    verifier.verifyThat(RosterConstraintProvider::desiredSessionUnused).given(s).penalizesBy(0);
  }

  @Test
  void backlogHandedOn() {
    // 10 screened on Monday, 7 on Friday (the last day): nobody reads, so 10 are handed on
    ReadingDemand d = demand(Map.of(0, 10, 4, 7), 0, 10);
    verifier
        .verifyThat(RosterConstraintProvider::backlogHandedOn)
        .given(d, shift(ann, 1, SessionPart.AM, 10, null))
        .penalizesBy(10L * RosterConstraintProvider.HANDED_ON_WEIGHT);
    // Monday's read on Tuesday: only Friday's screens wait, which nobody could have read
    verifier
        .verifyThat(RosterConstraintProvider::backlogHandedOn)
        .given(
            d,
            shift(ann, 1, SessionPart.AM, 10, ReadingRole.FIRST_READ),
            shift(bob, 1, SessionPart.PM, 10, ReadingRole.SECOND_READ))
        .penalizesBy(0);
  }

  @Test
  void surplusCapacity() {
    ReadingDemand d = demand(Map.of(0, 10), 0, 10);
    verifier
        .verifyThat(RosterConstraintProvider::surplusCapacity)
        .given(d, shift(ann, 1, SessionPart.AM, 50, ReadingRole.FIRST_READ))
        .penalizesBy(40);
    verifier
        .verifyThat(RosterConstraintProvider::surplusCapacity)
        .given(
            d,
            shift(ann, 1, SessionPart.AM, 10, ReadingRole.FIRST_READ),
            shift(bob, 1, SessionPart.PM, 10, ReadingRole.SECOND_READ))
        .penalizesBy(0);
  }

  @Test
  void changeFromPublished() {
    ReadingShift changed = shift(ann, 0, ReadingRole.SECOND_READ);
    changed.setPublished(ReadingRole.FIRST_READ);
    ReadingShift dropped = shift(ann, 1, null);
    dropped.setPublished(ReadingRole.FIRST_READ);
    ReadingShift same = shift(bob, 0, ReadingRole.FIRST_READ);
    same.setPublished(ReadingRole.FIRST_READ);
    ReadingShift neverPublished = shift(cat, 0, ReadingRole.FIRST_READ);
    verifier
        .verifyThat(RosterConstraintProvider::changeFromPublished)
        .given(changed, dropped, same, neverPublished)
        .penalizesBy(2L * RosterConstraintProvider.CHANGE_WEIGHT);
    verifier
        .verifyThat(RosterConstraintProvider::changeFromPublished)
        .given(same, neverPublished)
        .penalizesBy(0);
  }

  /** Guard: every rule of the provider has a test of the same name in this class. */
  @Test
  void everyRuleHasATestOfTheSameName() {
    Set<String> rules =
        Arrays.stream(RosterConstraintProvider.class.getDeclaredMethods())
            .filter(m -> m.getReturnType() == Constraint.class)
            .map(Method::getName)
            .collect(Collectors.toSet());
    Set<String> tests =
        Arrays.stream(getClass().getDeclaredMethods())
            .filter(m -> m.isAnnotationPresent(Test.class))
            .map(Method::getName)
            .collect(Collectors.toSet());
    assertThat(rules).hasSize(15);
    assertThat(tests).containsAll(rules);
  }
}
