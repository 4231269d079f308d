package uk.nhs.screeningplanner.forecast;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.nhs.screeningplanner.shared.ValidationException;

/**
 * A what-if: changes applied to a copy of the baseline's inputs, never to a plan (issue #14
 * "Scenarios").
 *
 * @param readers readers added (negative: taken away), each reading {@code sessionsPerReader}
 *     sessions a week at the service's reads per hour
 * @param unitOutId a unit taken out of service from {@code outFrom} to {@code outTo} inclusive, or
 *     null
 * @param aiFrom the day the AI second reader replaces the second human read, or null to keep the
 *     setting
 * @param eveningSessions extra (evening) screening sessions a week
 */
public record Scenario(
    String name,
    int readers,
    int sessionsPerReader,
    Long unitOutId,
    LocalDate outFrom,
    LocalDate outTo,
    LocalDate aiFrom,
    int eveningSessions) {

  /** No change: the baseline. */
  public static Scenario none() {
    return new Scenario("Baseline", 0, 8, null, null, null, null, 0);
  }

  /** One more reader at {@code sessions} sessions a week, nothing else. */
  public static Scenario oneMoreReader(int sessions) {
    return new Scenario("One more reader", 1, sessions, null, null, null, null, 0);
  }

  public boolean changesNothing() {
    return readers == 0 && unitOutId == null && aiFrom == null && eveningSessions == 0;
  }

  /** Refuses impossible values with every problem named; changes nothing. */
  public void check() {
    List<String> problems = new ArrayList<>();
    if (name == null || name.isBlank() || name.length() > 80) {
      problems.add("Name: give the scenario a name of up to 80 characters");
    }
    if (readers < -50 || readers > 50) {
      problems.add("Readers: add or remove between -50 and 50, not " + readers);
    }
    if (readers != 0 && (sessionsPerReader < 1 || sessionsPerReader > 10)) {
      problems.add(
          "Reading sessions a week: between 1 and 10 for each reader, not " + sessionsPerReader);
    }
    if (unitOutId != null) {
      if (outFrom == null || outTo == null) {
        problems.add("Unit out of service: give the first and last day");
      } else if (outTo.isBefore(outFrom)) {
        problems.add("Unit out of service: the last day must be on or after the first");
      }
    }
    if (eveningSessions < 0 || eveningSessions > 50) {
      problems.add("Evening sessions a week: between 0 and 50, not " + eveningSessions);
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
  }
}
