package uk.nhs.screeningplanner.clinic.solver;

import java.util.List;
import uk.nhs.screeningplanner.clinic.domain.ClinicSchedule;
import uk.nhs.screeningplanner.clinic.domain.PositionAssignment;
import uk.nhs.screeningplanner.clinic.domain.Staff;
import uk.nhs.screeningplanner.planning.GroupedSwapMoves;
import uk.nhs.screeningplanner.planning.PlanningVariable;

/**
 * Swaps of who fills two positions in the same half-day (the move that sends a person to another
 * clinic at the same time, which a change move cannot do without double-booking someone) or in the
 * same week (a person works another day, keeping their week's sessions, e.g. to free them for a
 * required position when their contract is full). Only people qualified for the other position take
 * part.
 */
public class SameTimeSwapMoves extends GroupedSwapMoves<ClinicSchedule, PositionAssignment, Staff> {

  public SameTimeSwapMoves() {
    super(
        new PlanningVariable<>("staff", PositionAssignment::getStaff, PositionAssignment::setStaff),
        ClinicSchedule::getAssignments,
        a -> !a.isPinned(),
        List.of(a -> a.getSession().halfDay(), a -> a.getSession().week()),
        (a, staff) -> a.getEligible().contains(staff));
  }
}
