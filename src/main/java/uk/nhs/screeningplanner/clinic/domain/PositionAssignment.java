package uk.nhs.screeningplanner.clinic.domain;

import java.util.List;
import org.optaplanner.core.api.domain.entity.PlanningEntity;
import org.optaplanner.core.api.domain.entity.PlanningPin;
import org.optaplanner.core.api.domain.lookup.PlanningId;
import org.optaplanner.core.api.domain.valuerange.ValueRangeProvider;
import org.optaplanner.core.api.domain.variable.PlanningVariable;
import uk.nhs.screeningplanner.clinic.Position;

/**
 * Who fills one position of one session. The solver chooses {@code staff} from the people who hold
 * the position's skill; it may leave a position empty, which the medium score counts.
 */
@PlanningEntity(difficultyComparatorClass = AssignmentDifficulty.class)
public class PositionAssignment {

  @PlanningId private long id;
  private Session session;
  private Position position;
  private List<Staff> eligible;
  private Staff publishedStaff;

  @PlanningVariable(nullable = true, valueRangeProviderRefs = "eligibleStaff")
  private Staff staff;

  @PlanningPin private boolean pinned;

  PositionAssignment() {}

  public PositionAssignment(
      long id, Session session, Position position, List<Staff> eligible, Staff staff) {
    this.id = id;
    this.session = session;
    this.position = position;
    this.eligible = eligible;
    this.staff = staff;
  }

  public long getId() {
    return id;
  }

  public Session getSession() {
    return session;
  }

  public Position getPosition() {
    return position;
  }

  public boolean isRequired() {
    return position.required();
  }

  @ValueRangeProvider(id = "eligibleStaff")
  public List<Staff> getEligible() {
    return eligible;
  }

  public Staff getStaff() {
    return staff;
  }

  public void setStaff(Staff staff) {
    this.staff = staff;
  }

  public boolean isPinned() {
    return pinned;
  }

  public void setPinned(boolean pinned) {
    this.pinned = pinned;
  }

  /** Who held the position in the published plan, or null. */
  public Staff getPublishedStaff() {
    return publishedStaff;
  }

  public void setPublishedStaff(Staff publishedStaff) {
    this.publishedStaff = publishedStaff;
  }

  /** A published position now held by someone else (or no one). */
  public boolean changedFromPublished() {
    return publishedStaff != null && !publishedStaff.equals(staff);
  }

  @Override
  public String toString() {
    return position + " of " + session.label() + ": " + staff;
  }
}
