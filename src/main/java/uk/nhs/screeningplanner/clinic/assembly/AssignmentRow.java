package uk.nhs.screeningplanner.clinic.assembly;

import uk.nhs.screeningplanner.clinic.Position;

/**
 * One saved position of a session: who holds it now, whether pinned, whether it was published and
 * who held it then.
 */
public record AssignmentRow(
    long id,
    long sessionId,
    Position position,
    Long staffId,
    boolean pinned,
    boolean published,
    Long publishedStaffId) {}
