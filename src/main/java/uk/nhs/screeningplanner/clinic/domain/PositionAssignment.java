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
  private boolean published;

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

  /** A required position of a session women are invited to: empty, the session cannot run. */
  public boolean isRequired() {
    return position.required() && session.required();
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

  /** Marks the position as part of the published plan, held then by {@code publishedStaff}. */
  public void setPublished(Staff publishedStaff) {
    this.published = true;
    this.publishedStaff = publishedStaff;
  }

  public boolean wasPublished() {
    return published;
  }

  /** A published position now held by someone else (or no one, or filled when it was empty). */
  public boolean changedFromPublished() {
    return published && !java.util.Objects.equals(publishedStaff, staff);
  }

  /** How the position changed from the published plan, judged by where its holder was then. */
  public ChangeKind change() {
    if (!changedFromPublished()) {
      return ChangeKind.NONE;
    }
    if (staff == null) {
      return ChangeKind.EMPTIED;
    }
    Long was = staff.publishedSessionAt(session);
    if (was == null) {
      return ChangeKind.NEW_HALF_DAY;
    }
    return was == session.id() ? ChangeKind.SAME_SESSION : ChangeKind.OTHER_SESSION;
  }

  @Override
  public String toString() {
    return position + " of " + session.label() + ": " + staff;
  }
}
