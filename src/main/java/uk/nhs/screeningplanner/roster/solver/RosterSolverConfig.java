package uk.nhs.screeningplanner.roster.solver;

import java.time.Duration;
import java.util.List;
import org.optaplanner.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import org.optaplanner.core.config.constructionheuristic.ConstructionHeuristicType;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import org.optaplanner.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
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

  /** Late acceptance compares with the score this many steps ago (tuned by the benchmark). */
  static final int LATE_ACCEPTANCE_SIZE = Integer.getInteger("roster.lateAcceptanceSize", 15);

  public static SolverConfig create(Duration limit) {
    return new SolverConfig()
        .withSolutionClass(ReaderRoster.class)
        .withEntityClasses(ReadingShift.class)
        .withConstraintProviderClass(RosterConstraintProvider.class)
        .withPhases(
            Boolean.parseBoolean(System.getProperty("roster.construction", "true"))
                ? new ConstructionHeuristicPhaseConfig()
                    .withConstructionHeuristicType(ConstructionHeuristicType.FIRST_FIT)
                : new LocalSearchPhaseConfig()
                    .withTerminationConfig(new TerminationConfig().withStepCountLimit(1)),
            new LocalSearchPhaseConfig()
                .withAcceptorConfig(
                    new LocalSearchAcceptorConfig().withLateAcceptanceSize(LATE_ACCEPTANCE_SIZE))
                .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(1)))
        .withTerminationConfig(new TerminationConfig().withSpentLimit(limit));
  }

  /** Phases as a list, for the benchmark to report which were used. */
  public static List<String> describe() {
    return List.of("first fit construction", "late acceptance " + LATE_ACCEPTANCE_SIZE);
  }
}
