package uk.nhs.screeningplanner.clinic;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The headline of a service's clinic plan.
 *
 * @param score the last saved score, e.g. "0hard/-120medium/-5400soft"
 * @param unfilled required positions still empty
 * @param changes positions that differ from the published plan
 * @param spare screening sessions beyond the demand (no women to invite), not staffed
 */
public record PlanSummary(
    long planId,
    LocalDate start,
    LocalDate end,
    PlanStatus status,
    Instant publishedAt,
    String publishedBy,
    String score,
    int sessions,
    int unfilled,
    int changes,
    int spare) {}
