package uk.nhs.screeningplanner.roster.data;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import uk.nhs.screeningplanner.roster.domain.ReadingRole;
import uk.nhs.screeningplanner.roster.domain.SessionPart;

/**
 * One reader session of a roster as saved: the role (or none), whether a person pinned it, and the
 * role it had when last published, so the replan diff is a comparison of two columns.
 */
@Entity
@Table(name = "roster_shift")
public class RosterShiftRow {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private long planId;
  private long staffId;

  @Column(name = "shift_date")
  private LocalDate date;

  @Enumerated(EnumType.STRING)
  private SessionPart part;

  @Enumerated(EnumType.STRING)
  private ReadingRole role;

  private boolean pinned;
  private boolean published;

  @Enumerated(EnumType.STRING)
  private ReadingRole publishedRole;

  protected RosterShiftRow() {}

  public RosterShiftRow(long planId, long staffId, LocalDate date, SessionPart part) {
    this.planId = planId;
    this.staffId = staffId;
    this.date = date;
    this.part = part;
  }

  public void publish() {
    published = true;
    publishedRole = role;
  }

  /** Back to the published role; false when the session was never published. */
  public boolean revert() {
    if (!published || role == publishedRole) {
      return false;
    }
    role = publishedRole;
    return true;
  }

  public boolean changedSincePublished() {
    return published && role != publishedRole;
  }

  public Long getId() {
    return id;
  }

  public long getPlanId() {
    return planId;
  }

  public long getStaffId() {
    return staffId;
  }

  public LocalDate getDate() {
    return date;
  }

  public SessionPart getPart() {
    return part;
  }

  public ReadingRole getRole() {
    return role;
  }

  public void setRole(ReadingRole role) {
    this.role = role;
  }

  public boolean isPinned() {
    return pinned;
  }

  public void setPinned(boolean pinned) {
    this.pinned = pinned;
  }

  public boolean isPublished() {
    return published;
  }

  public ReadingRole getPublishedRole() {
    return publishedRole;
  }
}
