package uk.nhs.screeningplanner.clinic.solver;

import java.time.Duration;
import org.optaplanner.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import org.optaplanner.core.config.constructionheuristic.ConstructionHeuristicType;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.localsearch.LocalSearchType;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;
import uk.nhs.screeningplanner.clinic.domain.ClinicSchedule;
import uk.nhs.screeningplanner.clinic.domain.PositionAssignment;

/**
 * The clinic solver: first fit decreasing (hardest positions first) to build a plan, then late
 * acceptance local search with the default change and swap moves until the time limit.
 */
public final class ClinicSolverConfig {

  private ClinicSolverConfig() {}

  public static SolverConfig create(Duration timeLimit) {
    return new SolverConfig()
        .withSolutionClass(ClinicSchedule.class)
        .withEntityClasses(PositionAssignment.class)
        .withConstraintProviderClass(ClinicConstraintProvider.class)
        .withTerminationConfig(new TerminationConfig().withSpentLimit(timeLimit))
        .withPhases(
            new ConstructionHeuristicPhaseConfig()
                .withConstructionHeuristicType(ConstructionHeuristicType.FIRST_FIT_DECREASING),
            new LocalSearchPhaseConfig().withLocalSearchType(LocalSearchType.LATE_ACCEPTANCE));
  }
}
