package uk.nhs.screeningplanner.roster.solver;

import java.time.Duration;
import java.util.List;
import org.optaplanner.core.api.score.stream.ConstraintStreamImplType;
import org.optaplanner.core.config.phase.custom.CustomPhaseConfig;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;
import uk.nhs.screeningplanner.planning.LocalSearch;
import uk.nhs.screeningplanner.roster.domain.ReaderRoster;
import uk.nhs.screeningplanner.roster.domain.ReadingShift;

/**
 * The roster solver, configured in code (the OptaPlanner Spring starter is not used). The start is
 * the capacity LP's roster ({@link CapacityLpStart}); late acceptance then improves it over change,
 * swap, same-session/same-reader-week swap moves ({@link RosterSwapMoves}) and moves that add,
 * remove or re-purpose reading capacity in pairs ({@link CapacityPairMoves}). Scores are calculated
 * by Bavet, OptaPlanner's Java constraint-stream engine (about 4 times the moves a second of the
 * Drools default here, with the queue simulation shared by its two rules).
 */
public final class RosterSolverConfig {

  private RosterSolverConfig() {}

  /**
   * Late acceptance compares with the score this many steps ago. On the sample (2 cores, two runs
   * at once) the best at 30 s was -7,708 soft for 5, -7,561 for 15, -7,140 for 50, -7,674 for 100
   * and -7,171 for 200. Override with -Droster.lateAcceptanceSize.
   */
  static final int LATE_ACCEPTANCE_SIZE = Integer.getInteger("roster.lateAcceptanceSize", 50);

  public static SolverConfig create(Duration limit) {
    return create(limit, true);
  }

  /** As {@link #create(Duration)}; without the LP start the search begins from the roster given. */
  public static SolverConfig create(Duration limit, boolean lpStart) {
    List<org.optaplanner.core.config.phase.PhaseConfig> phases = new java.util.ArrayList<>();
    if (lpStart) {
      phases.add(
          new CustomPhaseConfig().withCustomPhaseCommandClassList(List.of(CapacityLpStart.class)));
    }
    phases.add(
        LocalSearch.lateAcceptance(
            LATE_ACCEPTANCE_SIZE, RosterSwapMoves.class, List.of(CapacityPairMoves.class)));
    return new SolverConfig()
        .withSolutionClass(ReaderRoster.class)
        .withEntityClasses(ReadingShift.class)
        .withConstraintProviderClass(RosterConstraintProvider.class)
        .withConstraintStreamImplType(ConstraintStreamImplType.BAVET)
        .withPhaseList(phases)
        .withTerminationConfig(new TerminationConfig().withSpentLimit(limit));
  }

  /** Phases as a list, for the benchmark to report which were used. */
  public static List<String> describe() {
    return List.of(
        "capacity LP start (GLOP)",
        "late acceptance "
            + LATE_ACCEPTANCE_SIZE
            + " over change, swap, grouped swap and capacity-pair moves",
        "Bavet scoring");
  }
}
