package uk.nhs.screeningplanner.roster.solver;

import org.optaplanner.core.api.score.stream.ConstraintJustification;

/**
 * Why a rule costs what it costs, in words a rota coordinator reads: who it concerns (empty when it
 * concerns the whole roster) and what is wrong.
 */
public record RosterJustification(String reader, String description)
    implements ConstraintJustification {

  public static RosterJustification roster(String description) {
    return new RosterJustification("", description);
  }
}
