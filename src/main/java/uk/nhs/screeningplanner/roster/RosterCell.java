package uk.nhs.screeningplanner.roster;

import java.time.LocalDate;
import uk.nhs.screeningplanner.roster.domain.ReadingRole;
import uk.nhs.screeningplanner.roster.domain.SessionPart;

/** One reader session: its role (null = not reading), pin, leave and change since publishing. */
public record RosterCell(
    long shiftId,
    long staffId,
    LocalDate date,
    SessionPart part,
    ReadingRole role,
    boolean pinned,
    boolean unavailable,
    boolean changed,
    ReadingRole publishedRole) {}
