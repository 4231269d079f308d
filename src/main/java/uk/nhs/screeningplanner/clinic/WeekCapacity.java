package uk.nhs.screeningplanner.clinic;

import java.time.LocalDate;

/**
 * Capacity against demand in one week.
 *
 * @param screeningSlots slots of all screening sessions in the unit calendar
 * @param staffedSlots slots of the sessions that run (lead and second filled)
 * @param screensNeeded women to screen each week to keep the round: eligible women / weeks in the
 *     round × expected attendance (domain.md §9)
 * @param expectedRecalls recalls from the week's staffed screens at the cohort-mix recall rate
 * @param assessmentSlots slots of the assessment clinics that run
 */
public record WeekCapacity(
    LocalDate week,
    int screeningSlots,
    int staffedSlots,
    int screensNeeded,
    int expectedRecalls,
    int assessmentSlots) {}
