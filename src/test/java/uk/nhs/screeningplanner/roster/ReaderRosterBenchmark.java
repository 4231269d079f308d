package uk.nhs.screeningplanner.roster;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.Solver;
import org.optaplanner.core.api.solver.SolverFactory;
import uk.nhs.screeningplanner.roster.domain.ReaderRoster;
import uk.nhs.screeningplanner.roster.domain.ReadingQueues;
import uk.nhs.screeningplanner.roster.domain.ReadingRole;
import uk.nhs.screeningplanner.roster.domain.ReadingShift;
import uk.nhs.screeningplanner.roster.solver.RosterBounds;
import uk.nhs.screeningplanner.roster.solver.RosterSolverConfig;

/**
 * Reader roster benchmark (issues 7, 12 and 15), excluded from the normal test run. Six problems of
 * 12 weeks: (a) the sample service, (b) the consortium with pooled readers, (c–e) the sample with
 * 2, 4 and 6 times its screens (overloaded), (f) a small overloaded service (the sample's first 4
 * readers, 0.75 × its screens). For each: the lower bound on late case-days (the capacity LP) and
 * its time; the solver's late case-days at 10 and 30 s and their gap to the bound; and at 30 s the
 * days to result, the queue at the horizon's end and how much of the gap the distinct-reader rule
 * causes. With {@code -Droster.benchmark.old=DIR} it also measures, with today's simulation,
 * rosters saved from the previous solver (files DIR/a.txt …: "shiftId ROLE" lines).
 *
 * <pre>./mvnw test -Dtest=ReaderRosterBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 *     [-Droster.benchmark.only=abcdef] [-Droster.benchmark.seconds=30]</pre>
 */
class ReaderRosterBenchmark {

  private static final long WARM_UP_SECONDS = 10;
  private final List<String> lines = new ArrayList<>();

  /** The same run without Maven, e.g. from a copied classpath while other builds run. */
  public static void main(String[] args) throws IOException {
    new ReaderRosterBenchmark().benchmark();
  }

  static Map<String, Supplier<ReaderRoster>> problems() {
    Map<String, Supplier<ReaderRoster>> problems = new LinkedHashMap<>();
    problems.put("a", () -> SampleRosters.standard(12));
    problems.put("b", () -> SampleRosters.consortium(12));
    problems.put("c", () -> SampleRosters.scaled(12, 2));
    problems.put("d", () -> SampleRosters.scaled(12, 4));
    problems.put("e", () -> SampleRosters.scaled(12, 6));
    problems.put("f", () -> SampleRosters.small(12, 4, 0.75));
    return problems;
  }

  static final Map<String, String> NAMES =
      Map.of(
          "a", "(a) sample service",
          "b", "(b) consortium, 7 services pooled",
          "c", "(c) sample readers, 2x the screens",
          "d", "(d) sample readers, 4x the screens",
          "e", "(e) sample readers, 6x the screens",
          "f", "(f) small service: 4 readers, 0.75x the screens");

  /** Old rosters were saved under the old names of the cases. */
  static final Map<String, String> OLD_FILES =
      Map.of("a", "a", "b", "b", "c", "x2", "d", "x4", "e", "x6", "f", "small");

  @Test
  void benchmark() throws IOException {
    String only = System.getProperty("roster.benchmark.only", "abcdef");
    long seconds = Long.getLong("roster.benchmark.seconds", 30);
    String old = System.getProperty("roster.benchmark.old");
    print(
        "Reader roster benchmark, "
            + java.time.Instant.now()
            + ", "
            + Runtime.getRuntime().availableProcessors()
            + " processors, JVM heap "
            + Runtime.getRuntime().maxMemory() / (1024 * 1024)
            + " MB; solver: "
            + RosterSolverConfig.describe());
    Timeline cold = solve(SampleRosters.standard(12), Duration.ofSeconds(WARM_UP_SECONDS));
    print("  cold JVM (warm-up run on (a)) first 0-hard roster after: " + cold.firstFeasible());
    for (Map.Entry<String, Supplier<ReaderRoster>> e : problems().entrySet()) {
      if (only.contains(e.getKey())) {
        run(e.getKey(), e.getValue(), seconds, old);
      }
    }
    Path out = Path.of("target", "reader-roster-benchmark-" + only + ".txt");
    Files.createDirectories(out.getParent());
    Files.write(out, lines);
  }

  private void run(String key, Supplier<ReaderRoster> problem, long seconds, String oldDir)
      throws IOException {
    ReaderRoster p = problem.get();
    print(
        String.format(
            "%s, 12 weeks: %d readers, %,d shifts, %,d cases screened (+%,.0f waiting at the start)",
            NAMES.get(key),
            p.getReaders().size(),
            p.getShifts().size(),
            p.getDemand().totalIntake(),
            p.getDemand().opening().total()));
    RosterBounds.Bound bound = RosterBounds.compute(problem.get());
    print(
        String.format(
            "  bound: no roster has fewer than %,d late case-days (least queue at the end %,.0f);"
                + " computed in %.1f s",
            bound.lateCaseDays(), bound.leastEndQueue(), bound.millis() / 1000.0));
    if (oldDir != null && Files.exists(Path.of(oldDir, OLD_FILES.get(key) + ".txt"))) {
      ReaderRoster oldRoster = problem.get();
      Path file = Path.of(oldDir, OLD_FILES.get(key) + ".txt");
      String header = applyRoles(oldRoster, file);
      print(
          "  previous solver's roster ("
              + header
              + "), measured today: "
              + figures(oldRoster, bound));
    }
    List<ReaderRoster> last = new ArrayList<>();
    Timeline t = solve(problem.get(), Duration.ofSeconds(seconds), last);
    print("  first 0-hard roster after: " + t.firstFeasible());
    for (long s : new long[] {10, seconds}) {
      HardMediumSoftLongScore at = t.bestAt(Duration.ofSeconds(s));
      print(
          String.format("  at %d s: %s", s, at == null ? "no roster yet" : lateVersus(at, bound)));
    }
    print("  at " + seconds + " s: " + figures(last.get(0), bound));
  }

  private static String lateVersus(HardMediumSoftLongScore score, RosterBounds.Bound bound) {
    long late = -score.mediumScore();
    return String.format(
        "%s, %,d late case-days vs bound %,d: %s",
        score, late, bound.lateCaseDays(), gap(late, bound.lateCaseDays()));
  }

  static String gap(long late, long bound) {
    if (late <= bound) {
      return "at the bound";
    }
    return bound == 0
        ? String.format("%,d above a bound of 0", late)
        : String.format("%.2f%% above", 100.0 * (late - bound) / bound);
  }

  private static String figures(ReaderRoster roster, RosterBounds.Bound bound) {
    ReadingQueues q = ReadingQueues.of(roster);
    ReadingQueues any =
        ReadingQueues.withoutDistinctReaders(
            roster.getDemand(), ReadingQueues.plans(roster.getShifts()));
    long sessions = roster.getShifts().stream().filter(ReadingShift::isAssigned).count();
    double blocked = q.blockedByReader().values().stream().mapToDouble(Double::doubleValue).sum();
    return String.format(
        "%,d late case-days (%s; %,d without the distinct-reader rule), mean %.2f and P95 %d"
            + " working days to result, queue %,.0f at the start and %,.0f at the end, %,d"
            + " sessions, %,.0f cases blocked (hard)",
        q.caseDaysLate(),
        gap(q.caseDaysLate(), bound.lateCaseDays()),
        any.caseDaysLate(),
        q.meanDaysToResult(),
        q.p95DaysToResult(),
        q.queueAtStart(),
        q.queueAtEnd(),
        sessions,
        blocked);
  }

  /** Sets the roles saved in a file; returns its first line (what it was). */
  private static String applyRoles(ReaderRoster roster, Path file) throws IOException {
    List<String> rows = Files.readAllLines(file);
    Map<Long, ReadingRole> roles = new HashMap<>();
    String header = rows.isEmpty() ? "" : rows.get(0).replaceFirst("^# ", "");
    for (String row : rows) {
      if (!row.startsWith("#") && !row.isBlank()) {
        String[] parts = row.trim().split(" ");
        roles.put(Long.parseLong(parts[0]), ReadingRole.valueOf(parts[1]));
      }
    }
    roster.getShifts().forEach(s -> s.setRole(roles.get(s.getId())));
    return header;
  }

  private static Timeline solve(ReaderRoster problem, Duration limit) {
    return solve(problem, limit, new ArrayList<>());
  }

  private static Timeline solve(ReaderRoster problem, Duration limit, List<ReaderRoster> last) {
    Solver<ReaderRoster> solver =
        SolverFactory.<ReaderRoster>create(RosterSolverConfig.create(limit)).buildSolver();
    Timeline timeline = new Timeline(System.nanoTime());
    solver.addEventListener(e -> timeline.record((HardMediumSoftLongScore) e.getNewBestScore()));
    last.add(solver.solve(problem));
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
