package uk.nhs.screeningplanner.forecast.model;

import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;

/**
 * A first-in, first-out queue of cases (or women) counted as amounts, oldest first by the day they
 * started their wait (their origin: the screening day for reading and assessment), split by IMD
 * quintile (index 0 unknown, 1 most deprived to 5 least). Amounts are fractional: the forecast
 * works on expected counts, not people.
 */
public final class FifoQueue {

  /** Amounts below this are treated as empty (rounding of fractional flows). */
  static final double EPSILON = 1e-9;

  /** What one serve took from one origin day, by quintile. */
  @FunctionalInterface
  public interface Taken {
    void accept(int origin, double[] byQuintile);
  }

  private final TreeMap<Integer, double[]> cohorts = new TreeMap<>();
  private double total;

  /** Adds {@code amount} that started waiting on day {@code origin}. */
  public void add(int origin, int quintile, double amount) {
    if (amount <= EPSILON) {
      return;
    }
    cohorts.computeIfAbsent(origin, o -> new double[Quintiles.COUNT])[quintile] += amount;
    total += amount;
  }

  /** Adds amounts by quintile that started waiting on day {@code origin}. */
  public void add(int origin, double[] byQuintile) {
    for (int q = 0; q < Quintiles.COUNT; q++) {
      add(origin, q, byQuintile[q]);
    }
  }

  /**
   * Serves up to {@code capacity}, oldest origin first (an origin day's quintiles pro rata), and
   * reports each origin's share to {@code taken}. Returns the amount served.
   */
  public double serve(double capacity, Taken taken) {
    double left = capacity;
    Iterator<Map.Entry<Integer, double[]>> it = cohorts.entrySet().iterator();
    while (left > EPSILON && it.hasNext()) {
      Map.Entry<Integer, double[]> e = it.next();
      double[] amounts = e.getValue();
      double size = Quintiles.sum(amounts);
      double share = Math.min(1.0, left / size);
      double[] out = new double[Quintiles.COUNT];
      for (int q = 0; q < Quintiles.COUNT; q++) {
        out[q] = amounts[q] * share;
        amounts[q] -= out[q];
      }
      double served = size * share;
      left -= served;
      total -= served;
      if (share >= 1.0 || Quintiles.sum(amounts) <= EPSILON) {
        it.remove();
      }
      taken.accept(e.getKey(), out);
    }
    if (cohorts.isEmpty()) {
      total = 0;
    }
    return capacity - Math.max(0, left);
  }

  public double size() {
    return Math.max(0, total);
  }

  public double[] sizeByQuintile() {
    double[] sizes = new double[Quintiles.COUNT];
    cohorts.values().forEach(a -> Quintiles.addInto(sizes, a, 1.0));
    return sizes;
  }

  /** The origin day of the oldest amount waiting, or -1 when empty. */
  public int oldestOrigin() {
    return cohorts.isEmpty() ? -1 : cohorts.firstKey();
  }

  /** Moves everything waiting here into {@code other}, keeping origins. */
  public void drainInto(FifoQueue other) {
    cohorts.forEach(other::add);
    cohorts.clear();
    total = 0;
  }
}
