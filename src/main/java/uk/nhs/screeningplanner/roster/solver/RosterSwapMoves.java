package uk.nhs.screeningplanner.roster.solver;

import java.util.List;
import java.util.function.Function;
import uk.nhs.screeningplanner.planning.GroupedSwapMoves;
import uk.nhs.screeningplanner.planning.PlanningVariable;
import uk.nhs.screeningplanner.roster.domain.Preference;
import uk.nhs.screeningplanner.roster.domain.ReaderRoster;
import uk.nhs.screeningplanner.roster.domain.ReadingRole;
import uk.nhs.screeningplanner.roster.domain.ReadingShift;

/**
 * Swaps of the roles of two reading sessions that share either the same half-day (another reader
 * takes over the role, so the day's capacity barely moves) or the same reader and week (the reader
 * reads on another day, so their week stays the same). A change move does either only in two steps,
 * the first of which usually makes the roster worse.
 */
public class RosterSwapMoves extends GroupedSwapMoves<ReaderRoster, ReadingShift, ReadingRole> {

  private static final PlanningVariable<ReadingShift, ReadingRole> ROLE =
      new PlanningVariable<>("role", ReadingShift::getRole, ReadingShift::setRole);

  @Override
  protected PlanningVariable<ReadingShift, ReadingRole> variable() {
    return ROLE;
  }

  @Override
  protected List<ReadingShift> entities(ReaderRoster solution) {
    return solution.getShifts();
  }

  @Override
  protected boolean movable(ReadingShift shift) {
    return !shift.isPinned() && shift.getPreference() != Preference.UNAVAILABLE;
  }

  @Override
  protected List<Function<ReadingShift, Object>> groupings() {
    return List.of(
        s -> List.of(s.getDayIndex(), s.getPart()), s -> List.of(s.getReader(), s.getWeek()));
  }

  @Override
  protected boolean accepts(ReadingShift shift, ReadingRole role) {
    return role != ReadingRole.ARBITRATION || shift.getReader().isArbitrator();
  }
}
