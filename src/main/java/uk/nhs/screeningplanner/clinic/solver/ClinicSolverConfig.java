package uk.nhs.screeningplanner.clinic.solver;

import java.time.Duration;
import org.optaplanner.core.api.score.stream.ConstraintStreamImplType;
import org.optaplanner.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import org.optaplanner.core.config.constructionheuristic.ConstructionHeuristicType;
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
            new ConstructionHeuristicPhaseConfig()
                .withConstructionHeuristicType(ConstructionHeuristicType.FIRST_FIT_DECREASING),
            LocalSearch.lateAcceptance(LATE_ACCEPTANCE_SIZE, SameTimeSwapMoves.class)
                .withTerminationConfig(new TerminationConfig().withSpentLimit(timeLimit)));
  }

  /** The phases in words, for the benchmark's report. */
  public static String describe() {
    return "first fit decreasing, then late acceptance "
        + LATE_ACCEPTANCE_SIZE
        + " over change, swap and same-half-day/same-week swap moves; Bavet scoring";
  }
}
