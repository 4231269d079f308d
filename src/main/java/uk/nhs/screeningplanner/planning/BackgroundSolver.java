package uk.nhs.screeningplanner.planning;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.optaplanner.core.api.solver.Solver;
import org.optaplanner.core.api.solver.SolverFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs solves in the background, one job per id, and hands each better solution to a consumer on
 * the job's own consumer thread (latest wins: a consumer that falls behind skips to the newest
 * best), then the final solution once every earlier hand-over is done.
 *
 * <p>Why not OptaPlanner's {@code SolverManager.solveAndListen}: in OptaPlanner 10.1.0 its consumer
 * support can lose its only permit when an intermediate hand-over finds no solution waiting, and
 * then the final hand-over waits for ever — the job never ends, the page says "solving" until a
 * restart. This was seen under load on both the clinic schedule and the reader roster (a thread
 * dump showed the solver thread parked in {@code ConsumerSupport.consumeFinalBestSolution} with an
 * idle consumer thread). Here the hand-over is a plain single-thread executor and the solver's own
 * best-solution events, so nothing can be left waiting.
 */
public final class BackgroundSolver<S> implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(BackgroundSolver.class);

  private final String name;
  private final ExecutorService solverThreads;
  private final Map<Long, Job<S>> jobs = new ConcurrentHashMap<>();

  /** A running or queued solve. */
  private static final class Job<S> {
    final ExecutorService consumer;
    final AtomicReference<S> pending = new AtomicReference<>();
    volatile Solver<S> solver;
    volatile boolean terminate;

    Job(ExecutorService consumer) {
      this.consumer = consumer;
    }
  }

  /**
   * @param name thread names
   * @param parallel how many solves run at once; more wait their turn (and count as solving)
   */
  public BackgroundSolver(String name, int parallel) {
    this.name = name;
    AtomicInteger n = new AtomicInteger();
    this.solverThreads =
        Executors.newFixedThreadPool(
            Math.max(1, parallel),
            r -> {
              Thread t = new Thread(r, name + "-solver-" + n.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
  }

  /** One solve at a time per two processors, at least one (OptaPlanner's own default). */
  public static int defaultParallelism() {
    return Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
  }

  /**
   * Starts solving job {@code id}.
   *
   * @param problem loads the problem on the solver thread
   * @param better each new best solution (not every one when the consumer is slower than the
   *     solver)
   * @param finished the final best solution, after every earlier {@code better} call has returned
   * @param failed the error, when loading or solving fails (or {@code finished} throws)
   * @throws IllegalStateException when job {@code id} is already running or queued
   */
  public void solve(
      long id,
      SolverFactory<S> factory,
      Supplier<S> problem,
      Consumer<S> better,
      Consumer<S> finished,
      BiConsumer<Long, Throwable> failed) {
    Job<S> job =
        new Job<>(
            Executors.newSingleThreadExecutor(
                r -> {
                  Thread t = new Thread(r, name + "-consumer-" + id);
                  t.setDaemon(true);
                  return t;
                }));
    if (jobs.putIfAbsent(id, job) != null) {
      job.consumer.shutdown();
      throw new IllegalStateException("A solve is already running for " + name + " " + id);
    }
    try {
      solverThreads.execute(() -> run(id, job, factory, problem, better, finished, failed));
    } catch (RuntimeException e) {
      jobs.remove(id);
      job.consumer.shutdown();
      throw e;
    }
  }

  private void run(
      long id,
      Job<S> job,
      SolverFactory<S> factory,
      Supplier<S> problem,
      Consumer<S> better,
      Consumer<S> finished,
      BiConsumer<Long, Throwable> failed) {
    try {
      S start = problem.get();
      Solver<S> solver = factory.buildSolver();
      solver.addEventListener(
          event -> {
            if (job.terminate) {
              solver.terminateEarly();
            }
            if (event.isEveryProblemChangeProcessed()) {
              job.pending.set(event.getNewBestSolution());
              job.consumer.execute(() -> handOver(id, job, better));
            }
          });
      job.solver = solver;
      if (job.terminate) {
        // Stop pressed before the solver existed: it still ends with the plan it starts from.
        solver.terminateEarly();
      }
      S best = solver.solve(start);
      job.consumer
          .submit(
              () -> {
                job.pending.set(null);
                finished.accept(best);
              })
          .get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      failed.accept(id, e);
    } catch (ExecutionException e) {
      failed.accept(id, e.getCause());
    } catch (Throwable e) {
      failed.accept(id, e);
    } finally {
      jobs.remove(id);
      job.consumer.shutdown();
    }
  }

  private void handOver(long id, Job<S> job, Consumer<S> better) {
    S best = job.pending.getAndSet(null);
    if (best == null) {
      return;
    }
    try {
      better.accept(best);
    } catch (RuntimeException e) {
      // A failed progress save must not end the solve: the final save still comes.
      LOG.warn("{} {}: handing over a better solution failed", name, id, e);
    }
  }

  /** Asks job {@code id} to end early with its best solution; does not wait. */
  public void terminateEarly(long id) {
    Job<S> job = jobs.get(id);
    if (job != null) {
      job.terminate = true;
      Solver<S> solver = job.solver;
      if (solver != null) {
        solver.terminateEarly();
      }
    }
  }

  /** True from {@link #solve} until the final consumer (or the failure consumer) has returned. */
  public boolean isSolving(long id) {
    return jobs.containsKey(id);
  }

  @Override
  public void close() {
    jobs.keySet().forEach(this::terminateEarly);
    solverThreads.shutdownNow();
  }
}
