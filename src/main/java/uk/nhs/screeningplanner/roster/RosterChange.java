package uk.nhs.screeningplanner.roster;

import java.time.LocalDate;
import uk.nhs.screeningplanner.roster.domain.ReadingRole;
import uk.nhs.screeningplanner.roster.domain.SessionPart;

/** A session whose role differs from the published roster (null = not reading). */
public record RosterChange(
    String reader, LocalDate date, SessionPart part, ReadingRole before, ReadingRole after) {}
