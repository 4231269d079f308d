package uk.nhs.screeningplanner.planning;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.move.AbstractMove;

/** Two entities exchange the values of one planning variable (either may be null). Self-inverse. */
public final class ValueSwapMove<S, E, V> extends AbstractMove<S> {

  private final PlanningVariable<E, V> variable;
  private final E left;
  private final E right;

  public ValueSwapMove(PlanningVariable<E, V> variable, E left, E right) {
    this.variable = variable;
    this.left = left;
    this.right = right;
  }

  @Override
  public boolean isMoveDoable(ScoreDirector<S> scoreDirector) {
    return left != right
        && !Objects.equals(variable.getter().apply(left), variable.getter().apply(right));
  }

  @Override
  protected ValueSwapMove<S, E, V> createUndoMove(ScoreDirector<S> scoreDirector) {
    return new ValueSwapMove<>(variable, right, left);
  }

  @Override
  protected void doMoveOnGenuineVariables(ScoreDirector<S> scoreDirector) {
    V leftValue = variable.getter().apply(left);
    V rightValue = variable.getter().apply(right);
    set(scoreDirector, left, rightValue);
    set(scoreDirector, right, leftValue);
  }

  private void set(ScoreDirector<S> scoreDirector, E entity, V value) {
    scoreDirector.beforeVariableChanged(entity, variable.name());
    variable.setter().accept(entity, value);
    scoreDirector.afterVariableChanged(entity, variable.name());
  }

  @Override
  public ValueSwapMove<S, E, V> rebase(ScoreDirector<S> destination) {
    return new ValueSwapMove<>(
        variable, destination.lookUpWorkingObject(left), destination.lookUpWorkingObject(right));
  }

  @Override
  public List<E> getPlanningEntities() {
    return List.of(left, right);
  }

  @Override
  public List<V> getPlanningValues() {
    return Stream.of(variable.getter().apply(left), variable.getter().apply(right))
        .filter(Objects::nonNull)
        .toList();
  }

  @Override
  public String toString() {
    return left + " <-> " + right;
  }
}
