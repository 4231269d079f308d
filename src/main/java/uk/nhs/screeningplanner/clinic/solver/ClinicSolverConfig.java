package uk.nhs.screeningplanner.clinic.solver;

import java.time.Duration;
import java.util.List;
import org.optaplanner.core.api.score.stream.ConstraintStreamImplType;
import org.optaplanner.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import org.optaplanner.core.config.constructionheuristic.ConstructionHeuristicType;
import org.optaplanner.core.config.phase.custom.CustomPhaseConfig;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;
import uk.nhs.screeningplanner.clinic.domain.ClinicSchedule;
import uk.nhs.screeningplanner.clinic.domain.PositionAssignment;
import uk.nhs.screeningplanner.planning.LocalSearch;

/**
 * The clinic solver: first fit decreasing (hardest positions first) to build a plan, then late
 * acceptance over change, swap and same-half-day/same-week swap moves ({@link SameTimeSwapMoves}).
 * Scores are calculated by Bavet, OptaPlanner's Java constraint-stream engine (about twice as many
 * moves a second here as the Drools default). The time limit applies to the local search, so every
 * run (even on a busy machine) ends with every position considered; Stop still ends either phase at
 * once.
 */
public final class ClinicSolverConfig {

  /**
   * Late acceptance compares with the score this many steps ago. On the sample (60 s, 2 cores, two
   * runs at once) 25 reached 0hard/-18medium/-36,512soft, 50 -36,632soft; 400, the default,
   * -40,422soft without the same-week swaps. Override with -Dclinic.lateAcceptanceSize.
   */
  static final int LATE_ACCEPTANCE_SIZE = Integer.getInteger("clinic.lateAcceptanceSize", 25);

  private ClinicSolverConfig() {}

  public static SolverConfig create(Duration timeLimit) {
    return new SolverConfig()
        .withSolutionClass(ClinicSchedule.class)
        .withEntityClasses(PositionAssignment.class)
        .withConstraintProviderClass(ClinicConstraintProvider.class)
        .withConstraintStreamImplType(ConstraintStreamImplType.BAVET)
        .withPhases(
            new CustomPhaseConfig()
                .withCustomPhaseCommandClassList(List.of(OptimalFillPhase.class))
                .withCustomProperties(OptimalFillPhase.properties(fillSeconds(timeLimit))),
            new ConstructionHeuristicPhaseConfig()
                .withConstructionHeuristicType(ConstructionHeuristicType.FIRST_FIT_DECREASING),
            LocalSearch.lateAcceptance(LATE_ACCEPTANCE_SIZE, SameTimeSwapMoves.class)
                .withTerminationConfig(
                    new TerminationConfig()
                        .withSpentLimit(timeLimit)
                        .withUnimprovedSpentLimit(unimproved(timeLimit))));
  }

  /**
   * How long a solve may run: the configured seconds, or when none (0) 30 s plus a second for every
   * 50 positions the solver may change, in steps of 30 s up to 10 minutes (the sample's 12 weeks
   * get about a minute, the 7-service consortium about 6 minutes). The run also stops when the best
   * plan has not improved for a sixth of that (at least 15 s): the optimal fill starts it at the
   * fewest slots any plan can lose, so by then only the soft score is still moving.
   */
  public static Duration timeLimit(ClinicSchedule problem, long configuredSeconds) {
    if (configuredSeconds > 0) {
      return Duration.ofSeconds(configuredSeconds);
    }
    long movable = problem.getAssignments().stream().filter(a -> !a.isPinned()).count();
    long seconds = 30 + movable / 50;
    return Duration.ofSeconds(Math.min(600, (seconds + 29) / 30 * 30));
  }

  /** The optimal fill's share of the time: a fifth of it, at least 3 s and at most a minute. */
  static long fillSeconds(Duration timeLimit) {
    return Math.max(3, Math.min(60, timeLimit.toSeconds() / 5));
  }

  private static Duration unimproved(Duration timeLimit) {
    return Duration.ofSeconds(Math.max(15, timeLimit.toSeconds() / 6));
  }

  /** The phases in words, for the benchmark's report. */
  public static String describe() {
    return "optimal fill of required positions (CP-SAT), first fit decreasing for the rest, then"
        + " late acceptance "
        + LATE_ACCEPTANCE_SIZE
        + " over change, swap and same-half-day/same-week swap moves; Bavet scoring";
  }
}
