package uk.nhs.screeningplanner.roster.solver;

import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.optaplanner.core.api.score.ScoreExplanation;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import uk.nhs.screeningplanner.planning.BackgroundSolver;
import uk.nhs.screeningplanner.roster.domain.ReaderRoster;

/**
 * The one solver manager of the reader roster (one job per roster plan at a time), and score
 * explanations. Jobs are recorded by the caller through the planning module's SolverJobService.
 */
@Component
public class RosterSolving {

  /** A run stops early when the best score has not improved for this long. */
  static final Duration UNIMPROVED = Duration.ofSeconds(30);

  /**
   * A run whose late case-days have reached the roster's lower bound (nothing to gain there) stops
   * once the rest of the score has not improved for this long.
   */
  static final Duration UNIMPROVED_AT_BOUND = Duration.ofSeconds(5);

  /** The most any run takes by default, and the least. */
  static final long MAX_SECONDS = 300;

  static final long MIN_SECONDS = 30;

  private final long fixedSeconds;
  private final RosterBounds bounds;
  private final Map<Long, Watch> watches = new ConcurrentHashMap<>();
  private final ScheduledExecutorService watcher =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "roster-solve-watch");
            t.setDaemon(true);
            return t;
          });

  /** A running solve: when it started, its limit, its best score and when that last improved. */
  private static final class Watch {
    private final long started = System.nanoTime();
    private final Duration limit;
    private final ReaderRoster problem;
    private volatile HardMediumSoftLongScore best;
    private volatile long improved = System.nanoTime();

    Watch(Duration limit, ReaderRoster problem) {
      this.limit = limit;
      this.problem = problem;
    }
  }

  private final SolverFactory<ReaderRoster> factory;
  private final BackgroundSolver<ReaderRoster> manager =
      new BackgroundSolver<>("roster", BackgroundSolver.defaultParallelism());
  private final SolutionManager<ReaderRoster, HardMediumSoftLongScore> solutions;
  private final Set<Long> stopping = ConcurrentHashMap.newKeySet();
  private final Map<Long, Instant> lastSaved = new ConcurrentHashMap<>();

  /**
   * @param seconds a fixed time limit per run; 0 (the default) lets it grow with the problem (see
   *     {@link #limitFor})
   */
  RosterSolving(@Value("${planner.roster.solve-seconds:0}") long seconds, RosterBounds bounds) {
    this.fixedSeconds = seconds;
    this.bounds = bounds;
    var config = RosterSolverConfig.create(Duration.ofSeconds(seconds > 0 ? seconds : MAX_SECONDS));
    config.getTerminationConfig().withUnimprovedSpentLimit(UNIMPROVED);
    this.factory = SolverFactory.create(config);
    this.solutions = SolutionManager.create(factory);
    watcher.scheduleWithFixedDelay(this::check, 1, 1, TimeUnit.SECONDS);
  }

  /**
   * The time a run may take: {@code planner.roster.solve-seconds} when set, otherwise 30 s plus 1 s
   * per 100 reader sessions, at most 300 s (the 12-week sample, 1,200 sessions: 42 s; the 7-service
   * consortium, 8,160: 112 s).
   */
  Duration limitFor(ReaderRoster roster) {
    if (fixedSeconds > 0) {
      return Duration.ofSeconds(fixedSeconds);
    }
    long seconds = MIN_SECONDS + roster.getShifts().size() / 100;
    return Duration.ofSeconds(Math.min(MAX_SECONDS, seconds));
  }

  /** Ends runs past their limit, and runs at the bound whose soft score has stopped improving. */
  private void check() {
    long now = System.nanoTime();
    watches.forEach(
        (planId, w) -> {
          try {
            boolean late = now - w.started > w.limit.toNanos();
            boolean atBound = false;
            HardMediumSoftLongScore best = w.best;
            if (!late && best != null && best.hardScore() == 0) {
              var bound = bounds.bound(planId, w.problem, null);
              atBound =
                  bound.isPresent()
                      && bound.get().solved()
                      && -best.mediumScore() <= bound.get().lateCaseDays()
                      && now - w.improved > UNIMPROVED_AT_BOUND.toNanos();
            }
            if ((late || atBound) && isSolving(planId)) {
              manager.terminateEarly(planId);
            }
          } catch (RuntimeException e) {
            // a check that fails leaves the run to its own limits
          }
        });
  }

  /** Starts solving; better solutions and the final one go to the consumers on solver threads. */
  public void start(
      long planId,
      Supplier<ReaderRoster> problem,
      Consumer<ReaderRoster> better,
      BiConsumer<ReaderRoster, Boolean> finished,
      Consumer<Throwable> failed) {
    stopping.remove(planId);
    manager.solve(
        planId,
        factory,
        () -> {
          ReaderRoster roster = problem.get();
          watches.put(planId, new Watch(limitFor(roster), roster));
          bounds.bound(planId, roster, null);
          return roster;
        },
        best -> {
          Watch w = watches.get(planId);
          if (w != null) {
            if (w.best == null || best.getScore().compareTo(w.best) > 0) {
              w.improved = System.nanoTime();
            }
            w.best = best.getScore();
          }
          better.accept(best);
        },
        last -> {
          watches.remove(planId);
          finished.accept(last, stopping.remove(planId));
        },
        (id, error) -> {
          watches.remove(planId);
          failed.accept(error);
        });
  }

  /** Asks a running solve to stop; it ends with the best roster so far. */
  public void stop(long planId) {
    if (isSolving(planId)) {
      stopping.add(planId);
      manager.terminateEarly(planId);
    }
  }

  public boolean isSolving(long planId) {
    return manager.isSolving(planId);
  }

  /** True at most once every {@code interval} per plan: throttles saving the best so far. */
  public boolean dueForSave(long planId, Instant now, Duration interval) {
    Instant last = lastSaved.get(planId);
    if (last != null && Duration.between(last, now).compareTo(interval) < 0) {
      return false;
    }
    lastSaved.put(planId, now);
    return true;
  }

  public HardMediumSoftLongScore score(ReaderRoster roster) {
    return solutions.update(roster);
  }

  public ScoreExplanation<ReaderRoster, HardMediumSoftLongScore> explain(ReaderRoster roster) {
    return solutions.explain(roster);
  }

  @PreDestroy
  void close() {
    watcher.shutdownNow();
    manager.close();
  }
}
