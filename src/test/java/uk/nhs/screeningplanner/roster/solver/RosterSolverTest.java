package uk.nhs.screeningplanner.roster.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.solver.termination.TerminationConfig;
import uk.nhs.screeningplanner.roster.domain.Reader;
import uk.nhs.screeningplanner.roster.domain.ReaderRoster;
import uk.nhs.screeningplanner.roster.domain.ReadingDemand;
import uk.nhs.screeningplanner.roster.domain.ReadingQueues;
import uk.nhs.screeningplanner.roster.domain.ReadingRole;
import uk.nhs.screeningplanner.roster.domain.ReadingShift;
import uk.nhs.screeningplanner.roster.domain.RosterProblem;
import uk.nhs.screeningplanner.roster.domain.SessionPart;

/**
 * The solver on hand-made rosters whose best lateness is known (issue 15: never stall), with the
 * volume rule off (reading targets 0), so nothing but lateness and waiting pulls sessions in.
 */
class RosterSolverTest {

  static final List<LocalDate> DAYS = RosterProblem.workingDays(LocalDate.of(2026, 11, 30), 1);

  /**
   * Ann and Bob may read 2 sessions this week, 100 cases a session; 300 cases screened on Monday,
   * readable from Tuesday, target 1 working day. 4 sessions read 400 = 2 reads each of 200 cases,
   * so at most 200 cases finish and 100 wait to the next Monday: 5 working days, 4 late each. The
   * best roster reads 200 on Tuesday (Ann and Bob first read in the morning and second read each
   * other's in the afternoon): 400 late case-days, none avoidable.
   */
  static ReaderRoster overloaded() {
    Reader ann = new Reader(1, "ANN", "Ann", false, 2, 0, 0);
    Reader bob = new Reader(2, "BOB", "Bob", false, 2, 0, 0);
    List<ReadingShift> shifts = new ArrayList<>();
    for (Reader r : List.of(ann, bob)) {
      for (int day = 0; day < DAYS.size(); day++) {
        for (SessionPart part : List.of(SessionPart.AM, SessionPart.PM)) {
          shifts.add(
              new ReadingShift(
                  RosterProblem.shiftId(r.getId(), day, part), r, DAYS.get(day), part, day, 100));
        }
      }
    }
    ReadingDemand demand = new ReadingDemand(DAYS, Map.of(DAYS.get(0), 300), 1.0, 0, 1);
    return new ReaderRoster(List.of(ann, bob), demand, shifts);
  }

  static ReaderRoster solve(ReaderRoster problem, boolean lpStart) {
    var config = RosterSolverConfig.create(Duration.ofSeconds(20), lpStart);
    config.setTerminationConfig(
        new TerminationConfig()
            .withSpentLimit(Duration.ofSeconds(20))
            .withUnimprovedSpentLimit(Duration.ofSeconds(3)));
    return SolverFactory.<ReaderRoster>create(config).buildSolver().solve(problem);
  }

  @Test
  void theBoundOfTheOverloadedCaseIsTheHandComputedLateness() {
    ReadingCapacityLp.Result bound =
        ReadingCapacityLp.solve(overloaded(), ReadingCapacityLp.Goal.LATE, false);
    assertThat(bound.solved()).isTrue();
    assertThat(bound.lateCaseDays()).isCloseTo(400, within(1e-6));
    // and it is no more than a roster that exists: the one described above
    ReaderRoster hand = overloaded();
    for (ReadingShift s : hand.getShifts()) {
      if (s.getDayIndex() == 1) {
        s.setRole(s.getPart() == SessionPart.AM ? ReadingRole.FIRST_READ : ReadingRole.SECOND_READ);
      }
    }
    assertThat(ReadingQueues.of(hand).caseDaysLate()).isEqualTo(400);
    ReadingCapacityLp.Result least =
        ReadingCapacityLp.solve(overloaded(), ReadingCapacityLp.Goal.END_QUEUE, false);
    assertThat(least.endQueue()).isCloseTo(100, within(1e-6));
  }

  @Test
  void theSolverReachesTheBestLatenessWithTheVolumeRuleOff() {
    ReaderRoster best = solve(overloaded(), true);
    assertThat(best.getScore().hardScore()).isZero();
    assertThat(best.getScore().mediumScore()).isEqualTo(-400);
  }

  /** Without the LP start, the capacity-pair moves alone get the empty roster going. */
  @Test
  void pairMovesAloneDoNotStallOnAnEmptyRoster() {
    ReaderRoster best = solve(overloaded(), false);
    assertThat(best.getScore().hardScore()).isZero();
    assertThat(best.getScore().mediumScore()).isEqualTo(-400);
  }

  /**
   * 100 cases on Monday and readers with time to spare: reading them on Tuesday needs one first and
   * one second read; every further session would read nothing, so the roster has exactly two.
   */
  @Test
  void sessionsBeyondWhatTheQueuesNeedAreRemoved() {
    ReaderRoster light = overloaded();
    ReaderRoster problem =
        new ReaderRoster(
            light.getReaders(),
            new ReadingDemand(DAYS, Map.of(DAYS.get(0), 100), 1.0, 0, 1),
            light.getShifts());
    ReaderRoster best = solve(problem, true);
    assertThat(best.getScore().hardScore()).isZero();
    assertThat(best.getScore().mediumScore()).isZero();
    List<ReadingShift> rostered =
        best.getShifts().stream().filter(ReadingShift::isAssigned).toList();
    assertThat(rostered).hasSize(2);
    assertThat(rostered).allMatch(s -> s.getDayIndex() == 1);
    assertThat(ReadingQueues.of(best).meanDaysToResult()).isCloseTo(1.0, within(1e-9));
  }
}
