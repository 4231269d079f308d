package uk.nhs.screeningplanner.roster.solver;

import jakarta.annotation.PreDestroy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import uk.nhs.screeningplanner.roster.domain.OpeningBacklog;
import uk.nhs.screeningplanner.roster.domain.Preference;
import uk.nhs.screeningplanner.roster.domain.Reader;
import uk.nhs.screeningplanner.roster.domain.ReaderRoster;
import uk.nhs.screeningplanner.roster.domain.ReadingDemand;
import uk.nhs.screeningplanner.roster.domain.ReadingShift;

/**
 * The lower bound of each roster (issue 15): the fewest late case-days any roster of these readers'
 * job-planned sessions can reach ({@link ReadingCapacityLp}, goal LATE), and the least backlog the
 * horizon can end with (goal END_QUEUE). Computed in the background, one at a time, and kept per
 * roster until what it depends on (readers, availability, job plans, demand, opening backlog)
 * changes; the roles chosen do not matter, so a solve or an edit does not recompute it.
 */
@Component
public class RosterBounds {

  private static final Logger LOG = LoggerFactory.getLogger(RosterBounds.class);

  /**
   * A computed bound.
   *
   * @param lateCaseDays no roster has fewer late case-days than this (rounded down)
   * @param leastEndQueue no roster ends the horizon with fewer cases waiting
   */
  public record Bound(boolean solved, long lateCaseDays, double leastEndQueue, long millis) {}

  private record Entry(long key, Bound bound, List<Runnable> waiting) {}

  private final ExecutorService executor =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "roster-bound");
            t.setDaemon(true);
            return t;
          });
  private final Map<Long, Entry> entries = new ConcurrentHashMap<>();

  /**
   * The bound of a roster if it is known for this problem; otherwise it is computed in the
   * background and {@code ready} runs when it is (on the background thread).
   */
  public Optional<Bound> bound(long planId, ReaderRoster roster, Runnable ready) {
    long key = fingerprint(roster);
    synchronized (entries) {
      Entry e = entries.get(planId);
      if (e != null && e.key() == key) {
        if (e.bound() != null) {
          return Optional.of(e.bound());
        }
        if (ready != null) {
          e.waiting().add(ready);
        }
        return Optional.empty();
      }
      List<Runnable> waiting = new ArrayList<>();
      if (ready != null) {
        waiting.add(ready);
      }
      entries.put(planId, new Entry(key, null, waiting));
    }
    executor.submit(() -> compute(planId, key, roster));
    return Optional.empty();
  }

  /** Computes now, on the caller's thread (the benchmark and tests). */
  public static Bound compute(ReaderRoster roster) {
    long start = System.currentTimeMillis();
    ReadingCapacityLp.Result late =
        ReadingCapacityLp.solve(roster, ReadingCapacityLp.Goal.LATE, false);
    ReadingCapacityLp.Result end =
        ReadingCapacityLp.solve(roster, ReadingCapacityLp.Goal.END_QUEUE, false);
    boolean solved = late.solved() && end.solved();
    return new Bound(
        solved,
        solved ? (long) Math.floor(late.lateCaseDays() + 1e-6) : 0,
        solved ? end.endQueue() : 0,
        System.currentTimeMillis() - start);
  }

  private void compute(long planId, long key, ReaderRoster roster) {
    Bound bound;
    try {
      bound = compute(roster);
    } catch (RuntimeException | LinkageError e) {
      LOG.warn("Reader roster bound failed: {}", e.toString());
      bound = new Bound(false, 0, 0, 0);
    }
    List<Runnable> ready;
    synchronized (entries) {
      Entry e = entries.get(planId);
      if (e == null || e.key() != key) {
        return;
      }
      ready = e.waiting();
      entries.put(planId, new Entry(key, bound, List.of()));
    }
    for (Runnable r : ready) {
      try {
        r.run();
      } catch (RuntimeException ex) {
        LOG.debug("Roster bound listener failed", ex);
      }
    }
  }

  /** What the bound depends on: readers, sessions' availability and capacity, demand, backlog. */
  static long fingerprint(ReaderRoster roster) {
    long h = 17;
    for (Reader r : roster.getReaders()) {
      h = 31 * h + Objects.hash(r.getId(), r.isArbitrator(), r.getReadingSessionsPerWeek());
    }
    for (ReadingShift s : roster.getShifts()) {
      h =
          31 * h
              + Objects.hash(
                  s.getId(),
                  s.getCapacity(),
                  s.getWeek(),
                  s.getPreference() == Preference.UNAVAILABLE);
    }
    ReadingDemand d = roster.getDemand();
    for (int i = 0; i < d.dayCount(); i++) {
      h = 31 * h + d.intake(i);
    }
    for (OpeningBacklog.Cohort c : d.opening().cohorts()) {
      h = 31 * h + c.hashCode();
    }
    return 31 * h
        + Objects.hash(
            d.secondReadShare(), d.arbitrationRate(), d.targetWorkingDays(), d.days().get(0));
  }

  @PreDestroy
  void close() {
    executor.shutdownNow();
  }
}
