package uk.nhs.screeningplanner.clinic;

import java.time.LocalDate;
import java.util.List;

/**
 * A unit-calendar visit that invites (a share of) a practice's women this round.
 *
 * @param days the days the unit screens at the site during the visit
 * @param share the share of the practice's women this visit invites (a practice's shares add to 1)
 */
public record PracticeVisit(long practiceId, long unitId, List<LocalDate> days, double share) {

  public PracticeVisit {
    days = List.copyOf(days);
  }
}
