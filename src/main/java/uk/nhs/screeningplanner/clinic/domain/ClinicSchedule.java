package uk.nhs.screeningplanner.clinic.domain;

import java.util.List;
import org.optaplanner.core.api.domain.solution.PlanningEntityCollectionProperty;
import org.optaplanner.core.api.domain.solution.PlanningScore;
import org.optaplanner.core.api.domain.solution.PlanningSolution;
import org.optaplanner.core.api.domain.solution.ProblemFactCollectionProperty;
import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;

/** The clinic staffing problem of one service over its horizon, and its best answer so far. */
@PlanningSolution
public class ClinicSchedule {

  @ProblemFactCollectionProperty private List<Session> sessions;
  @ProblemFactCollectionProperty private List<Staff> staff;
  @PlanningEntityCollectionProperty private List<PositionAssignment> assignments;
  @PlanningScore private HardMediumSoftScore score;
  private Long leastSlotsLost;
  private boolean boundProven;

  ClinicSchedule() {}

  public ClinicSchedule(
      List<Session> sessions, List<Staff> staff, List<PositionAssignment> assignments) {
    this.sessions = sessions;
    this.staff = staff;
    this.assignments = assignments;
  }

  public List<Session> getSessions() {
    return sessions;
  }

  public List<Staff> getStaff() {
    return staff;
  }

  public List<PositionAssignment> getAssignments() {
    return assignments;
  }

  public HardMediumSoftScore getScore() {
    return score;
  }

  public void setScore(HardMediumSoftScore score) {
    this.score = score;
  }

  /**
   * Records the bound the optimal fill found: no plan (with the same pins) loses fewer than this
   * many slots; {@code proven} when the fill proved its own plan reaches it.
   */
  public void bound(long leastSlotsLost, boolean proven) {
    this.leastSlotsLost = leastSlotsLost;
    this.boundProven = proven;
  }

  /** The fewest slots any plan can lose, when the optimal fill ran; else null. */
  public Long getLeastSlotsLost() {
    return leastSlotsLost;
  }

  public boolean isBoundProven() {
    return boundProven;
  }

  /** Required positions still empty. */
  public long unfilledRequired() {
    return assignments.stream().filter(a -> a.isRequired() && a.getStaff() == null).count();
  }
}
