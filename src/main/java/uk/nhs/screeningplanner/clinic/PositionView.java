package uk.nhs.screeningplanner.clinic;

/**
 * One position of a session as shown and edited: who holds it, whether pinned, and who held it in
 * the published plan.
 *
 * @param required the session cannot run without it (a required position of a needed session)
 * @param published whether the position was in a published plan
 */
public record PositionView(
    long assignmentId,
    long version,
    Position position,
    boolean required,
    Long staffId,
    String staffName,
    boolean pinned,
    boolean published,
    Long publishedStaffId,
    String publishedStaffName) {

  public boolean filled() {
    return staffId != null;
  }

  /** A required position with nobody in it: the session cannot run. */
  public boolean missing() {
    return staffId == null && required;
  }

  public boolean changedFromPublished() {
    return published && !java.util.Objects.equals(publishedStaffId, staffId);
  }

  /** The position as the published plan has it. */
  public PositionView asPublished() {
    return new PositionView(
        assignmentId,
        version,
        position,
        required,
        publishedStaffId,
        publishedStaffName,
        false,
        true,
        publishedStaffId,
        publishedStaffName);
  }
}
