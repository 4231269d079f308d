package uk.nhs.screeningplanner.forecast.model;

/**
 * Queue formulas for the relief-capacity view (design.md "KPIs": demand, capacity, load, target and
 * relief capacity per queue).
 */
public final class QueueMaths {

  private QueueMaths() {}

  /**
   * Little's law, L = λW: the queue a steady flow of {@code demandPerDay} holds when each item
   * waits {@code targetWaitDays}.
   */
  public static double targetQueue(double demandPerDay, double targetWaitDays) {
    return demandPerDay * targetWaitDays;
  }

  /**
   * Capacity per day that brings {@code queue} to {@code target} in {@code days} while serving the
   * demand: demand + (queue − target) ÷ days. Below demand when the queue is already under target.
   */
  public static double reliefCapacity(double demandPerDay, double queue, double target, int days) {
    if (days <= 0) {
      throw new IllegalArgumentException("days to target must be positive, not " + days);
    }
    return demandPerDay + (queue - target) / days;
  }

  /** Demand ÷ capacity; infinite when there is demand and no capacity, 0 when neither. */
  public static double load(double demand, double capacity) {
    if (capacity <= 0) {
      return demand > 0 ? Double.POSITIVE_INFINITY : 0;
    }
    return demand / capacity;
  }
}
