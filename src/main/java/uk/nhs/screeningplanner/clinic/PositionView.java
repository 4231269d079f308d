package uk.nhs.screeningplanner.clinic;

/**
 * One position of a session as shown and edited: who holds it, whether pinned, and who held it in
 * the published plan.
 */
public record PositionView(
    long assignmentId,
    long version,
    Position position,
    Long staffId,
    String staffName,
    boolean pinned,
    Long publishedStaffId,
    String publishedStaffName) {

  public boolean filled() {
    return staffId != null;
  }

  /** A required position with nobody in it: the session cannot run. */
  public boolean missing() {
    return staffId == null && position.required();
  }

  public boolean changedFromPublished() {
    return publishedStaffId != null && !publishedStaffId.equals(staffId);
  }
}
