package uk.nhs.screeningplanner.roster;

import java.time.LocalDate;
import uk.nhs.screeningplanner.roster.domain.ReadingRole;
import uk.nhs.screeningplanner.roster.domain.SessionPart;

/**
 * One reader session: its role (null = not reading), pin, leave and change since publishing.
 *
 * @param blockedBy why another plan in force takes the half-day (a published clinic session), or
 *     null
 * @param draftClash a draft of another plan that books the half-day too (a warning), or null
 */
public record RosterCell(
    long shiftId,
    long staffId,
    LocalDate date,
    SessionPart part,
    ReadingRole role,
    boolean pinned,
    boolean unavailable,
    boolean changed,
    ReadingRole publishedRole,
    String blockedBy,
    String draftClash) {}
