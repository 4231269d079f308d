package uk.nhs.screeningplanner.clinic;

import java.time.LocalDate;

/**
 * Capacity against demand in one week.
 *
 * @param screeningSlots slots of all screening sessions in the unit calendar
 * @param requiredSlots slots of the sessions women are invited to (the rest are spare)
 * @param staffedSlots slots of the sessions that run (lead and second filled)
 * @param screensNeeded expected screens of the practices the calendar screens that week (each
 *     visit's practices' women × uptake, spread over its sessions)
 * @param expectedRecalls recalls from the week's screens at the cohort-mix recall rate
 * @param assessmentSlots slots of the assessment clinics that run
 */
public record WeekCapacity(
    LocalDate week,
    int screeningSlots,
    int requiredSlots,
    int staffedSlots,
    int screensNeeded,
    int expectedRecalls,
    int assessmentSlots) {}
