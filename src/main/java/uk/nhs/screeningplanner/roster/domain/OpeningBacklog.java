package uk.nhs.screeningplanner.roster.domain;

import java.util.List;

/**
 * The cases already waiting for a read when a roster's horizon starts, and where that figure comes
 * from (said on the roster page). A waiting case keeps its screening day, counted in working days
 * before the horizon, so its lateness and days to result count from when it was screened; a case
 * waiting for a second read or arbitration keeps who read it, so nobody reads it twice.
 *
 * @param cohorts the waiting cases, any order
 * @param source how the figure was derived, in words
 */
public record OpeningBacklog(List<Cohort> cohorts, String source) {

  public static final OpeningBacklog NONE = new OpeningBacklog(List.of(), "none");

  public OpeningBacklog {
    cohorts = List.copyOf(cohorts);
  }

  /** Which read the cases wait for. */
  public enum Stage {
    FIRST_READ,
    SECOND_READ,
    ARBITRATION
  }

  /**
   * Cases screened {@code workingDaysBefore} working days before the horizon's first day (1 = the
   * last working day before it), waiting for {@code stage}.
   *
   * @param firstReader id of the reader who first read them (0 when waiting for a first read)
   * @param secondReader id of the second reader (0 unless waiting for arbitration)
   */
  public record Cohort(
      int workingDaysBefore, Stage stage, long firstReader, long secondReader, double cases) {}

  public double total() {
    return cohorts.stream().mapToDouble(Cohort::cases).sum();
  }
}
