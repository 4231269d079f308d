package uk.nhs.screeningplanner.clinic;

/** A position that differs from the published plan: who was published and who holds it now. */
public record PlanChange(SessionView session, Position position, String published, String now) {}
