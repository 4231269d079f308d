package uk.nhs.screeningplanner.roster.domain;

/** Cases the roster can read on one working day, by role. */
public record DayCapacity(int dayIndex, int firstRead, int secondRead, int arbitration) {}
