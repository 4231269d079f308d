package uk.nhs.screeningplanner.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import org.optaplanner.core.api.solver.SolverFactory;
import uk.nhs.screeningplanner.clinic.SampleClinicProblems;
import uk.nhs.screeningplanner.clinic.domain.ClinicSchedule;
import uk.nhs.screeningplanner.clinic.solver.ClinicSolverConfig;

/**
 * The background runner both planners solve with: better plans handed over as they come, the final
 * one after them, and never a job left "solving" — not when the consumer is slow, throws, or the
 * problem cannot be loaded (OptaPlanner 10.1.0's SolverManager could hang in its final hand-over).
 */
class BackgroundSolverTest {

  private final BackgroundSolver<ClinicSchedule> runner = new BackgroundSolver<>("test", 1);

  @AfterEach
  void close() {
    runner.close();
  }

  private static SolverFactory<ClinicSchedule> factory(int seconds) {
    return SolverFactory.create(ClinicSolverConfig.create(Duration.ofSeconds(seconds)));
  }

  @Test
  void betterPlansComeInOrderAndTheFinalPlanComesLastThenTheJobEnds() throws Exception {
    List<String> calls = new CopyOnWriteArrayList<>();
    List<HardMediumSoftScore> scores = new CopyOnWriteArrayList<>();
    CompletableFuture<ClinicSchedule> done = new CompletableFuture<>();

    runner.solve(
        1,
        factory(3),
        () -> SampleClinicProblems.standard(1),
        best -> {
          calls.add("better");
          scores.add(best.getScore());
        },
        best -> {
          calls.add("final");
          done.complete(best);
        },
        (id, e) -> done.completeExceptionally(e));

    assertThat(runner.isSolving(1)).isTrue();
    ClinicSchedule last = done.get(120, TimeUnit.SECONDS);
    waitUntilNotSolving(1);
    assertThat(calls).contains("better").last().isEqualTo("final");
    assertThat(calls).filteredOn("final"::equals).hasSize(1);
    assertThat(scores).isSortedAccordingTo(HardMediumSoftScore::compareTo);
    assertThat(last.getScore()).isGreaterThanOrEqualTo(scores.get(scores.size() - 1));
  }

  @Test
  void aSlowOrFailingConsumerNeitherStopsTheSolveNorKeepsItRunning() throws Exception {
    CompletableFuture<ClinicSchedule> done = new CompletableFuture<>();
    List<Integer> handed = new CopyOnWriteArrayList<>();

    runner.solve(
        2,
        factory(3),
        () -> SampleClinicProblems.standard(1),
        best -> {
          handed.add(1);
          sleep(400);
          throw new IllegalStateException("database unavailable");
        },
        done::complete,
        (id, e) -> done.completeExceptionally(e));

    ClinicSchedule last = done.get(120, TimeUnit.SECONDS);
    waitUntilNotSolving(2);
    assertThat(handed).isNotEmpty();
    assertThat(last.getScore().isSolutionInitialized()).isTrue();
  }

  @Test
  void terminateEarlyEndsARunWithItsBestPlan() throws Exception {
    CompletableFuture<ClinicSchedule> done = new CompletableFuture<>();
    CompletableFuture<Boolean> firstBetter = new CompletableFuture<>();
    long started = System.nanoTime();

    runner.solve(
        3,
        factory(600),
        () -> SampleClinicProblems.standard(1),
        best -> firstBetter.complete(true),
        done::complete,
        (id, e) -> done.completeExceptionally(e));
    firstBetter.get(120, TimeUnit.SECONDS);
    runner.terminateEarly(3);

    ClinicSchedule last = done.get(120, TimeUnit.SECONDS);
    waitUntilNotSolving(3);
    assertThat(last.getScore().isSolutionInitialized()).isTrue();
    assertThat(Duration.ofNanos(System.nanoTime() - started))
        .as("well before the 600 s limit")
        .isLessThan(Duration.ofSeconds(300));
  }

  @Test
  void aProblemThatCannotBeLoadedFailsTheJobAndFreesItsId() throws Exception {
    CompletableFuture<Throwable> failed = new CompletableFuture<>();

    runner.solve(
        4,
        factory(3),
        () -> {
          throw new IllegalArgumentException("no such plan");
        },
        best -> {},
        best -> failed.complete(null),
        (id, e) -> failed.complete(e));

    assertThat(failed.get(60, TimeUnit.SECONDS)).hasMessage("no such plan");
    waitUntilNotSolving(4);
  }

  @Test
  void aSecondSolveOfARunningJobIsRefused() throws Exception {
    CompletableFuture<ClinicSchedule> done = new CompletableFuture<>();
    runner.solve(
        5,
        factory(600),
        () -> SampleClinicProblems.standard(1),
        best -> {},
        done::complete,
        (id, e) -> done.completeExceptionally(e));

    assertThatThrownBy(
            () ->
                runner.solve(
                    5,
                    factory(3),
                    () -> SampleClinicProblems.standard(1),
                    b -> {},
                    b -> {},
                    (id, e) -> {}))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("already running");
    runner.terminateEarly(5);
    done.get(120, TimeUnit.SECONDS);
    waitUntilNotSolving(5);
  }

  private void waitUntilNotSolving(long id) {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (runner.isSolving(id)) {
      assertThat(System.nanoTime()).as("job %d still solving", id).isLessThan(deadline);
      sleep(50);
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
