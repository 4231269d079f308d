package uk.nhs.screeningplanner.roster.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The queue simulation on hand-computed cases. A day's screens are read from the next working day;
 * within a day a case first read in the morning can be second read in the afternoon.
 */
class ReadingQueuesTest {

  static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);
  static final Reader ANN = new Reader(1, "ANN", "Ann", false, 10, 0, 0);
  static final Reader BOB = new Reader(2, "BOB", "Bob", true, 10, 0, 0);

  static ReadingDemand demand(int weeks, Map<Integer, Integer> intake, double arb, int target) {
    return demand(weeks, intake, arb, target, OpeningBacklog.NONE);
  }

  static ReadingDemand demand(
      int weeks, Map<Integer, Integer> intake, double arb, int target, OpeningBacklog opening) {
    List<LocalDate> days = RosterProblem.workingDays(MONDAY, weeks);
    Map<LocalDate, Integer> screens = new HashMap<>();
    intake.forEach((day, n) -> screens.put(days.get(day), n));
    return new ReadingDemand(days, screens, 1.0, arb, target, opening);
  }

  /** Sessions as a list of day plans. */
  static final class Plan {
    final Map<Integer, List<DayPlan.Session>> byDay = new HashMap<>();

    Plan add(Reader r, int day, SessionPart part, ReadingRole role, int capacity) {
      byDay
          .computeIfAbsent(day, d -> new ArrayList<>())
          .add(new DayPlan.Session(r, part, role, capacity));
      return this;
    }

    List<DayPlan> days() {
      List<DayPlan> plans = new ArrayList<>();
      byDay.forEach((day, sessions) -> plans.add(new DayPlan(day, sessions)));
      return plans;
    }
  }

  static Map<Integer, Integer> every(int days, int cases) {
    Map<Integer, Integer> intake = new HashMap<>();
    for (int d = 0; d < days; d++) {
      intake.put(d, cases);
    }
    return intake;
  }

  @Test
  void screensAreReadFromTheNextDayOldestFirst() {
    ReadingDemand d = demand(1, Map.of(0, 100, 1, 50), 0, 10);
    Plan plan =
        new Plan()
            .add(ANN, 1, SessionPart.AM, ReadingRole.FIRST_READ, 120)
            .add(ANN, 2, SessionPart.AM, ReadingRole.FIRST_READ, 120)
            .add(BOB, 2, SessionPart.PM, ReadingRole.SECOND_READ, 100);
    ReadingQueues q = ReadingQueues.simulate(d, plan.days());
    // day 1: only day 0's 100 are there to read (day 1's 50 arrive at the end of the day)
    QueueDay day1 = q.days().get(1);
    assertThat(day1.awaitingFirst()).isCloseTo(50, within(1e-9));
    assertThat(day1.awaitingSecond()).isCloseTo(100, within(1e-9));
    assertThat(day1.unusedFirst()).isCloseTo(20, within(1e-9));
    // day 2: Ann first reads day 1's 50, Bob second reads 100 (the oldest, day 0's)
    QueueDay day2 = q.days().get(2);
    assertThat(day2.awaitingFirst()).isZero();
    assertThat(day2.awaitingSecond()).isCloseTo(50, within(1e-9));
    assertThat(day2.oldestAgeDays()).isEqualTo(1);
  }

  @Test
  void latenessIsCasesTimesWorkingDaysBeyondTheTarget() {
    ReadingDemand d = demand(1, Map.of(0, 10), 0, 1);
    Plan late =
        new Plan()
            .add(ANN, 2, SessionPart.AM, ReadingRole.FIRST_READ, 10)
            .add(BOB, 2, SessionPart.PM, ReadingRole.SECOND_READ, 10);
    ReadingQueues q = ReadingQueues.simulate(d, late.days());
    assertThat(q.caseDaysLate()).isEqualTo(10); // done on day 2: 2 days, target 1
    assertThat(q.casesLate()).isEqualTo(10);
    assertThat(q.waitingCaseDays()).isEqualTo(20);
    Plan onTime =
        new Plan()
            .add(ANN, 1, SessionPart.AM, ReadingRole.FIRST_READ, 10)
            .add(BOB, 1, SessionPart.PM, ReadingRole.SECOND_READ, 10);
    assertThat(ReadingQueues.simulate(d, onTime.days()).caseDaysLate()).isZero();
  }

  @Test
  void aSecondReadWaitsForTheNextSession() {
    ReadingDemand d = demand(1, Map.of(0, 10), 0, 10);
    Plan sameSession =
        new Plan()
            .add(ANN, 1, SessionPart.AM, ReadingRole.FIRST_READ, 10)
            .add(BOB, 1, SessionPart.AM, ReadingRole.SECOND_READ, 10);
    ReadingQueues q = ReadingQueues.simulate(d, sameSession.days());
    assertThat(q.days().get(1).awaitingSecond()).isCloseTo(10, within(1e-9));
    assertThat(q.unusedCapacity()).isEqualTo(10);
  }

  @Test
  void casesStillWaitingAtTheEndCountAsDoneOnTheNextWorkingDay() {
    // 5 working days; 10 cases screened on day 0 never read: done on day 5 at the earliest,
    // 5 working days after screening, 3 beyond a 2-day target
    ReadingQueues q = ReadingQueues.simulate(demand(1, Map.of(0, 10), 0, 2), List.of());
    assertThat(q.caseDaysLate()).isEqualTo(30);
    assertThat(q.waitingCaseDays()).isEqualTo(50);
    assertThat(q.queueAtEnd()).isCloseTo(10, within(1e-9));
  }

  @Test
  void arbitrationTakesItsShareAndFinishesTheCase() {
    ReadingDemand d = demand(1, Map.of(0, 100), 0.1, 0);
    Plan plan =
        new Plan()
            .add(ANN, 1, SessionPart.AM, ReadingRole.FIRST_READ, 100)
            .add(BOB, 1, SessionPart.PM, ReadingRole.SECOND_READ, 100);
    ReadingQueues q = ReadingQueues.simulate(d, plan.days());
    assertThat(q.days().get(1).awaitingArbitration()).isCloseTo(10, within(1e-9));
    // 90 done on day 1 (1 day each), 10 arbitrations wait to the end (day 5: 5 days each)
    assertThat(q.caseDaysLate()).isEqualTo(90 + 50);
  }

  @Test
  void anAiSecondReaderSendsOnlyDisagreementsToASecondHumanRead() {
    List<LocalDate> days = RosterProblem.workingDays(MONDAY, 1);
    ReadingDemand d = new ReadingDemand(days, Map.of(days.get(0), 100), 0.2, 0, 10);
    Plan plan = new Plan().add(ANN, 1, SessionPart.AM, ReadingRole.FIRST_READ, 100);
    ReadingQueues q = ReadingQueues.simulate(d, plan.days());
    assertThat(q.days().get(1).awaitingSecond()).isCloseTo(20, within(1e-9));
    assertThat(d.humanReadsPerCase()).isCloseTo(1.2, within(1e-9));
  }

  @Test
  void capacityBeyondTheQueueIsUnused() {
    ReadingDemand d = demand(1, Map.of(0, 10), 0, 10);
    Plan plan =
        new Plan()
            .add(ANN, 1, SessionPart.AM, ReadingRole.FIRST_READ, 50)
            .add(BOB, 1, SessionPart.PM, ReadingRole.SECOND_READ, 10);
    ReadingQueues q = ReadingQueues.simulate(d, plan.days());
    assertThat(q.unusedCapacity()).isEqualTo(40);
    assertThat(q.days().get(1).unusedFirst()).isCloseTo(40, within(1e-9));
  }

  @Test
  void weekendAndBankHolidayScreensJoinTheNextWorkingDay() {
    List<LocalDate> days = RosterProblem.workingDays(MONDAY, 1);
    Map<LocalDate, Integer> screens = Map.of(LocalDate.of(2026, 11, 29), 7, days.get(0), 3);
    ReadingDemand d = new ReadingDemand(days, screens, 1.0, 0.04, 10);
    assertThat(d.intake(0)).isEqualTo(10);
    assertThat(d.humanReadsPerCase()).isCloseTo(2.04, within(1e-9));
    // Christmas 2026: Friday 25 and Monday 28 December are bank holidays
    List<LocalDate> christmas = RosterProblem.workingDays(LocalDate.of(2026, 12, 21), 2);
    ReadingDemand x =
        new ReadingDemand(christmas, Map.of(LocalDate.of(2026, 12, 25), 5), 1.0, 0, 10);
    assertThat(x.intake(6)).isEqualTo(5); // Tuesday 29 December
    assertThat(x.isWorkingDay(4)).isFalse();
    assertThat(x.workingDayCount()).isEqualTo(7); // 10 weekdays less 25, 28 Dec and 1 Jan
  }

  /** Issue 13: a bank holiday is not a working day for the reading target. */
  @Test
  void bankHolidaysDoNotCountAsWorkingDays() {
    List<LocalDate> christmas = RosterProblem.workingDays(LocalDate.of(2026, 12, 21), 2);
    ReadingDemand d = new ReadingDemand(christmas, Map.of(christmas.get(3), 100), 1.0, 0, 1);
    // screened Thursday 24 December, read Tuesday 29 December (day 6): one working day later
    Plan plan =
        new Plan()
            .add(ANN, 6, SessionPart.AM, ReadingRole.FIRST_READ, 100)
            .add(BOB, 6, SessionPart.PM, ReadingRole.SECOND_READ, 100);
    ReadingQueues q = ReadingQueues.simulate(d, plan.days());
    assertThat(q.caseDaysLate()).isZero();
    assertThat(q.waitingCaseDays()).isEqualTo(100);
    assertThat(q.meanDaysToResult()).isCloseTo(1.0, within(1e-9));
  }

  /** Issue 12: constant intake and enough readers: the queue stays at one day's screens. */
  @Test
  void constantIntakeWithEnoughReadersKeepsTheQueueAtOneDay() {
    int weeks = 3; // 30 November to 18 December 2026: no bank holiday
    OpeningBacklog yesterday =
        new OpeningBacklog(
            List.of(new OpeningBacklog.Cohort(1, OpeningBacklog.Stage.FIRST_READ, 0, 0, 100)),
            "the day before");
    ReadingDemand d = demand(weeks, every(15, 100), 0, 10, yesterday);
    Plan plan = new Plan();
    for (int day = 0; day < 15; day++) {
      plan.add(ANN, day, SessionPart.AM, ReadingRole.FIRST_READ, 150)
          .add(BOB, day, SessionPart.PM, ReadingRole.SECOND_READ, 150);
    }
    ReadingQueues q = ReadingQueues.simulate(d, plan.days());
    for (QueueDay day : q.days()) {
      assertThat(day.waiting()).isCloseTo(100, within(1e-9));
      assertThat(day.oldestAgeDays()).isZero();
    }
    assertThat(q.queueAtStart()).isCloseTo(100, within(1e-9));
    assertThat(q.queueAtEnd()).isCloseTo(100, within(1e-9));
    assertThat(q.caseDaysLate()).isZero();
    assertThat(q.cases()).isCloseTo(1600, within(1e-6));
    assertThat(q.meanDaysToResult()).isCloseTo(1.0, within(1e-9));
    assertThat(q.p95DaysToResult()).isEqualTo(1);
    assertThat(q.blocked()).isEmpty();
  }

  /**
   * Issue 12: a week in which nobody reads. 100 cases a day for 3 weeks; Ann first reads and Bob
   * second reads 200 a day, except in week 2. Week 1 reads each day's screens the next day (400
   * cases, 1 day each). Week 2 reads nothing: 600 wait at its end (days 4 to 9). Week 3 reads 200 a
   * day oldest first: day 10 reads days 4 and 5 (6 and 5 days), day 11 days 6, 7 (5, 4), day 12
   * days 8, 9 (4, 3), day 13 days 10, 11 (3, 2), day 14 days 12, 13 (2, 1); day 14's 100 are read
   * on the next working day (1). Waiting: 400 + 100 × (6+5+5+4+4+3+3+2+2+1+1) = 4,000 case-days
   * over 1,500 cases, mean 2.67; sorted, the 1,425th case (95%) waits 6 days. With a 5-day target
   * only day 4's 100 are late, by 1 day.
   */
  @Test
  void aWeekOfAbsenceBuildsABacklogThatClears() {
    ReadingDemand d = demand(3, every(15, 100), 0, 5);
    Plan plan = new Plan();
    for (int day = 0; day < 15; day++) {
      if (day < 5 || day >= 10) {
        plan.add(ANN, day, SessionPart.AM, ReadingRole.FIRST_READ, 200)
            .add(BOB, day, SessionPart.PM, ReadingRole.SECOND_READ, 200);
      }
    }
    ReadingQueues q = ReadingQueues.simulate(d, plan.days());
    assertThat(q.days().get(9).waiting()).isCloseTo(600, within(1e-9));
    assertThat(q.days().get(9).oldestAgeDays()).isEqualTo(5);
    assertThat(q.days().get(12).waiting()).isCloseTo(300, within(1e-9));
    assertThat(q.days().get(14).waiting()).isCloseTo(100, within(1e-9));
    assertThat(q.queueAtEnd()).isCloseTo(100, within(1e-9));
    assertThat(q.waitingCaseDays()).isEqualTo(4000);
    assertThat(q.meanDaysToResult()).isCloseTo(4000 / 1500.0, within(1e-9));
    assertThat(q.p95DaysToResult()).isEqualTo(6);
    assertThat(q.caseDaysLate()).isEqualTo(100);
    assertThat(q.casesLate()).isEqualTo(100);
  }
}
