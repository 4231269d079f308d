package uk.nhs.screeningplanner.roster.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReadingQueuesTest {

  static final List<LocalDate> DAYS = RosterProblem.workingDays(LocalDate.of(2026, 11, 30), 1);

  static ReadingDemand demand(Map<Integer, Integer> intake, double second, double arb, int target) {
    Map<LocalDate, Integer> screens = new java.util.HashMap<>();
    intake.forEach((day, n) -> screens.put(DAYS.get(day), n));
    return new ReadingDemand(DAYS, screens, second, arb, target);
  }

  @Test
  void servesTheOldestCasesFirst() {
    ReadingDemand d = demand(Map.of(0, 100, 1, 50), 1.0, 0, 10);
    ReadingQueues q = ReadingQueues.simulate(d, List.of(new DayCapacity(1, 120, 0, 0)));
    QueueDay day1 = q.days().get(1);
    assertThat(day1.awaitingFirst()).isCloseTo(30, within(1e-9));
    assertThat(day1.awaitingSecond()).isCloseTo(120, within(1e-9));
    assertThat(day1.oldestAgeDays()).isEqualTo(1);
    // the 30 left at the end of day 1 are from day 1, because day 0's 100 went first
    QueueDay day2 =
        ReadingQueues.simulate(
                d, List.of(new DayCapacity(1, 120, 0, 0), new DayCapacity(2, 0, 100, 0)))
            .days()
            .get(2);
    assertThat(day2.awaitingSecond()).isCloseTo(20, within(1e-9));
    assertThat(day2.oldestAgeDays()).isEqualTo(1);
  }

  @Test
  void latenessIsCasesTimesWorkingDaysBeyondTheTarget() {
    ReadingDemand d = demand(Map.of(0, 10), 1.0, 0, 1);
    ReadingQueues q = ReadingQueues.simulate(d, List.of(new DayCapacity(2, 10, 10, 0)));
    assertThat(q.caseDaysLate()).isEqualTo(10); // done on day 2, target day 1: 10 cases × 1 day
    assertThat(q.casesLate()).isEqualTo(10);
    ReadingQueues onTime = ReadingQueues.simulate(d, List.of(new DayCapacity(1, 10, 10, 0)));
    assertThat(onTime.caseDaysLate()).isZero();
  }

  @Test
  void casesStillWaitingAtTheEndAreLateByTheirAge() {
    // 5 working days; 10 cases screened on day 0 never read: age 5 at the end, target 2 → 3 days
    ReadingQueues q = ReadingQueues.simulate(demand(Map.of(0, 10), 1.0, 0, 2), List.of());
    assertThat(q.caseDaysLate()).isEqualTo(30);
  }

  @Test
  void arbitrationTakesItsShareAndFinishesTheCase() {
    ReadingDemand d = demand(Map.of(0, 100), 1.0, 0.1, 0);
    ReadingQueues q = ReadingQueues.simulate(d, List.of(new DayCapacity(0, 100, 100, 0)));
    assertThat(q.days().get(0).awaitingArbitration()).isCloseTo(10, within(1e-9));
    assertThat(q.caseDaysLate()).isEqualTo(50); // 10 arbitrations wait to the end: 5 days each
  }

  @Test
  void anAiSecondReaderSendsOnlyDisagreementsToASecondHumanRead() {
    ReadingDemand d = demand(Map.of(0, 100), 0.2, 0, 10);
    ReadingQueues q = ReadingQueues.simulate(d, List.of(new DayCapacity(0, 100, 0, 0)));
    assertThat(q.days().get(0).awaitingSecond()).isCloseTo(20, within(1e-9));
    assertThat(d.humanReadsPerCase()).isCloseTo(1.2, within(1e-9));
  }

  @Test
  void capacityBeyondTheQueueIsUnused() {
    ReadingDemand d = demand(Map.of(0, 10), 1.0, 0, 10);
    ReadingQueues q = ReadingQueues.simulate(d, List.of(new DayCapacity(0, 50, 10, 0)));
    assertThat(q.unusedCapacity()).isEqualTo(40);
    assertThat(q.days().get(0).unusedFirst()).isCloseTo(40, within(1e-9));
  }

  @Test
  void weekendScreensJoinMondaysIntake() {
    Map<LocalDate, Integer> screens = Map.of(LocalDate.of(2026, 11, 29), 7, DAYS.get(0), 3);
    ReadingDemand d = new ReadingDemand(DAYS, screens, 1.0, 0.04, 10);
    assertThat(d.intake(0)).isEqualTo(10);
    assertThat(d.humanReadsPerCase()).isCloseTo(2.04, within(1e-9));
  }
}
