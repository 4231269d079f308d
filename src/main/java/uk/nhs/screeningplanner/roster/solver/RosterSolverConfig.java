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
 * construction gives every session its best role in turn; late acceptance then improves it. The
 * benchmark tried late-acceptance sizes 400 (the default), 50 and 15 on the sample: 15 reached
 * -8,804 soft at 30 s against -16,946 for 400, so 15 it is (override with
 * -Droster.lateAcceptanceSize).
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
            new ConstructionHeuristicPhaseConfig()
                .withConstructionHeuristicType(ConstructionHeuristicType.FIRST_FIT),
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
