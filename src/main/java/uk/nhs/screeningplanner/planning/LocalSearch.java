package uk.nhs.screeningplanner.planning;

import java.util.ArrayList;
import java.util.List;
import org.optaplanner.core.config.heuristic.selector.move.MoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.factory.MoveIteratorFactoryConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.ChangeMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.SwapMoveSelectorConfig;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import org.optaplanner.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import org.optaplanner.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;

/** The local search every planner uses: late acceptance over change, swap and grouped swaps. */
public final class LocalSearch {

  private LocalSearch() {}

  /**
   * Late acceptance (a step is taken if it is no worse than the score {@code size} steps ago)
   * choosing equally often between a change move, a swap of any two entities and a swap within a
   * group. Without fixed weights OptaPlanner's union would pick by selector size, i.e. almost only
   * random swaps.
   */
  public static LocalSearchPhaseConfig lateAcceptance(
      int size, Class<? extends GroupedSwapMoves<?, ?, ?>> groupedSwaps) {
    return lateAcceptance(size, groupedSwaps, List.of());
  }

  /** As above, with the problem's own move factories beside them, each chosen as often. */
  public static LocalSearchPhaseConfig lateAcceptance(
      int size,
      Class<? extends GroupedSwapMoves<?, ?, ?>> groupedSwaps,
      List<Class<? extends MoveIteratorFactory<?, ?>>> moreMoves) {
    ChangeMoveSelectorConfig change = new ChangeMoveSelectorConfig();
    SwapMoveSelectorConfig swap = new SwapMoveSelectorConfig();
    MoveIteratorFactoryConfig grouped =
        new MoveIteratorFactoryConfig().withMoveIteratorFactoryClass(groupedSwaps);
    change.setFixedProbabilityWeight(1.0);
    swap.setFixedProbabilityWeight(1.0);
    grouped.setFixedProbabilityWeight(1.0);
    List<MoveSelectorConfig> selectors = new ArrayList<>(List.of(change, swap, grouped));
    for (Class<? extends MoveIteratorFactory<?, ?>> moves : moreMoves) {
      MoveIteratorFactoryConfig more =
          new MoveIteratorFactoryConfig().withMoveIteratorFactoryClass(moves);
      more.setFixedProbabilityWeight(1.0);
      selectors.add(more);
    }
    return new LocalSearchPhaseConfig()
        .withMoveSelectorConfig(new UnionMoveSelectorConfig(selectors))
        .withAcceptorConfig(new LocalSearchAcceptorConfig().withLateAcceptanceSize(size))
        .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(1));
  }
}
