package uk.nhs.screeningplanner.roster;

import java.time.LocalDate;

/**
 * One working day: cases screened, human reads they need, planned capacity by role, and the
 * projected queues at the end of the day with the oldest waiting case's age in working days.
 */
public record RosterDay(
    LocalDate date,
    int screened,
    long readsNeeded,
    int firstReadCapacity,
    int secondReadCapacity,
    int arbitrationCapacity,
    long awaitingFirst,
    long awaitingSecond,
    long awaitingArbitration,
    int oldestAgeDays) {

  public int capacity() {
    return firstReadCapacity + secondReadCapacity + arbitrationCapacity;
  }
}
