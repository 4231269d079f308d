package uk.nhs.screeningplanner.clinic.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import uk.nhs.screeningplanner.clinic.Position;
import uk.nhs.screeningplanner.shared.VersionedEntity;

/** A position of a saved session: who holds it, pinned or not, and who held it when published. */
@Entity
@Table(name = "clinic_assignment")
public class ClinicAssignment extends VersionedEntity {

  @Column(name = "plan_id")
  private long planId;

  @Column(name = "session_id")
  private long sessionId;

  @Enumerated(EnumType.STRING)
  private Position position;

  private Long staffId;
  private boolean pinned;
  private Long publishedStaffId;
  private boolean published;

  protected ClinicAssignment() {}

  public ClinicAssignment(long planId, long sessionId, Position position) {
    this.planId = planId;
    this.sessionId = sessionId;
    this.position = position;
  }

  public long getPlanId() {
    return planId;
  }

  public long getSessionId() {
    return sessionId;
  }

  public Position getPosition() {
    return position;
  }

  public Long getStaffId() {
    return staffId;
  }

  public void setStaffId(Long staffId) {
    this.staffId = staffId;
  }

  public boolean isPinned() {
    return pinned;
  }

  public void setPinned(boolean pinned) {
    this.pinned = pinned;
  }

  public Long getPublishedStaffId() {
    return publishedStaffId;
  }

  /** Whether the position was in a published plan (then {@link #getPublishedStaffId()} holds). */
  public boolean isPublished() {
    return published;
  }

  public void publish() {
    this.publishedStaffId = staffId;
    this.published = true;
  }

  /** Back to the published plan's person; false when the position was never published. */
  public boolean revert() {
    if (!published) {
      return false;
    }
    this.staffId = publishedStaffId;
    return true;
  }

  public boolean changedFromPublished() {
    return published && !java.util.Objects.equals(publishedStaffId, staffId);
  }
}
