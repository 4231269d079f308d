package uk.nhs.screeningplanner.roster.solver;

import java.time.Duration;
import java.util.List;
import org.optaplanner.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import org.optaplanner.core.config.constructionheuristic.ConstructionHeuristicType;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.localsearch.LocalSearchType;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;
import uk.nhs.screeningplanner.roster.domain.ReaderRoster;
import uk.nhs.screeningplanner.roster.domain.ReadingShift;

/**
 * The roster solver, configured in code (the OptaPlanner Spring starter is not used). A first-fit
 * construction gives every session its best role in turn; late acceptance then improves it.
 */
public final class RosterSolverConfig {

  private RosterSolverConfig() {}

  public static SolverConfig create(Duration limit) {
    return new SolverConfig()
        .withSolutionClass(ReaderRoster.class)
        .withEntityClasses(ReadingShift.class)
        .withConstraintProviderClass(RosterConstraintProvider.class)
        .withPhases(
            new ConstructionHeuristicPhaseConfig()
                .withConstructionHeuristicType(ConstructionHeuristicType.FIRST_FIT),
            new LocalSearchPhaseConfig().withLocalSearchType(LocalSearchType.LATE_ACCEPTANCE))
        .withTerminationConfig(new TerminationConfig().withSpentLimit(limit));
  }

  /** Phases as a list, for the benchmark to report which were used. */
  public static List<String> describe() {
    return List.of("first fit construction", "late acceptance local search");
  }
}
