package uk.nhs.screeningplanner.roster.domain;

/**
 * One working day of the simulated reading queues: cases waiting at the end of the day for each
 * read, the age in working days of the oldest waiting case, and capacity left unused by role.
 */
public record QueueDay(
    int dayIndex,
    double awaitingFirst,
    double awaitingSecond,
    double awaitingArbitration,
    int oldestAgeDays,
    double unusedFirst,
    double unusedSecond,
    double unusedArbitration) {

  public double waiting() {
    return awaitingFirst + awaitingSecond + awaitingArbitration;
  }

  public double unused() {
    return unusedFirst + unusedSecond + unusedArbitration;
  }
}
