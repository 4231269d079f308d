package uk.nhs.screeningplanner.roster.domain;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.List;

/**
 * The reading queues simulated day by day, first in first out (domain.md §3.1: readers take the
 * oldest bundle). Each working day: the day's screens join the first-read queue; first-read
 * capacity serves it oldest first; cases that need a second read join that queue and are served by
 * the day's second-read capacity; the arbitration share joins the arbitration queue. A case is done
 * when its last read is done. A case done more than the target working days after screening is late
 * by the difference; a case still waiting after the last day counts as done the day after. Amounts
 * are fractional (a share of a day's cases), so the result is exact for the model and rounded once.
 */
public final class ReadingQueues {

  private final ReadingDemand demand;
  private final int[][] capacity;
  private final Deque<Cohort> first = new ArrayDeque<>();
  private final Deque<Cohort> second = new ArrayDeque<>();
  private final Deque<Cohort> arbitration = new ArrayDeque<>();
  private final List<QueueDay> days = new ArrayList<>();
  private double caseDaysLate;
  private double casesLate;
  private double unused;

  private ReadingQueues(ReadingDemand demand, Collection<DayCapacity> capacities) {
    this.demand = demand;
    this.capacity = new int[demand.dayCount()][3];
    for (DayCapacity day : capacities) {
      if (day.dayIndex() >= 0 && day.dayIndex() < capacity.length) {
        capacity[day.dayIndex()] = new int[] {day.firstRead(), day.secondRead(), day.arbitration()};
      }
    }
  }

  /** The queues of a roster's current roles. */
  public static ReadingQueues of(ReaderRoster roster) {
    java.util.Map<Integer, int[]> byDay = new java.util.HashMap<>();
    for (ReadingShift shift : roster.getShifts()) {
      if (shift.getRole() != null) {
        byDay.computeIfAbsent(shift.getDayIndex(), d -> new int[3])[shift.getRole().ordinal()] +=
            shift.getCapacity();
      }
    }
    List<DayCapacity> caps = new ArrayList<>();
    byDay.forEach((day, c) -> caps.add(new DayCapacity(day, c[0], c[1], c[2])));
    return simulate(roster.getDemand(), caps);
  }

  /** Runs the simulation over the whole horizon. */
  public static ReadingQueues simulate(ReadingDemand demand, Collection<DayCapacity> capacities) {
    ReadingQueues queues = new ReadingQueues(demand, capacities);
    queues.run();
    return queues;
  }

  private void run() {
    int count = demand.dayCount();
    double secondShare = demand.secondReadShare();
    double arbShare = demand.arbitrationShareOfSecondReads();
    for (int day = 0; day < count; day++) {
      first.addLast(new Cohort(day, demand.intake(day)));
      double unusedFirst = serve(first, capacity[day][0], day, second, secondShare);
      double unusedSecond = serve(second, capacity[day][1], day, arbitration, arbShare);
      double unusedArb = serve(arbitration, capacity[day][2], day, null, 0);
      unused += unusedFirst + unusedSecond + unusedArb;
      days.add(
          new QueueDay(
              day,
              total(first),
              total(second),
              total(arbitration),
              oldestAge(day),
              unusedFirst,
              unusedSecond,
              unusedArb));
    }
    for (Deque<Cohort> queue : List.of(first, second, arbitration)) {
      for (Cohort cohort : queue) {
        finish(cohort.day, cohort.cases, count);
      }
    }
  }

  /** Serves a queue oldest first; returns the capacity left unused. */
  private double serve(Deque<Cohort> queue, double cap, int day, Deque<Cohort> next, double share) {
    double left = cap;
    while (left > 1e-9 && !queue.isEmpty()) {
      Cohort oldest = queue.peekFirst();
      double served = Math.min(left, oldest.cases);
      left -= served;
      oldest.cases -= served;
      if (oldest.cases <= 1e-9) {
        queue.removeFirst();
      }
      double onward = served * share;
      if (next != null && onward > 0) {
        addTo(next, oldest.day, onward);
      }
      finish(oldest.day, served - onward, day);
    }
    return left;
  }

  private static void addTo(Deque<Cohort> queue, int day, double cases) {
    Cohort last = queue.peekLast();
    if (last != null && last.day == day) {
      last.cases += cases;
    } else {
      queue.addLast(new Cohort(day, cases));
    }
  }

  private void finish(int screenedDay, double cases, int doneDay) {
    int late = doneDay - screenedDay - demand.targetWorkingDays();
    if (late > 0 && cases > 0) {
      caseDaysLate += cases * late;
      casesLate += cases;
    }
  }

  private int oldestAge(int day) {
    int oldest = day + 1;
    for (Deque<Cohort> queue : List.of(first, second, arbitration)) {
      for (Cohort cohort : queue) {
        if (cohort.cases > 1e-9) {
          oldest = Math.min(oldest, cohort.day);
          break;
        }
      }
    }
    return oldest > day ? 0 : day - oldest;
  }

  private static double total(Deque<Cohort> queue) {
    double sum = 0;
    for (Cohort cohort : queue) {
      sum += cohort.cases;
    }
    return sum;
  }

  /** The reading target the lateness is measured against, in working days. */
  public int targetWorkingDays() {
    return demand.targetWorkingDays();
  }

  /** Σ cases × working days beyond the target, rounded to a whole number. */
  public long caseDaysLate() {
    return Math.round(caseDaysLate);
  }

  /** Cases finishing (or still waiting at the end) later than the target, rounded. */
  public long casesLate() {
    return Math.round(casesLate);
  }

  /** Capacity planned where that role's queue was already empty, in cases, rounded. */
  public long unusedCapacity() {
    return Math.round(unused);
  }

  public List<QueueDay> days() {
    return List.copyOf(days);
  }

  private static final class Cohort {
    private final int day;
    private double cases;

    private Cohort(int day, double cases) {
      this.day = day;
      this.cases = cases;
    }
  }
}
