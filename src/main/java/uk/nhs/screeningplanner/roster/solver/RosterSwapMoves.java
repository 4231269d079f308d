package uk.nhs.screeningplanner.roster.solver;

import java.util.List;
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
 * the first of which usually makes the roster worse. Unavailable and pinned sessions take no part,
 * and only arbitrators take an arbitration session.
 */
public class RosterSwapMoves extends GroupedSwapMoves<ReaderRoster, ReadingShift, ReadingRole> {

  public RosterSwapMoves() {
    super(
        new PlanningVariable<>("role", ReadingShift::getRole, ReadingShift::setRole),
        ReaderRoster::getShifts,
        s -> !s.isPinned() && s.getPreference() != Preference.UNAVAILABLE,
        List.of(
            s -> List.of(s.getDayIndex(), s.getPart()), s -> List.of(s.getReader(), s.getWeek())),
        (s, role) -> role != ReadingRole.ARBITRATION || s.getReader().isArbitrator());
  }
}
