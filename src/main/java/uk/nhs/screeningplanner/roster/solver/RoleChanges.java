package uk.nhs.screeningplanner.roster.solver;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.move.AbstractMove;
import uk.nhs.screeningplanner.roster.domain.ReaderRoster;
import uk.nhs.screeningplanner.roster.domain.ReadingRole;
import uk.nhs.screeningplanner.roster.domain.ReadingShift;

/**
 * Several sessions change role in one move (e.g. a first read and a second read added together).
 */
public final class RoleChanges extends AbstractMove<ReaderRoster> {

  private final List<ReadingShift> shifts;
  private final List<ReadingRole> roles;

  public RoleChanges(List<ReadingShift> shifts, List<ReadingRole> roles) {
    this.shifts = List.copyOf(shifts);
    this.roles = new ArrayList<>(roles);
  }

  @Override
  public boolean isMoveDoable(ScoreDirector<ReaderRoster> director) {
    for (int i = 0; i < shifts.size(); i++) {
      if (shifts.get(i).getRole() != roles.get(i)) {
        return true;
      }
    }
    return false;
  }

  @Override
  protected RoleChanges createUndoMove(ScoreDirector<ReaderRoster> director) {
    List<ReadingRole> before = new ArrayList<>();
    shifts.forEach(s -> before.add(s.getRole()));
    return new RoleChanges(shifts, before);
  }

  @Override
  protected void doMoveOnGenuineVariables(ScoreDirector<ReaderRoster> director) {
    for (int i = 0; i < shifts.size(); i++) {
      ReadingShift s = shifts.get(i);
      if (s.getRole() != roles.get(i)) {
        director.beforeVariableChanged(s, "role");
        s.setRole(roles.get(i));
        director.afterVariableChanged(s, "role");
      }
    }
  }

  @Override
  public RoleChanges rebase(ScoreDirector<ReaderRoster> destination) {
    return new RoleChanges(shifts.stream().map(destination::lookUpWorkingObject).toList(), roles);
  }

  @Override
  public List<ReadingShift> getPlanningEntities() {
    return shifts;
  }

  @Override
  public List<ReadingRole> getPlanningValues() {
    return roles.stream().filter(Objects::nonNull).toList();
  }

  @Override
  public String toString() {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < shifts.size(); i++) {
      b.append(i == 0 ? "" : ", ").append(shifts.get(i)).append(" -> ").append(roles.get(i));
    }
    return b.toString();
  }
}
