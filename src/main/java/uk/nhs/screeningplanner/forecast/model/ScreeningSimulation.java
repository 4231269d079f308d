package uk.nhs.screeningplanner.forecast.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Invitations and screens day by day (issue #14 model 1). Each unit has a first-in, first-out queue
 * of women offered appointments at its visits; each day it screens up to its slots of expected
 * attenders (a woman invited uses her batch's attendance ratio of a slot: bookings = slots ÷
 * uptake, domain.md §9). Unused slots are lost; women a unit could not reach carry over to its next
 * days and, from the end of the calendar, to the pool, which the units' standard throughput beyond
 * the calendar serves, oldest first. A batch fully invited falls due again one round after its
 * first invitation.
 */
public final class ScreeningSimulation {

  private static final double EPSILON = FifoQueue.EPSILON;

  private ScreeningSimulation() {}

  private static final class Portion {
    final State batch;
    final long order;
    double women;

    Portion(State batch, double women, long order) {
      this.batch = batch;
      this.women = women;
      this.order = order;
    }
  }

  private static final Comparator<Portion> MOST_OVERDUE_FIRST =
      Comparator.<Portion>comparingInt(p -> p.batch.batch.dueDay()).thenComparingLong(p -> p.order);

  private static final class State {
    final Batch batch;
    double invited;
    double invitedByDue;
    int firstInvite = -1;
    int lastInvite = -1;

    State(Batch batch) {
      this.batch = batch;
    }
  }

  public static ScreeningOutcome run(ScreeningInput in) {
    int days = in.days();
    int units = in.unitSlots().length;
    List<PriorityQueue<Portion>> queues = new ArrayList<>();
    for (int u = 0; u <= units; u++) {
      queues.add(new PriorityQueue<>(MOST_OVERDUE_FIRST));
    }
    PriorityQueue<Portion> pool = queues.get(units);
    long order = 0;
    List<State> states = new ArrayList<>();
    List<List<State>> releaseOn = new ArrayList<>();
    for (int d = 0; d < days; d++) {
      releaseOn.add(new ArrayList<>());
    }
    in.batches().forEach(b -> schedule(new State(b), states, releaseOn, days));

    double[][] screens = new double[days][Quintiles.COUNT];
    double[] invited = new double[days];
    double[] slots = new double[days];
    double[] demand = new double[days];
    double[][] overdue = new double[days][Quintiles.COUNT];
    double[] waiting = new double[days];

    for (int d = 0; d < days; d++) {
      for (State s : releaseOn.get(d)) {
        Batch b = s.batch;
        int unit = b.unit() < 0 || b.unit() >= units || d >= in.poolFrom() ? units : b.unit();
        queues.get(unit).add(new Portion(s, b.women(), order++));
        demand[d] += b.attenders();
      }
      if (d >= in.poolFrom()) {
        for (int u = 0; u < units; u++) {
          pool.addAll(queues.get(u));
          queues.get(u).clear();
        }
      }
      List<State> completed = new ArrayList<>();
      for (int u = 0; u < units; u++) {
        double capacity = in.unitSlots()[u][d];
        slots[d] += capacity;
        serve(queues.get(u), capacity, d, screens[d], invited, completed);
      }
      double poolCapacity = in.poolSlots()[d];
      slots[d] += poolCapacity;
      double left = serve(pool, poolCapacity, d, screens[d], invited, completed);
      // the pool's spare slots (extra sessions) take women carried over at any unit, oldest first
      for (int u = 0; u < units && left > EPSILON; u++) {
        left = serve(queues.get(u), left, d, screens[d], invited, completed);
      }
      for (State s : completed) {
        int next = in.roundDays()[s.firstInvite];
        if (next < days) {
          Batch b = s.batch;
          Batch again =
              new Batch(
                  b.practice(),
                  b.quintile(),
                  b.women(),
                  b.attenders(),
                  next,
                  -1,
                  Math.max(d + 1, next - in.earlyDays()),
                  b.prevalentShare());
          schedule(new State(again), states, releaseOn, days);
        }
      }
      for (State s : states) {
        if (s.batch.dueDay() <= d) {
          overdue[d][s.batch.quintile()] += Math.max(0, s.batch.women() - s.invited);
        }
      }
      for (PriorityQueue<Portion> q : queues) {
        for (Portion p : q) {
          waiting[d] += p.women;
        }
      }
    }
    List<ScreeningOutcome.BatchResult> results = new ArrayList<>();
    for (State s : states) {
      Batch b = s.batch;
      boolean done = s.invited >= b.women() - 1e-6;
      results.add(
          new ScreeningOutcome.BatchResult(
              b.practice(),
              b.quintile(),
              b.dueDay(),
              b.women(),
              s.invitedByDue,
              s.invited,
              done ? s.lastInvite : -1));
    }
    return new ScreeningOutcome(screens, invited, slots, demand, overdue, waiting, results);
  }

  private static void schedule(State s, List<State> states, List<List<State>> releaseOn, int days) {
    states.add(s);
    int day = Math.max(0, s.batch.releaseDay());
    if (day < days) {
      releaseOn.get(day).add(s);
    }
  }

  /** Serves a unit's queue with {@code capacity} slots; returns the slots left. */
  private static double serve(
      PriorityQueue<Portion> queue,
      double capacity,
      int day,
      double[] screens,
      double[] invited,
      List<State> completed) {
    double left = capacity;
    while (left > EPSILON && !queue.isEmpty()) {
      Portion p = queue.peek();
      State s = p.batch;
      double ratio = s.batch.attendRatio();
      double women = ratio <= 0 ? p.women : Math.min(p.women, left / ratio);
      p.women -= women;
      left -= women * ratio;
      screens[s.batch.quintile()] += women * ratio;
      invited[day] += women;
      s.invited += women;
      if (day <= s.batch.dueDay()) {
        s.invitedByDue += women;
      }
      if (s.firstInvite < 0) {
        s.firstInvite = day;
      }
      s.lastInvite = day;
      if (p.women <= EPSILON) {
        queue.poll();
        if (s.invited >= s.batch.women() - 1e-6 && !completed.contains(s)) {
          completed.add(s);
        }
      }
    }
    return left;
  }
}
