package uk.nhs.screeningplanner.clinic;

import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import org.optaplanner.core.api.solver.SolverFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import uk.nhs.screeningplanner.clinic.domain.ClinicSchedule;
import uk.nhs.screeningplanner.clinic.domain.PositionAssignment;
import uk.nhs.screeningplanner.clinic.persistence.ClinicPlanStore;
import uk.nhs.screeningplanner.clinic.solver.ClinicSolverConfig;
import uk.nhs.screeningplanner.planning.BackgroundSolver;
import uk.nhs.screeningplanner.planning.SolverJobService;
import uk.nhs.screeningplanner.planning.SolverJobStatus;

/**
 * Runs the clinic solver off the UI thread. The job is persisted through {@link SolverJobService};
 * the best plan is saved as it improves (at most every {@link #SAVE_INTERVAL}) and at the end, so
 * Stop keeps the best so far. Views listen for progress and update themselves by server push.
 */
@Component
class ClinicSolving {

  static final String PROBLEM = "CLINIC";
  static final Duration SAVE_INTERVAL = Duration.ofSeconds(2);
  private static final Logger LOG = LoggerFactory.getLogger(ClinicSolving.class);

  private final long solveSeconds;
  private final Map<Long, SolverFactory<ClinicSchedule>> factories = new ConcurrentHashMap<>();
  private final BackgroundSolver<ClinicSchedule> solver =
      new BackgroundSolver<>("clinic", BackgroundSolver.defaultParallelism());
  private final SolverJobService jobs;
  private final ClinicPlanStore store;
  private final Clock clock;
  private final Map<Long, Run> running = new ConcurrentHashMap<>();
  private final CopyOnWriteArrayList<Consumer<SolveProgress>> listeners =
      new CopyOnWriteArrayList<>();

  /**
   * A solver run in this JVM: its persisted job id, plan, the score of the plan it started from
   * (nothing worse is ever saved), and whether Stop was pressed.
   */
  private static final class Run {
    final long jobId;
    final long planId;
    final HardMediumSoftScore startScore;
    volatile boolean stopRequested;
    volatile Instant lastSave = Instant.EPOCH;

    Run(long jobId, long planId, HardMediumSoftScore startScore) {
      this.jobId = jobId;
      this.planId = planId;
      this.startScore = startScore;
    }

    boolean better(ClinicSchedule best) {
      return best.getScore().isSolutionInitialized() && best.getScore().compareTo(startScore) > 0;
    }
  }

  ClinicSolving(
      SolverJobService jobs,
      ClinicPlanStore store,
      Clock clock,
      @Value("${planner.clinic.solve-seconds:0}") long solveSeconds) {
    this.jobs = jobs;
    this.store = store;
    this.clock = clock;
    this.solveSeconds = solveSeconds;
  }

  @PreDestroy
  void shutdown() {
    solver.close();
  }

  boolean solving(long serviceId) {
    return running.containsKey(serviceId);
  }

  Runnable listen(Consumer<SolveProgress> listener) {
    listeners.add(listener);
    return () -> listeners.remove(listener);
  }

  /**
   * Starts solving the problem from its current assignments; the caller checked nothing else runs
   * for the service. {@code startScore} is the plan's score now: only a better plan is saved.
   */
  void start(
      long serviceId,
      long planId,
      ClinicSchedule problem,
      HardMediumSoftScore startScore,
      String user) {
    long jobId = jobs.begin(PROBLEM, serviceId, user).getId();
    Run run = new Run(jobId, planId, startScore);
    if (running.putIfAbsent(serviceId, run) != null) {
      jobs.end(jobId, SolverJobStatus.FAILED, null, null, "Another solver was already running.");
      throw new IllegalStateException("A solver is already running for this service.");
    }
    long seconds = ClinicSolverConfig.timeLimit(problem, solveSeconds).toSeconds();
    SolverFactory<ClinicSchedule> factory =
        factories.computeIfAbsent(
            seconds, s -> SolverFactory.create(ClinicSolverConfig.create(Duration.ofSeconds(s))));
    try {
      solver.solve(
          jobId,
          factory,
          () -> problem,
          best -> improved(run, best),
          best -> finished(serviceId, run, best),
          (id, error) -> failed(serviceId, run, error));
    } catch (RuntimeException e) {
      failed(serviceId, run, e);
      throw e;
    }
    notify(
        new SolveProgress(
            true, startScore.toString(), problem.unfilledRequired(), "Solving", false));
  }

  void stop(long serviceId) {
    Run run = running.get(serviceId);
    if (run != null) {
      run.stopRequested = true;
      solver.terminateEarly(run.jobId);
    }
  }

  private void improved(Run run, ClinicSchedule best) {
    if (!run.better(best)) {
      return;
    }
    Instant now = clock.instant();
    boolean saved = false;
    if (Duration.between(run.lastSave, now).compareTo(SAVE_INTERVAL) >= 0) {
      run.lastSave = now;
      save(run, best);
      saved = true;
    }
    jobs.progress(run.jobId, best.getScore().toString(), summary(best));
    notify(
        new SolveProgress(
            true, best.getScore().toString(), best.unfilledRequired(), "Solving", saved));
  }

  private void finished(long serviceId, Run run, ClinicSchedule best) {
    try {
      boolean better = run.better(best);
      if (better) {
        save(run, best);
      }
      if (best.getLeastSlotsLost() != null) {
        store.saveBound(
            run.planId, best.getLeastSlotsLost(), best.isBoundProven(), clock.instant());
      }
      SolverJobStatus status =
          run.stopRequested ? SolverJobStatus.STOPPED : SolverJobStatus.FINISHED;
      String summary = better ? summary(best) : "no better plan found; the plan is unchanged";
      String score = better ? best.getScore().toString() : run.startScore.toString();
      jobs.end(run.jobId, status, score, summary, null);
      running.remove(serviceId);
      String message =
          better
              ? status.label()
              : status.label() + ": no better plan found, the plan is unchanged";
      notify(new SolveProgress(false, score, better ? best.unfilledRequired() : -1, message, true));
    } catch (RuntimeException e) {
      failed(serviceId, run, e);
    }
  }

  private void failed(long serviceId, Run run, Throwable error) {
    LOG.error("Clinic solver job {} failed", run.jobId, error);
    solver.terminateEarly(run.jobId);
    running.remove(serviceId);
    jobs.end(run.jobId, SolverJobStatus.FAILED, null, null, String.valueOf(error.getMessage()));
    notify(
        new SolveProgress(
            false, null, -1, "The solver failed; the last saved plan is kept.", true));
  }

  private void save(Run run, ClinicSchedule best) {
    Map<Long, Long> staff = new HashMap<>();
    for (PositionAssignment a : best.getAssignments()) {
      if (!a.isPinned()) {
        staff.put(a.getId(), a.getStaff() == null ? null : a.getStaff().id());
      }
    }
    // The periodic save (consumer thread) and the final save (solver thread) must not write the
    // same rows in two transactions at once: one would wait on the other's row locks.
    synchronized (run) {
      store.saveSolution(
          run.planId, staff, best.getScore().toString(), (int) best.unfilledRequired());
    }
  }

  static String summary(ClinicSchedule s) {
    return s.unfilledRequired() + " required positions unfilled";
  }

  private void notify(SolveProgress progress) {
    listeners.forEach(l -> l.accept(progress));
  }
}
