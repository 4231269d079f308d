package uk.nhs.screeningplanner.clinic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import org.optaplanner.core.api.solver.Solver;
import org.optaplanner.core.api.solver.SolverFactory;
import uk.nhs.screeningplanner.clinic.domain.ClinicSchedule;
import uk.nhs.screeningplanner.clinic.domain.PositionAssignment;
import uk.nhs.screeningplanner.clinic.solver.ClinicSolverConfig;
import uk.nhs.screeningplanner.clinic.solver.OptimalFill;
import uk.nhs.screeningplanner.service.sample.SampleSpec;
import uk.nhs.screeningplanner.service.workbook.SampleWorkbooks;

/**
 * Solver performance on the sample service (12 weeks) and the consortium (its 7 services in one
 * problem, as sample-data/consortium.xlsx holds them: the same generator and anchor). Prints the
 * time to the first plan with 0 hard, the best score at 10, 30 and 60 s, and a reference run, and
 * writes them to target/benchmarks/clinic-schedule.txt. Not part of the test run:
 *
 * <pre>./mvnw test -Dtest=ClinicScheduleBenchmark -Dclinic.benchmark.referenceSeconds=600</pre>
 */
class ClinicScheduleBenchmark {

  private static final LocalDate ANCHOR = SampleWorkbooks.ANCHOR;
  private static final int WEEKS = 12;
  private static final long REFERENCE = Long.getLong("clinic.benchmark.referenceSeconds", 600L);
  private static final long SHORT = Long.getLong("clinic.benchmark.seconds", 60L);
  private final List<String> lines = new ArrayList<>();

  /** For quick runs on a built tree: the same as the test, with the figures printed. */
  public static void main(String[] args) throws IOException {
    new ClinicScheduleBenchmark().sampleAndConsortium();
  }

  @Test
  void sampleAndConsortium() throws IOException {
    String only = System.getProperty("clinic.benchmark.only", "");
    lines.add(
        "Solver: "
            + ClinicSolverConfig.describe()
            + ", JVM heap "
            + Runtime.getRuntime().maxMemory() / 1_048_576
            + " MB, "
            + Runtime.getRuntime().availableProcessors()
            + " cores");
    if (!only.equals("consortium")) {
      long bound = bound("sample", problem(List.of(SampleSpec.standard())));
      compare(
          run("sample", problem(List.of(SampleSpec.standard())), SHORT),
          run("sample reference", problem(List.of(SampleSpec.standard())), REFERENCE),
          bound);
    }
    if (!only.equals("sample")) {
      long bound = bound("consortium", problem(SampleSpec.consortium()));
      compare(
          run("consortium", problem(SampleSpec.consortium()), SHORT),
          run("consortium reference", problem(SampleSpec.consortium()), REFERENCE),
          bound);
    }
    Path out =
        Path.of(
            "target",
            "benchmarks",
            "clinic-schedule" + (only.isEmpty() ? "" : "-" + only) + ".txt");
    Files.createDirectories(out.getParent());
    Files.write(out, lines);
    assertThat(lines).isNotEmpty();
  }

  static ClinicSchedule problem(List<SampleSpec> specs) {
    return SampleClinicProblems.problem(specs, WEEKS);
  }

  /**
   * The fewest slots any plan can lose (issue #15), from the optimal fill (CP-SAT) on its own with
   * a minute's limit, and how long it took.
   */
  private long bound(String name, ClinicSchedule problem) {
    long required =
        problem.getAssignments().stream().filter(PositionAssignment::isRequired).count();
    var fill = OptimalFill.solve(problem, Duration.ofSeconds(60)).orElseThrow();
    String line =
        String.format(
            "%-21s bound: no plan loses fewer than %,d slots (%s) of %,d required positions;"
                + " the fill's own plan loses %,d; %.1f s",
            name,
            fill.leastSlotsLost(),
            fill.optimal() ? "proven optimal" : "CP-SAT bound",
            required,
            fill.slotsLost(),
            fill.took().toMillis() / 1000.0);
    System.out.println(line);
    lines.add(line);
    return fill.leastSlotsLost();
  }

  /**
   * The targets: slots lost at the short limit against the bound (issue #15), and the soft
   * score within 1 % of the reference's (issue #6).
   */
  private void compare(HardMediumSoftScore atLimit, HardMediumSoftScore reference, long bound) {
    double gap =
        100.0 * (reference.softScore() - atLimit.softScore()) / Math.abs(reference.softScore());
    String line =
        String.format(
            "  slots lost at %d s: %,d, bound %,d (%s); soft vs reference: %.2f%% worse (medium %d"
                + " vs %d)",
            SHORT,
            -atLimit.mediumScore(),
            bound,
            -atLimit.mediumScore() == bound ? "at the bound" : "above the bound",
            gap,
            atLimit.mediumScore(),
            reference.mediumScore());
    System.out.println(line);
    lines.add(line);
  }

  private HardMediumSoftScore run(String name, ClinicSchedule problem, long seconds) {
    Solver<ClinicSchedule> solver =
        SolverFactory.<ClinicSchedule>create(ClinicSolverConfig.create(Duration.ofSeconds(seconds)))
            .buildSolver();
    long start = System.nanoTime();
    TreeMap<Long, HardMediumSoftScore> best = new TreeMap<>();
    solver.addEventListener(
        e ->
            best.put(
                (System.nanoTime() - start) / 1_000_000,
                (HardMediumSoftScore) e.getNewBestScore()));
    ClinicSchedule result = solver.solve(problem);
    long feasibleMs =
        best.entrySet().stream()
            .filter(e -> e.getValue().isSolutionInitialized() && e.getValue().hardScore() == 0)
            .mapToLong(e -> e.getKey())
            .findFirst()
            .orElse(-1);
    StringBuilder line =
        new StringBuilder(
            String.format(
                "%-21s %,6d sessions %,6d positions %4d staff | first 0 hard at %s",
                name,
                problem.getSessions().size(),
                problem.getAssignments().size(),
                problem.getStaff().size(),
                feasibleMs < 0 ? "not reached" : String.format("%.1f s", feasibleMs / 1000.0)));
    for (long at : new long[] {10, 30, 60}) {
      if (at <= seconds) {
        var e = best.floorEntry(at * 1000);
        line.append(String.format(" | %d s: %s", at, e == null ? "-" : e.getValue()));
      }
    }
    line.append(
        String.format(
            " | %d s (end): %s, %d required positions unfilled",
            seconds, result.getScore(), result.unfilledRequired()));
    System.out.println(line);
    lines.add(line.toString());
    return result.getScore();
  }
}
