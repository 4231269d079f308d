package uk.nhs.screeningplanner.roster.solver;

import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.optaplanner.core.api.score.ScoreExplanation;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.api.solver.SolverManager;
import org.optaplanner.core.api.solver.SolverStatus;
import org.optaplanner.core.config.solver.SolverManagerConfig;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import uk.nhs.screeningplanner.roster.domain.ReaderRoster;

/**
 * The one solver manager of the reader roster (one job per roster plan at a time), and score
 * explanations. Jobs are recorded by the caller through the planning module's SolverJobService.
 */
@Component
public class RosterSolving {

  /** A run stops early when the best score has not improved for this long. */
  static final Duration UNIMPROVED = Duration.ofSeconds(30);

  private final SolverManager<ReaderRoster, Long> manager;
  private final SolutionManager<ReaderRoster, HardMediumSoftLongScore> solutions;
  private final Set<Long> stopping = ConcurrentHashMap.newKeySet();
  private final Map<Long, Instant> lastSaved = new ConcurrentHashMap<>();

  RosterSolving(@Value("${planner.roster.solve-seconds:60}") long seconds) {
    var config = RosterSolverConfig.create(Duration.ofSeconds(seconds));
    config.getTerminationConfig().withUnimprovedSpentLimit(UNIMPROVED);
    this.manager = SolverManager.create(config, new SolverManagerConfig());
    this.solutions = SolutionManager.create(SolverFactory.<ReaderRoster>create(config));
  }

  /** Starts solving; better solutions and the final one go to the consumers on solver threads. */
  public void start(
      long planId,
      Supplier<ReaderRoster> problem,
      Consumer<ReaderRoster> better,
      BiConsumer<ReaderRoster, Boolean> finished,
      Consumer<Throwable> failed) {
    stopping.remove(planId);
    manager.solveAndListen(
        planId,
        id -> problem.get(),
        better::accept,
        last -> finished.accept(last, stopping.remove(planId)),
        (id, error) -> failed.accept(error));
  }

  /** Asks a running solve to stop; it ends with the best roster so far. */
  public void stop(long planId) {
    if (isSolving(planId)) {
      stopping.add(planId);
      manager.terminateEarly(planId);
    }
  }

  public boolean isSolving(long planId) {
    return manager.getSolverStatus(planId) != SolverStatus.NOT_SOLVING;
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
    manager.close();
  }
}
