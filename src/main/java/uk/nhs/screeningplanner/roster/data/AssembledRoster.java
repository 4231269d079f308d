package uk.nhs.screeningplanner.roster.data;

import java.util.Map;
import uk.nhs.screeningplanner.roster.domain.ReaderRoster;

/**
 * A roster plan with its planning problem, the saved row behind each planning shift, and for each
 * shift another plan books (a clinic session) why: blocked when that plan is published, a warning
 * when it is a draft (issue #12).
 */
public record AssembledRoster(
    RosterPlan plan,
    ReaderRoster roster,
    Map<Long, RosterShiftRow> rowByShiftId,
    Map<Long, String> blockedBy,
    Map<Long, String> draftClashes) {}
