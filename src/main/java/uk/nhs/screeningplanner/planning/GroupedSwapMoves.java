package uk.nhs.screeningplanner.planning;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.Predicate;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;

/**
 * Random swaps of a planning variable between two movable entities that share a group key (e.g. the
 * same half-day, or the same person and week). OptaPlanner's own swap picks any two entities, and
 * with hundreds of groups almost never two of the same group, where the useful swaps are. Each move
 * picks one of the groupings at random, then an entity, then a partner from its group, and returns
 * only swaps {@link #swappable} accepts. Random selection only.
 */
public abstract class GroupedSwapMoves<S, E, V>
    implements MoveIteratorFactory<S, ValueSwapMove<S, E, V>> {

  private static final int TRIES = 50;
  private final PlanningVariable<E, V> variable;
  private final Function<S, List<E>> entities;
  private final Predicate<E> movableEntity;
  private final List<Function<E, Object>> keys;
  private final BiPredicate<E, V> accepts;
  private List<E> movable = List.of();
  private List<Map<Object, List<E>>> groups = List.of();

  /**
   * OptaPlanner creates the factory with its no-argument constructor: a subclass passes these.
   *
   * @param variable the variable the moves swap
   * @param entities every entity of the working solution
   * @param movable false for entities no move may touch (pinned ones)
   * @param keys the groupings: two entities with the same key under one grouping may swap
   * @param accepts whether an entity may take a value (e.g. the person holds the skill)
   */
  protected GroupedSwapMoves(
      PlanningVariable<E, V> variable,
      Function<S, List<E>> entities,
      Predicate<E> movable,
      List<Function<E, Object>> keys,
      BiPredicate<E, V> accepts) {
    this.variable = variable;
    this.entities = entities;
    this.movableEntity = movable;
    this.keys = List.copyOf(keys);
    this.accepts = accepts;
  }

  @Override
  public void phaseStarted(ScoreDirector<S> scoreDirector) {
    movable = new ArrayList<>();
    for (E e : entities.apply(scoreDirector.getWorkingSolution())) {
      if (movableEntity.test(e)) {
        movable.add(e);
      }
    }
    groups = new ArrayList<>();
    for (Function<E, Object> key : keys) {
      Map<Object, List<E>> byKey = new HashMap<>();
      movable.forEach(e -> byKey.computeIfAbsent(key.apply(e), k -> new ArrayList<>()).add(e));
      groups.add(byKey);
    }
  }

  @Override
  public void phaseEnded(ScoreDirector<S> scoreDirector) {
    movable = List.of();
    groups = List.of();
  }

  @Override
  public long getSize(ScoreDirector<S> scoreDirector) {
    return groups.stream()
        .flatMap(g -> g.values().stream())
        .mapToLong(g -> (long) g.size() * (g.size() - 1) / 2)
        .sum();
  }

  @Override
  public Iterator<ValueSwapMove<S, E, V>> createOriginalMoveIterator(
      ScoreDirector<S> scoreDirector) {
    throw new UnsupportedOperationException("Grouped swaps are only selected at random");
  }

  @Override
  public Iterator<ValueSwapMove<S, E, V>> createRandomMoveIterator(
      ScoreDirector<S> scoreDirector, Random random) {
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return !movable.isEmpty();
      }

      @Override
      public ValueSwapMove<S, E, V> next() {
        E left = null;
        for (int i = 0; i < TRIES; i++) {
          left = movable.get(random.nextInt(movable.size()));
          int grouping = random.nextInt(keys.size());
          List<E> group = groups.get(grouping).get(keys.get(grouping).apply(left));
          E right = group.get(random.nextInt(group.size()));
          if (swappable(left, right)) {
            return new ValueSwapMove<>(variable, left, right);
          }
        }
        // Nothing swappable found quickly: a move that is not doable, which the solver skips.
        return new ValueSwapMove<>(variable, left, left);
      }
    };
  }

  private boolean swappable(E left, E right) {
    V leftValue = variable.getter().apply(left);
    V rightValue = variable.getter().apply(right);
    return left != right
        && !Objects.equals(leftValue, rightValue)
        && (rightValue == null || accepts.test(left, rightValue))
        && (leftValue == null || accepts.test(right, leftValue));
  }
}
