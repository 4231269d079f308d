package uk.nhs.screeningplanner.roster.data;

import java.util.Map;
import uk.nhs.screeningplanner.roster.domain.ReaderRoster;

/** A roster plan with its planning problem, and the saved row behind each planning shift. */
public record AssembledRoster(
    RosterPlan plan, ReaderRoster roster, Map<Long, RosterShiftRow> rowByShiftId) {}
