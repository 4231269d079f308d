package uk.nhs.screeningplanner.clinic.domain;

import java.util.Comparator;

/**
 * Harder positions first for the construction heuristic: required before optional, then those few
 * people can fill, then sessions with the most slots at stake.
 */
public class AssignmentDifficulty implements Comparator<PositionAssignment> {

  private static final Comparator<PositionAssignment> ORDER =
      Comparator.comparing(PositionAssignment::isRequired)
          .thenComparing(a -> -a.getEligible().size())
          .thenComparingInt(a -> a.getSession().slots())
          .thenComparingLong(PositionAssignment::getId);

  @Override
  public int compare(PositionAssignment a, PositionAssignment b) {
    return ORDER.compare(a, b);
  }
}
