package uk.nhs.screeningplanner.roster;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.Solver;
import org.optaplanner.core.api.solver.SolverFactory;
import uk.nhs.screeningplanner.roster.domain.ReaderRoster;
import uk.nhs.screeningplanner.roster.solver.RosterSolverConfig;

/**
 * Reader roster benchmark (issue #7), excluded from the normal test run. (a) the sample service and
 * (b) the consortium with pooled readers, 12 weeks each: time to the first feasible (0 hard)
 * solution and the best score at 10, 30 and 60 s; and a reference run (10 minutes by default).
 * Figures are printed and written to target/reader-roster-benchmark.txt.
 *
 * <pre>./mvnw -q test -Dtest=ReaderRosterBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 *     [-Droster.benchmark.referenceSeconds=600] [-Droster.benchmark.only=a|b]</pre>
 */
class ReaderRosterBenchmark {

  private static final long WARM_UP_SECONDS = 15;
  private final List<String> lines = new ArrayList<>();

  /** The same run without Maven, e.g. from a copied classpath while other builds run. */
  public static void main(String[] args) throws IOException {
    new ReaderRosterBenchmark().benchmark();
  }

  @Test
  void benchmark() throws IOException {
    print(
        "Reader roster benchmark, "
            + java.time.Instant.now()
            + ", "
            + Runtime.getRuntime().availableProcessors()
            + " processors");
    long reference = Long.getLong("roster.benchmark.referenceSeconds", 600);
    String only = System.getProperty("roster.benchmark.only", "ab");
    if (only.contains("a")) {
      run("(a) sample service, 12 weeks", () -> SampleRosters.standard(12), reference);
    }
    if (only.contains("b")) {
      run(
          "(b) consortium, 7 services pooled, 12 weeks",
          () -> SampleRosters.consortium(12),
          reference);
    }
    Path out = Path.of("target", "reader-roster-benchmark-" + only + ".txt");
    Files.createDirectories(out.getParent());
    Files.write(out, lines);
  }

  private void run(String name, Supplier<ReaderRoster> problem, long referenceSeconds) {
    ReaderRoster p = problem.get();
    // JIT warm-up, as OptaPlanner's own benchmarker does, so the figures measure the solver
    Timeline cold = solve(problem.get(), Duration.ofSeconds(WARM_UP_SECONDS));
    print("  cold JVM (warm-up run) first feasible after: " + cold.firstFeasible());
    print(
        String.format(
            "%s: %d readers, %d shifts, %,d cases screened; phases %s",
            name,
            p.getReaders().size(),
            p.getShifts().size(),
            p.getDemand().totalIntake(),
            RosterSolverConfig.describe()));
    Timeline timeline = solve(problem.get(), Duration.ofSeconds(60));
    print("  first feasible (0 hard) after: " + timeline.firstFeasible());
    print("  first with every case on time (0 hard, 0 medium) after: " + timeline.firstOnTime());
    for (int s : new int[] {10, 30, 60}) {
      HardMediumSoftLongScore at = timeline.bestAt(Duration.ofSeconds(s));
      print("  best at " + s + " s: " + (at == null ? "no roster finished yet" : at));
    }
    Timeline ref = solve(problem.get(), Duration.ofSeconds(referenceSeconds));
    HardMediumSoftLongScore refScore = ref.bestAt(Duration.ofSeconds(referenceSeconds));
    print("  reference (" + referenceSeconds + " s): " + refScore);
    HardMediumSoftLongScore at30 = timeline.bestAt(Duration.ofSeconds(30));
    if (refScore != null && at30 != null && refScore.softScore() != 0) {
      double gap =
          100.0 * (refScore.softScore() - at30.softScore()) / Math.abs(refScore.softScore());
      print(
          String.format(
              "  soft at 30 s vs reference: %.2f%% worse (medium %d vs %d)",
              gap, at30.mediumScore(), refScore.mediumScore()));
    }
  }

  private static Timeline solve(ReaderRoster problem, Duration limit) {
    Solver<ReaderRoster> solver =
        SolverFactory.<ReaderRoster>create(RosterSolverConfig.create(limit)).buildSolver();
    Timeline timeline = new Timeline(System.nanoTime());
    solver.addEventListener(e -> timeline.record((HardMediumSoftLongScore) e.getNewBestScore()));
    solver.solve(problem);
    return timeline;
  }

  private void print(String line) {
    System.out.println(line);
    lines.add(line);
  }

  private static final class Timeline {
    private final long start;
    private final List<long[]> times = new ArrayList<>();
    private final List<HardMediumSoftLongScore> scores = new ArrayList<>();

    Timeline(long start) {
      this.start = start;
    }

    synchronized void record(HardMediumSoftLongScore score) {
      times.add(new long[] {System.nanoTime() - start});
      scores.add(score);
    }

    synchronized String firstFeasible() {
      for (int i = 0; i < scores.size(); i++) {
        if (scores.get(i).isSolutionInitialized() && scores.get(i).hardScore() == 0) {
          return String.format("%.2f s (%s)", times.get(i)[0] / 1e9, scores.get(i));
        }
      }
      return "not reached";
    }

    synchronized String firstOnTime() {
      for (int i = 0; i < scores.size(); i++) {
        if (scores.get(i).hardScore() == 0 && scores.get(i).mediumScore() == 0) {
          return String.format("%.2f s (%s)", times.get(i)[0] / 1e9, scores.get(i));
        }
      }
      return "not reached";
    }

    synchronized HardMediumSoftLongScore bestAt(Duration at) {
      HardMediumSoftLongScore best = null;
      for (int i = 0; i < scores.size(); i++) {
        if (times.get(i)[0] <= at.toNanos()) {
          best = scores.get(i);
        }
      }
      return best;
    }
  }
}
